import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsObjectId, IsPageSize, IsSearchTerm, IsShortString } from '#contracts';
import { AFTER } from '../../graphql/connection.js';

/** The arguments of the user operations, checked at the gateway with the contracts' rules (BAD_USER_INPUT naming the argument). */

@ArgsType()
export class UserArgs {
  @Field(() => ID, { description: 'The user id; BAD_USER_INPUT when malformed.' })
  @IsObjectId()
  id: string;
}

@ArgsType()
export class UsersArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Required (nobody lists everyone): words of a name, or an e-mail address; at most 254 characters. BAD_USER_INPUT when empty or longer.',
  })
  @IsSearchTerm()
  search: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1..100 (default 20); BAD_USER_INPUT otherwise.' })
  @IsOptional()
  @IsPageSize(100)
  first?: number | null;

  @Field(() => String, AFTER)
  @IsOptional()
  @IsShortString(1000)
  after?: string | null;
}

@ArgsType()
export class SetAvatarArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'An upload of the viewer (POST /uploads), else BAD_USER_INPUT; null removes the avatar (the generated default shows).',
  })
  @IsOptional()
  @IsObjectId()
  uploadId?: string | null;
}
