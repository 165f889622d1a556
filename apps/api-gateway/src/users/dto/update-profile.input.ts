import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpdateProfileInput {
  /** 1..64 characters after trimming, no control characters (checked by the user service). */
  @Field(() => String, { nullable: true })
  name?: string | null;
}
