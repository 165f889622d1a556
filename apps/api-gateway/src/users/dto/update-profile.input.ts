import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsDisplayName } from '#contracts';

@InputType({ description: "Changes to the viewer's profile (updateProfile); a field left null stays as it is." })
export class UpdateProfileInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Display name: 1..64 characters after trimming (runs of white space count as one space), no control or format characters (such as zero-width ones); BAD_USER_INPUT (input.name) otherwise.',
  })
  @IsOptional()
  @IsDisplayName()
  name?: string | null;
}
