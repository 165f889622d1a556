/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What members added to a group read */
export type ChatHistory =
  | 'FROM_JOIN'
  | 'SHARED';

export type ChatKind =
  | 'DIRECT'
  | 'GROUP';

export type MemberRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

export type MessageType =
  | 'IMAGE'
  | 'SYSTEM'
  | 'TEXT';

export type ServiceState =
  | 'DOWN'
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

export type ToggleReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type ToggleReactionMutation = { toggleReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

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
