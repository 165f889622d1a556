import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MemberDto } from '@app/contracts';
import { PageInfo } from '../../graphql/connection.js';
import { User } from '../../users/models/user.model.js';
import { Message } from '../../messages/models/message.model.js';

export enum ChatKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}
registerEnumType(ChatKind, { name: 'ChatKind' });

export enum ChatHistory {
  /** Members added later read everything, like Slack and Telegram. */
  SHARED = 'SHARED',
  /** Members added later read only what is sent after they join, like WhatsApp. */
  FROM_JOIN = 'FROM_JOIN',
}
registerEnumType(ChatHistory, { name: 'ChatHistory', description: 'What members added to a group read' });

export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

@ObjectType()
export class ChatMember {
  /** Resolved by ChatMemberResolver from userId. */
  @Field(() => User)
  user?: User;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => Int)
  lastReadSeq: number;

  @Field()
  joinedAt: Date;

  userId: string;
}

/** `title`, `avatarUrl` and `members` are field resolvers (ChatsResolver). */
@ObjectType()
export class Chat {
  @Field(() => ID)
  id: string;

  @Field(() => ChatKind)
  kind: ChatKind;

  @Field(() => ChatHistory, { description: 'what members added to the group read; SHARED for direct chats' })
  history: ChatHistory;

  @Field(() => Message, { nullable: true })
  lastMessage: Message | null;

  @Field(() => Int)
  lastSeq: number;

  @Field(() => Int, { description: 'for the viewer' })
  unreadCount: number;

  @Field(() => Int)
  myLastReadSeq: number;

  @Field()
  createdAt: Date;

  @Field({ description: 'time of the last message or change' })
  updatedAt: Date;

  groupTitle: string | null;
  memberRows: MemberDto[];
}

@ObjectType()
export class ChatEdge {
  @Field()
  cursor: string;

  @Field(() => Chat)
  node: Chat;
}

@ObjectType()
export class ChatConnection {
  @Field(() => [ChatEdge])
  edges: ChatEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
