import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsGroupTitle, IsObjectId, IsObjectIdList, IsOneOf, IsPageSize, IsShortString, MAX_MEMBER_IDS } from '#contracts';
import { AFTER } from '../../graphql/connection.js';
import { ChatHistory, MemberRole } from '../models/chat.model.js';

/** The arguments of the chat operations, checked at the gateway with the contracts' rules (BAD_USER_INPUT naming the argument). */

const CHAT_ID = { description: 'A chat of the viewer; NOT_FOUND otherwise, BAD_USER_INPUT when malformed.' };

@ArgsType()
export class ChatsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Page size, 1..100 (default 30); BAD_USER_INPUT otherwise.' })
  @IsOptional()
  @IsPageSize(100)
  first?: number | null;

  @Field(() => String, AFTER)
  @IsOptional()
  @IsShortString(1000)
  after?: string | null;
}

@ArgsType()
export class ChatArgs {
  @Field(() => ID, { description: 'The chat id; BAD_USER_INPUT when malformed.' })
  @IsObjectId()
  id: string;
}

/** Operations on one chat of the viewer. */
@ArgsType()
export class ChatIdArgs {
  @Field(() => ID, CHAT_ID)
  @IsObjectId()
  chatId: string;
}

@ArgsType()
export class CreateDirectChatArgs {
  @Field(() => ID, { description: "The other person's id; BAD_USER_INPUT for the viewer's own, an unknown or a malformed id." })
  @IsObjectId()
  userId: string;
}

@ArgsType()
export class SetChatHistoryArgs extends ChatIdArgs {
  @Field(() => ChatHistory, { description: 'What members added from now on read.' })
  @IsOneOf(Object.values(ChatHistory), 'must be SHARED or FROM_JOIN')
  history: ChatHistory;
}

@ArgsType()
export class RenameGroupArgs extends ChatIdArgs {
  @Field({ description: '1..100 characters after trimming, no control characters; BAD_USER_INPUT otherwise.' })
  @IsGroupTitle()
  title: string;
}

@ArgsType()
export class AddMembersArgs extends ChatIdArgs {
  @Field(() => [ID], {
    description: 'Ids of existing users, 1..1000; the group may not grow past 1000 members by default (GROUP_MAX_MEMBERS). BAD_USER_INPUT otherwise.',
  })
  @IsObjectIdList({ min: 1, max: MAX_MEMBER_IDS })
  userIds: string[];
}

@ArgsType()
export class RemoveMemberArgs extends ChatIdArgs {
  @Field(() => ID, { description: 'A current member other than the viewer (who uses leaveChat); BAD_USER_INPUT otherwise, and in a direct chat.' })
  @IsObjectId()
  userId: string;
}

@ArgsType()
export class SetMemberRoleArgs extends ChatIdArgs {
  @Field(() => ID, {
    description: 'A current member; BAD_USER_INPUT otherwise, and for the owner themself (hand the group over by making someone else OWNER).',
  })
  @IsObjectId()
  userId: string;

  @Field(() => MemberRole, { description: 'The new role: ADMIN or MEMBER, or OWNER to hand the group over.' })
  @IsOneOf(Object.values(MemberRole), 'must be OWNER, ADMIN or MEMBER')
  role: MemberRole;
}
