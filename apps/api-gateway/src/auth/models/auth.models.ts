import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model.js';

@ObjectType()
export class LoginCodeSent {
  @Field({ description: 'true for known and unknown addresses alike' })
  sent: boolean;

  @Field(() => Int, { description: 'when a new code may be requested' })
  retryAfterSeconds: number;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'also set as an httpOnly cookie for the web app' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}
