import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model.js';

@ObjectType({ description: 'The answer to requestLoginCode: the same for every address, so it does not tell whether an account exists.' })
export class LoginCodeSent {
  @Field({ description: 'True for known and unknown addresses alike.' })
  sent: boolean;

  @Field(() => Int, { description: 'Seconds until a new code may be requested for this address (the cooldown, 60 by default).' })
  retryAfterSeconds: number;
}

@ObjectType({ description: 'A new session: the answer to verifyLoginCode, refreshSession and demoLogin.' })
export class AuthPayload {
  @Field({
    description: 'Bearer token for the Authorization header and the WebSocket connection_init; valid 15 minutes by default (ACCESS_TOKEN_TTL_SECONDS).',
  })
  accessToken: string;

  @Field({ description: 'When accessToken stops working (UNAUTHENTICATED); call refreshSession before.' })
  accessTokenExpiresAt: Date;

  @Field({
    description:
      'Single-use token for refreshSession, valid 30 days by default; also set as an httpOnly cookie. Empty for browsers (requests with Origin) and for refreshes by cookie, so no page script can read it.',
  })
  refreshToken: string;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}
