/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What members added to a group later read (createGroupChat, setChatHistory). */
export type ChatHistory =
  /** Members added later read only what is sent after they join, like WhatsApp: earlier messages are not in their pages, search or subscriptions, and replies quoting them show as deleted. */
  | 'FROM_JOIN'
  /** Members added later read the whole history, like Slack and Telegram. */
  | 'SHARED';

/** Whether a chat is between two people or a group. */
export type ChatKind =
  /** Two people; one chat per pair (createDirectChat). It cannot be renamed, left or given members. */
  | 'DIRECT'
  /** A named chat of up to 1000 members by default (GROUP_MAX_MEMBERS) with an owner, admins and members (createGroupChat). */
  | 'GROUP';

/** What a member may do in a group; both people of a direct chat are MEMBER. */
export type MemberRole =
  /** May rename the group, add people and remove plain members. */
  | 'ADMIN'
  /** May read and send messages and leave the group. */
  | 'MEMBER'
  /** The group's creator: what an admin may do, and remove admins, setChatHistory and setMemberRole. An owner who leaves passes the role to the longest-serving admin, else member; setMemberRole(OWNER) hands it over. */
  | 'OWNER';

/** What a message holds. */
export type MessageType =
  /** One to 10 images (attachments), with or without text. */
  | 'IMAGE'
  /** Written by Parley about a change of the group (created, renamed, members added, removed or left, history changed); it cannot be edited, deleted for everyone or forwarded. */
  | 'SYSTEM'
  /** Text only. */
  | 'TEXT';

/** Whether a backend service works. */
export type ServiceState =
  /** It did not answer within 2 seconds, or a store it needs is failing. */
  | 'DOWN'
  /** It answered its health check and its stores work. */
  | 'UP';

export type ChatStateFragment = { id: string, lastSeq: number, unreadCount: number, myLastReadSeq: number, lastMessage: { id: string, seq: number } | null };

export type MessageSenderFragment = { sender: { id: string } };

export type UserBitsFragment = { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null };

export type MessageBitsFragment = { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> };

export type ChatBitsFragment = { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null };

export type AuthFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, user: { id: string, name: string, email: string | null, avatarUrl: string } };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, services: Array<{ name: string, status: ServiceState, latencyMs: number | null }> } };

export type RequestLoginCodeMutationVariables = Exact<{
  email: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode: { sent: boolean, retryAfterSeconds: number } };

export type VerifyLoginCodeMutationVariables = Exact<{
  email: string;
  code: string;
}>;


export type VerifyLoginCodeMutation = { verifyLoginCode: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, name: string, email: string | null, avatarUrl: string } } };

export type DemoLoginMutationVariables = Exact<{
  email?: string | null | undefined;
}>;


export type DemoLoginMutation = { demoLogin: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, name: string, email: string | null, avatarUrl: string } } };

export type DemoProbeMutationVariables = Exact<{ [key: string]: never; }>;


export type DemoProbeMutation = { demoLogin: { accessToken: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChatsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ChatsQuery = { chats: { edges: Array<{ cursor: string, node: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MessagesQueryVariables = Exact<{
  chatId: string | number;
  beforeSeq?: number | null | undefined;
  afterSeq?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type MessagesQuery = { messages: { hasMoreBefore: boolean, hasMoreAfter: boolean, messages: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> }> } };

export type SearchUsersQueryVariables = Exact<{
  search: string;
}>;


export type SearchUsersQuery = { users: { edges: Array<{ node: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }> } };

export type CreateDirectChatMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreateDirectChatMutation = { createDirectChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type CreateGroupChatMutationVariables = Exact<{
  title: string;
  memberIds: Array<string | number> | string | number;
  history?: ChatHistory | null | undefined;
}>;


export type CreateGroupChatMutation = { createGroupChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type SendMessageMutationVariables = Exact<{
  chatId: string | number;
  clientId: string;
  text: string;
  replyToId?: string | number | null | undefined;
}>;


export type SendMessageMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type EditMessageMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type EditMessageMutation = { editMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type DeleteMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMessageMutation = { deleteMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type AddReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type AddReactionMutation = { addReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type RemoveReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type RemoveReactionMutation = { removeReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type MarkReadMutationVariables = Exact<{
  chatId: string | number;
  seq: number;
}>;


export type MarkReadMutation = { markRead: { id: string, unreadCount: number, myLastReadSeq: number } };

export type SetTypingMutationVariables = Exact<{
  chatId: string | number;
  isTyping: boolean;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type OnNewMessageSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnNewMessageSubscription = { newMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type OnMessageUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnMessageUpdatedSubscription = { messageUpdated: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type OnReactionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnReactionsSubscription = { reactions: { chatId: string, messageId: string, userId: string, emoji: string, added: boolean, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type OnTypingSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnTypingSubscription = { typing: { chatId: string, isTyping: boolean, user: { id: string, name: string } } };

export type OnReadReceiptsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnReadReceiptsSubscription = { readReceipts: { chatId: string, userId: string, lastReadSeq: number } };

export type OnChatUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnChatUpdatedSubscription = { chatUpdated: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type OnPresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnPresenceSubscription = { presence: { userId: string, online: boolean, lastSeenAt: string | null } };

export type UpdateProfileMutationVariables = Exact<{
  name: string;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } };

export type SetAvatarMutationVariables = Exact<{
  uploadId?: string | number | null | undefined;
}>;


export type SetAvatarMutation = { setAvatar: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } };

export type ForwardMessageMutationVariables = Exact<{
  messageId: string | number;
  chatIds: Array<string | number> | string | number;
}>;


export type ForwardMessageMutation = { forwardMessage: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> }> };

export type OnUserUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnUserUpdatedSubscription = { userUpdated: { id: string, name: string, avatarUrl: string } };

export type RenameGroupMutationVariables = Exact<{
  chatId: string | number;
  title: string;
}>;


export type RenameGroupMutation = { renameGroup: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type AddMembersMutationVariables = Exact<{
  chatId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AddMembersMutation = { addMembers: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type RemoveMemberMutationVariables = Exact<{
  chatId: string | number;
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type SetMemberRoleMutationVariables = Exact<{
  chatId: string | number;
  userId: string | number;
  role: MemberRole;
}>;


export type SetMemberRoleMutation = { setMemberRole: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } };

export type LeaveChatMutationVariables = Exact<{
  chatId: string | number;
}>;


export type LeaveChatMutation = { leaveChat: boolean };
