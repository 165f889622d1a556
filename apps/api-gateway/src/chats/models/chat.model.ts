import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MemberDto } from '#contracts';
import { PageInfo } from '../../graphql/connection.js';
import { User } from '../../users/models/user.model.js';
import { Message } from '../../messages/models/message.model.js';

export enum ChatKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}
registerEnumType(ChatKind, {
  name: 'ChatKind',
  description: 'Whether a chat is between two people or a group.',
  valuesMap: {
    DIRECT: { description: 'Two people; one chat per pair (createDirectChat). It cannot be renamed, left or given members.' },
    GROUP: {
      description: 'A named chat of up to 1000 members by default (GROUP_MAX_MEMBERS) with an owner, admins and members (createGroupChat).',
    },
  },
});

export enum ChatHistory {
  /** Members added later read everything, like Slack and Telegram. */
  SHARED = 'SHARED',
  /** Members added later read only what is sent after they join, like WhatsApp. */
  FROM_JOIN = 'FROM_JOIN',
}
registerEnumType(ChatHistory, {
  name: 'ChatHistory',
  description: 'What members added to a group later read (createGroupChat, setChatHistory).',
  valuesMap: {
    SHARED: { description: 'Members added later read the whole history, like Slack and Telegram.' },
    FROM_JOIN: {
      description:
        'Members added later read only what is sent after they join, like WhatsApp: earlier messages are not in their pages, search or subscriptions, and replies quoting them show as deleted.',
    },
  },
});

export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'What a member may do in a group; both people of a direct chat are MEMBER.',
  valuesMap: {
    OWNER: {
      description:
        "The group's creator: what an admin may do, and remove admins, setChatHistory and setMemberRole. An owner who leaves passes the role to the longest-serving admin, else member; setMemberRole(OWNER) hands it over.",
    },
    ADMIN: { description: 'May rename the group, add people and remove plain members.' },
    MEMBER: { description: 'May read and send messages and leave the group.' },
  },
});

@ObjectType({ description: 'A current member of a chat.' })
export class ChatMember {
  /** Resolved by ChatMemberResolver from userId. */
  @Field(() => User, { description: 'The member; a "Deleted user" stand-in when the account is gone.' })
  user?: User;

  @Field(() => MemberRole, { description: 'What they may do in the chat.' })
  role: MemberRole;

  @Field(() => Int, { description: 'Their read position: the seq of the last message they read (markRead, or their own sendMessage).' })
  lastReadSeq: number;

  @Field({ description: 'When they joined or were added.' })
  joinedAt: Date;

  userId: string;
}

/** `title`, `avatarUrl` and `members` are field resolvers (ChatsResolver). */
@ObjectType({ description: 'A direct chat or a group, as the viewer (a member) sees it.' })
export class Chat {
  @Field(() => ID, { description: 'The chat id (24 hexadecimal characters).' })
  id: string;

  @Field(() => ChatKind, { description: 'DIRECT or GROUP.' })
  kind: ChatKind;

  @Field(() => ChatHistory, { description: 'What members added to the group later read (setChatHistory); SHARED for direct chats.' })
  history: ChatHistory;

  @Field(() => Message, {
    nullable: true,
    description: 'The newest message as the viewer sees it; null when there is none or the viewer cannot see the newest one (deleted for themselves).',
  })
  lastMessage: Message | null;

  @Field(() => Int, { description: 'The seq of the newest message, system messages included; 0 before the first.' })
  lastSeq: number;

  @Field(() => Int, {
    description: "Messages of others after the viewer's read position, less those deleted for everyone or by the viewer for themselves.",
  })
  unreadCount: number;

  @Field(() => Int, { description: "The viewer's read position: the seq of the last message they read (markRead; a send moves it too)." })
  myLastReadSeq: number;

  @Field({ description: 'When the chat was created.' })
  createdAt: Date;

  @Field({ description: 'Time of the last message or membership change; chats lists newest first by it.' })
  updatedAt: Date;

  groupTitle: string | null;
  memberRows: MemberDto[];
}

@ObjectType({ description: 'One chat of a page and its cursor.' })
export class ChatEdge {
  @Field({ description: 'Opaque position of this chat in the list; pass it as `after` to continue after it.' })
  cursor: string;

  @Field(() => Chat, { description: 'The chat.' })
  node: Chat;
}

@ObjectType({ description: "A page of the viewer's chats, newest activity first (a Relay connection)." })
export class ChatConnection {
  @Field(() => [ChatEdge], { description: 'The chats of this page, at most `first` of them.' })
  edges: ChatEdge[];

  @Field(() => PageInfo, { description: 'Where this page lies; its endCursor continues the list.' })
  pageInfo: PageInfo;
}
