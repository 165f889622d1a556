/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A new group (createGroupChat); the viewer becomes its owner. */
export type CreateGroupInput = {
  /** What members added later read; SHARED by default. */
  history?: ChatHistory;
  /** The other people to add: 1..999 existing users, so the group has at most 1000 members by default (GROUP_MAX_MEMBERS); repeats and the viewer are ignored. BAD_USER_INPUT (input.memberIds) otherwise. */
  memberIds: Array<string | number>;
  /** 1..100 characters after trimming (runs of white space count as one space), no control characters; BAD_USER_INPUT (input.title) otherwise. */
  title: string;
};

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

/** A new message (sendMessage): text, images or both. */
export type SendMessageInput = {
  /** At most 10 of the sender's own uploads (POST /uploads); the message is then IMAGE. BAD_USER_INPUT (input.attachmentIds) otherwise. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** A chat of the viewer; NOT_FOUND otherwise. */
  chatId: string | number;
  /** Client-made UUID, 1..100 characters: a retry with the same value returns the same message; CONFLICT when it was used for a different message. */
  clientId: string;
  /** A message of the same chat that the viewer sees, to reply to; BAD_USER_INPUT (input.replyToId) otherwise. */
  replyToId?: string | number | null | undefined;
  /** 1..4000 characters after trimming, no control characters but line breaks and tabs; required unless attachmentIds is set. BAD_USER_INPUT (input.text) otherwise. */
  text?: string | null | undefined;
};

/** Whether a backend service works. */
export type ServiceState =
  /** It did not answer within 2 seconds, or a store it needs is failing. */
  | 'DOWN'
  /** It answered its health check and its stores work. */
  | 'UP';

/** Changes to the viewer's profile (updateProfile); a field left null stays as it is. */
export type UpdateProfileInput = {
  /** Display name: 1..64 characters after trimming (runs of white space count as one space), no control or format characters (such as zero-width ones); BAD_USER_INPUT (input.name) otherwise. */
  name?: string | null | undefined;
};

export type BenchUserBitsFragment = { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null };

export type BenchMessageBitsFragment = { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> };

export type BenchChatBitsFragment = { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null };

export type BenchSendMessageMutationVariables = Exact<{
  chatId: string | number;
  clientId: string;
  text: string;
}>;


export type BenchSendMessageMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type OnNewMessageSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnNewMessageSubscription = { newMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type BenchMessagesQueryVariables = Exact<{
  chatId: string | number;
  limit?: number | null | undefined;
}>;


export type BenchMessagesQuery = { messages: { hasMoreBefore: boolean, hasMoreAfter: boolean, messages: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> }> } };

export type BenchChatsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BenchChatsQuery = { chats: { edges: Array<{ cursor: string, node: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null } }>, lastMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string, avatarUrl: string, online: boolean, lastSeenAt: string | null }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalSenderName: string } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type StoredQueryVariables = Exact<{
  chatId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type StoredQuery = { messages: { hasMoreAfter: boolean, messages: Array<{ id: string, seq: number, clientId: string | null }> } };

export type FanoutCreateGroupMutationVariables = Exact<{
  i: CreateGroupInput;
}>;


export type FanoutCreateGroupMutation = { createGroupChat: { id: string, members: Array<{ user: { id: string } }> } };

export type FanoutAddMembersMutationVariables = Exact<{
  c: string | number;
  u: Array<string | number> | string | number;
}>;


export type FanoutAddMembersMutation = { addMembers: { id: string, members: Array<{ user: { id: string } }> } };

export type BenchSendIdSeqMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type BenchSendIdSeqMutation = { sendMessage: { id: string, seq: number } };

export type BenchNewMessageIdSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type BenchNewMessageIdSubscription = { newMessage: { id: string } };

export type RequestLoginCodeMutationVariables = Exact<{
  email: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode: { sent: boolean, retryAfterSeconds: number } };

export type VerifyLoginCodeMutationVariables = Exact<{
  email: string;
  code: string;
}>;


export type VerifyLoginCodeMutation = { verifyLoginCode: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, name: string, email: string | null } } };

export type ReactionFieldsFragment = { emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean };

export type MessageFieldsFragment = { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> };

export type ChatFieldsFragment = { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null };

export type ChatQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatQuery = { chat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } | null };

export type ChatsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChatsQuery = { chats: { edges: Array<{ cursor: string, node: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MessageQueryVariables = Exact<{
  id: string | number;
}>;


export type MessageQuery = { message: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } | null };

export type MessagesQueryVariables = Exact<{
  chatId: string | number;
  beforeSeq?: number | null | undefined;
  afterSeq?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type MessagesQuery = { messages: { hasMoreBefore: boolean, hasMoreAfter: boolean, messages: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }> } };

export type SearchMessagesQueryVariables = Exact<{
  query: string;
  chatId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMessagesQuery = { searchMessages: { edges: Array<{ cursor: string, node: { message: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }, chat: { id: string, kind: ChatKind }, highlights: Array<{ start: number, length: number }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CreateDirectChatMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreateDirectChatMutation = { createDirectChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type CreateGroupChatMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupChatMutation = { createGroupChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type RenameGroupMutationVariables = Exact<{
  chatId: string | number;
  title: string;
}>;


export type RenameGroupMutation = { renameGroup: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type AddMembersMutationVariables = Exact<{
  chatId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AddMembersMutation = { addMembers: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type RemoveMemberMutationVariables = Exact<{
  chatId: string | number;
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type SetMemberRoleMutationVariables = Exact<{
  chatId: string | number;
  userId: string | number;
  role: MemberRole;
}>;


export type SetMemberRoleMutation = { setMemberRole: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type LeaveChatMutationVariables = Exact<{
  chatId: string | number;
}>;


export type LeaveChatMutation = { leaveChat: boolean };

export type MarkReadMutationVariables = Exact<{
  chatId: string | number;
  seq: number;
}>;


export type MarkReadMutation = { markRead: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type SetTypingMutationVariables = Exact<{
  chatId: string | number;
  isTyping: boolean;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type EditMessageMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type EditMessageMutation = { editMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type DeleteMessageMutationVariables = Exact<{
  id: string | number;
  forEveryone?: boolean | null | undefined;
}>;


export type DeleteMessageMutation = { deleteMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ToggleReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type ToggleReactionMutation = { toggleReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ForwardMessageMutationVariables = Exact<{
  messageId: string | number;
  chatIds: Array<string | number> | string | number;
}>;


export type ForwardMessageMutation = { forwardMessage: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }> };

export type NewMessageSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type NewMessageSubscription = { newMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type MessageUpdatedSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type MessageUpdatedSubscription = { messageUpdated: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ReactionsSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ReactionsSubscription = { reactions: { chatId: string, messageId: string, userId: string, emoji: string, added: boolean, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type TypingSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type TypingSubscription = { typing: { chatId: string, isTyping: boolean, user: { id: string, name: string } } };

export type ReadReceiptsSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ReadReceiptsSubscription = { readReceipts: { chatId: string, userId: string, lastReadSeq: number } };

export type PresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PresenceSubscription = { presence: { userId: string, online: boolean, lastSeenAt: string | null } };

export type ChatUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChatUpdatedSubscription = { chatUpdated: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type UserFieldsFragment = { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } | null };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } };

export type SetAvatarMutationVariables = Exact<{
  uploadId?: string | number | null | undefined;
}>;


export type SetAvatarMutation = { setAvatar: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } };

export type UserUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UserUpdatedSubscription = { userUpdated: { id: string, name: string, email: string | null, avatarUrl: string, online: boolean, lastSeenAt: string | null, createdAt: string } };

export type AuthPayloadFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, name: string, email: string | null } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, name: string, email: string | null } } };

export type LogoutMutationVariables = Exact<{
  allDevices?: boolean | null | undefined;
}>;


export type LogoutMutation = { logout: boolean };

export type DemoLoginMutationVariables = Exact<{
  email?: string | null | undefined;
}>;


export type DemoLoginMutation = { demoLogin: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, name: string, email: string | null } } };

export type AddReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type AddReactionMutation = { addReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type RemoveReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type RemoveReactionMutation = { removeReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type SetChatHistoryMutationVariables = Exact<{
  chatId: string | number;
  history: ChatHistory;
}>;


export type SetChatHistoryMutation = { setChatHistory: { history: ChatHistory, id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type AttachmentFieldsFragment = { id: string, mimeType: string, size: number, width: number, height: number, url: string, thumbnailUrl: string };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, services: Array<{ name: string, status: ServiceState, latencyMs: number | null, failing: Array<string> }> } };

export type SendMessageAckMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageAckMutation = { sendMessage: { id: string, seq: number, clientId: string | null } };

export type SendMessageWithAttachmentsMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageWithAttachmentsMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, attachments: Array<{ id: string, mimeType: string, size: number, width: number, height: number, url: string, thumbnailUrl: string }>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }> } };

export type MessageWithAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type MessageWithAttachmentsQuery = { message: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, attachments: Array<{ id: string, mimeType: string, size: number, width: number, height: number, url: string, thumbnailUrl: string }>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }> } | null };

export type MessagesWithAttachmentsQueryVariables = Exact<{
  chatId: string | number;
  beforeSeq?: number | null | undefined;
  afterSeq?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type MessagesWithAttachmentsQuery = { messages: { hasMoreBefore: boolean, hasMoreAfter: boolean, messages: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, attachments: Array<{ id: string, mimeType: string, size: number, width: number, height: number, url: string, thumbnailUrl: string }>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }> }> } };

export type AccountsProfileOfOtherQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsProfileOfOtherQuery = { user: { id: string, email: string | null, name: string } | null };

export type ApiConsistencyChatsPageInfoQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApiConsistencyChatsPageInfoQuery = { chats: { edges: Array<{ cursor: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type ApiConsistencySearchPageInfoQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type ApiConsistencySearchPageInfoQuery = { searchMessages: { edges: Array<{ cursor: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type GroupHistoryCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type GroupHistoryCreateGroupMutation = { createGroupChat: { history: ChatHistory, id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ModelMessageFragment = { id: string, seq: number, text: string | null, deleted: boolean, editedAt: string | null, reactions: Array<{ emoji: string, count: number }> };

export type ModelNewMessageSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ModelNewMessageSubscription = { newMessage: { id: string, seq: number, text: string | null, deleted: boolean, editedAt: string | null, reactions: Array<{ emoji: string, count: number }> } };

export type ModelMessageUpdatedSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ModelMessageUpdatedSubscription = { messageUpdated: { id: string, seq: number, text: string | null, deleted: boolean, editedAt: string | null, reactions: Array<{ emoji: string, count: number }> } };

export type ModelReactionsSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ModelReactionsSubscription = { reactions: { messageId: string, reactions: Array<{ emoji: string, count: number }> } };

export type ModelMessagesQueryVariables = Exact<{
  chatId: string | number;
}>;


export type ModelMessagesQuery = { messages: { messages: Array<{ id: string, seq: number, text: string | null, deleted: boolean, editedAt: string | null, reactions: Array<{ emoji: string, count: number }> }> } };

export type PrivacyPresenceOfQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyPresenceOfQuery = { user: { id: string, online: boolean, lastSeenAt: string | null } | null };

export type PrivacyCreateDirectChatMutationVariables = Exact<{
  userId: string | number;
}>;


export type PrivacyCreateDirectChatMutation = { createDirectChat: { members: Array<{ user: { id: string, online: boolean } }> } };

export type ChatsWithHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatsWithHistoryQuery = { chats: { edges: Array<{ node: { title: string, history: ChatHistory, members: Array<{ user: { id: string } }>, lastMessage: { text: string | null } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BenchUserBitsFragmentDoc = new TypedDocumentString(`
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
    `, {"fragmentName":"BenchUserBits"}) as unknown as TypedDocumentString<BenchUserBitsFragment, unknown>;
export const BenchMessageBitsFragmentDoc = new TypedDocumentString(`
    fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}`, {"fragmentName":"BenchMessageBits"}) as unknown as TypedDocumentString<BenchMessageBitsFragment, unknown>;
export const BenchChatBitsFragmentDoc = new TypedDocumentString(`
    fragment BenchChatBits on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    user {
      ...BenchUserBits
    }
  }
  lastMessage {
    ...BenchMessageBits
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}`, {"fragmentName":"BenchChatBits"}) as unknown as TypedDocumentString<BenchChatBitsFragment, unknown>;
export const ReactionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
    `, {"fragmentName":"ReactionFields"}) as unknown as TypedDocumentString<ReactionFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}`, {"fragmentName":"MessageFields"}) as unknown as TypedDocumentString<MessageFieldsFragment, unknown>;
export const ChatFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}
    `, {"fragmentName":"ChatFields"}) as unknown as TypedDocumentString<ChatFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    id
    name
    email
  }
}
    `, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  id
  mimeType
  size
  width
  height
  url
  thumbnailUrl
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const ModelMessageFragmentDoc = new TypedDocumentString(`
    fragment ModelMessage on Message {
  id
  seq
  text
  deleted
  editedAt
  reactions {
    emoji
    count
  }
}
    `, {"fragmentName":"ModelMessage"}) as unknown as TypedDocumentString<ModelMessageFragment, unknown>;
export const BenchSendMessageDocument = new TypedDocumentString(`
    mutation BenchSendMessage($chatId: ID!, $clientId: String!, $text: String!) {
  sendMessage(input: {chatId: $chatId, clientId: $clientId, text: $text}) {
    ...BenchMessageBits
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}`) as unknown as TypedDocumentString<BenchSendMessageMutation, BenchSendMessageMutationVariables>;
export const OnNewMessageDocument = new TypedDocumentString(`
    subscription OnNewMessage {
  newMessage {
    ...BenchMessageBits
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}`) as unknown as TypedDocumentString<OnNewMessageSubscription, OnNewMessageSubscriptionVariables>;
export const BenchMessagesDocument = new TypedDocumentString(`
    query BenchMessages($chatId: ID!, $limit: Int) {
  messages(chatId: $chatId, limit: $limit) {
    messages {
      ...BenchMessageBits
    }
    hasMoreBefore
    hasMoreAfter
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}`) as unknown as TypedDocumentString<BenchMessagesQuery, BenchMessagesQueryVariables>;
export const BenchChatsDocument = new TypedDocumentString(`
    query BenchChats($first: Int) {
  chats(first: $first) {
    edges {
      cursor
      node {
        ...BenchChatBits
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment BenchUserBits on User {
  id
  name
  avatarUrl
  online
  lastSeenAt
}
fragment BenchMessageBits on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  editedAt
  createdAt
  seenBy
  sender {
    ...BenchUserBits
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalSenderName
  }
  reactions {
    emoji
    count
    userIds
    reactedByMe
  }
}
fragment BenchChatBits on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    user {
      ...BenchUserBits
    }
  }
  lastMessage {
    ...BenchMessageBits
  }
}`) as unknown as TypedDocumentString<BenchChatsQuery, BenchChatsQueryVariables>;
export const StoredDocument = new TypedDocumentString(`
    query Stored($chatId: ID!, $afterSeq: Int) {
  messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) {
    messages {
      id
      seq
      clientId
    }
    hasMoreAfter
  }
}
    `) as unknown as TypedDocumentString<StoredQuery, StoredQueryVariables>;
export const FanoutCreateGroupDocument = new TypedDocumentString(`
    mutation FanoutCreateGroup($i: CreateGroupInput!) {
  createGroupChat(input: $i) {
    id
    members {
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutCreateGroupMutation, FanoutCreateGroupMutationVariables>;
export const FanoutAddMembersDocument = new TypedDocumentString(`
    mutation FanoutAddMembers($c: ID!, $u: [ID!]!) {
  addMembers(chatId: $c, userIds: $u) {
    id
    members {
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutAddMembersMutation, FanoutAddMembersMutationVariables>;
export const BenchSendIdSeqDocument = new TypedDocumentString(`
    mutation BenchSendIdSeq($i: SendMessageInput!) {
  sendMessage(input: $i) {
    id
    seq
  }
}
    `) as unknown as TypedDocumentString<BenchSendIdSeqMutation, BenchSendIdSeqMutationVariables>;
export const BenchNewMessageIdDocument = new TypedDocumentString(`
    subscription BenchNewMessageId($c: ID) {
  newMessage(chatId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchNewMessageIdSubscription, BenchNewMessageIdSubscriptionVariables>;
export const RequestLoginCodeDocument = new TypedDocumentString(`
    mutation RequestLoginCode($email: String!) {
  requestLoginCode(email: $email) {
    sent
    retryAfterSeconds
  }
}
    `) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const VerifyLoginCodeDocument = new TypedDocumentString(`
    mutation VerifyLoginCode($email: String!, $code: String!) {
  verifyLoginCode(email: $email, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<VerifyLoginCodeMutation, VerifyLoginCodeMutationVariables>;
export const ChatDocument = new TypedDocumentString(`
    query Chat($id: ID!) {
  chat(id: $id) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<ChatQuery, ChatQueryVariables>;
export const ChatsDocument = new TypedDocumentString(`
    query Chats($first: Int, $after: String) {
  chats(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ChatFields
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<ChatsQuery, ChatsQueryVariables>;
export const MessageDocument = new TypedDocumentString(`
    query Message($id: ID!) {
  message(id: $id) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<MessageQuery, MessageQueryVariables>;
export const MessagesDocument = new TypedDocumentString(`
    query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
  messages(
    chatId: $chatId
    beforeSeq: $beforeSeq
    afterSeq: $afterSeq
    limit: $limit
  ) {
    messages {
      ...MessageFields
    }
    hasMoreBefore
    hasMoreAfter
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<MessagesQuery, MessagesQueryVariables>;
export const SearchMessagesDocument = new TypedDocumentString(`
    query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {
  searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {
    edges {
      cursor
      node {
        message {
          ...MessageFields
        }
        chat {
          id
          kind
        }
        highlights {
          start
          length
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<SearchMessagesQuery, SearchMessagesQueryVariables>;
export const CreateDirectChatDocument = new TypedDocumentString(`
    mutation CreateDirectChat($userId: ID!) {
  createDirectChat(userId: $userId) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<CreateDirectChatMutation, CreateDirectChatMutationVariables>;
export const CreateGroupChatDocument = new TypedDocumentString(`
    mutation CreateGroupChat($input: CreateGroupInput!) {
  createGroupChat(input: $input) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<CreateGroupChatMutation, CreateGroupChatMutationVariables>;
export const RenameGroupDocument = new TypedDocumentString(`
    mutation RenameGroup($chatId: ID!, $title: String!) {
  renameGroup(chatId: $chatId, title: $title) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<RenameGroupMutation, RenameGroupMutationVariables>;
export const AddMembersDocument = new TypedDocumentString(`
    mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {
  addMembers(chatId: $chatId, userIds: $userIds) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<AddMembersMutation, AddMembersMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($chatId: ID!, $userId: ID!) {
  removeMember(chatId: $chatId, userId: $userId) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {
  setMemberRole(chatId: $chatId, userId: $userId, role: $role) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const LeaveChatDocument = new TypedDocumentString(`
    mutation LeaveChat($chatId: ID!) {
  leaveChat(chatId: $chatId)
}
    `) as unknown as TypedDocumentString<LeaveChatMutation, LeaveChatMutationVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($chatId: ID!, $seq: Int!) {
  markRead(chatId: $chatId, seq: $seq) {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const SetTypingDocument = new TypedDocumentString(`
    mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {
  setTyping(chatId: $chatId, isTyping: $isTyping)
}
    `) as unknown as TypedDocumentString<SetTypingMutation, SetTypingMutationVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = new TypedDocumentString(`
    mutation EditMessage($id: ID!, $text: String!) {
  editMessage(id: $id, text: $text) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = new TypedDocumentString(`
    mutation DeleteMessage($id: ID!, $forEveryone: Boolean) {
  deleteMessage(id: $id, forEveryone: $forEveryone) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const ToggleReactionDocument = new TypedDocumentString(`
    mutation ToggleReaction($messageId: ID!, $emoji: String!) {
  toggleReaction(messageId: $messageId, emoji: $emoji) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ToggleReactionMutation, ToggleReactionMutationVariables>;
export const ForwardMessageDocument = new TypedDocumentString(`
    mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {
  forwardMessage(messageId: $messageId, chatIds: $chatIds) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ForwardMessageMutation, ForwardMessageMutationVariables>;
export const NewMessageDocument = new TypedDocumentString(`
    subscription NewMessage($chatId: ID) {
  newMessage(chatId: $chatId) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<NewMessageSubscription, NewMessageSubscriptionVariables>;
export const MessageUpdatedDocument = new TypedDocumentString(`
    subscription MessageUpdated($chatId: ID) {
  messageUpdated(chatId: $chatId) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<MessageUpdatedSubscription, MessageUpdatedSubscriptionVariables>;
export const ReactionsDocument = new TypedDocumentString(`
    subscription Reactions($chatId: ID) {
  reactions(chatId: $chatId) {
    chatId
    messageId
    userId
    emoji
    added
    reactions {
      ...ReactionFields
    }
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}`) as unknown as TypedDocumentString<ReactionsSubscription, ReactionsSubscriptionVariables>;
export const TypingDocument = new TypedDocumentString(`
    subscription Typing($chatId: ID) {
  typing(chatId: $chatId) {
    chatId
    isTyping
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TypingSubscription, TypingSubscriptionVariables>;
export const ReadReceiptsDocument = new TypedDocumentString(`
    subscription ReadReceipts($chatId: ID) {
  readReceipts(chatId: $chatId) {
    chatId
    userId
    lastReadSeq
  }
}
    `) as unknown as TypedDocumentString<ReadReceiptsSubscription, ReadReceiptsSubscriptionVariables>;
export const PresenceDocument = new TypedDocumentString(`
    subscription Presence {
  presence {
    userId
    online
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<PresenceSubscription, PresenceSubscriptionVariables>;
export const ChatUpdatedDocument = new TypedDocumentString(`
    subscription ChatUpdated {
  chatUpdated {
    ...ChatFields
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<ChatUpdatedSubscription, ChatUpdatedSubscriptionVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...UserFields
      }
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SetAvatarDocument = new TypedDocumentString(`
    mutation SetAvatar($uploadId: ID) {
  setAvatar(uploadId: $uploadId) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<SetAvatarMutation, SetAvatarMutationVariables>;
export const UserUpdatedDocument = new TypedDocumentString(`
    subscription UserUpdated {
  userUpdated {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  avatarUrl
  online
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<UserUpdatedSubscription, UserUpdatedSubscriptionVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String) {
  refreshSession(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($allDevices: Boolean) {
  logout(allDevices: $allDevices)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($email: String) {
  demoLogin(email: $email) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const AddReactionDocument = new TypedDocumentString(`
    mutation AddReaction($messageId: ID!, $emoji: String!) {
  addReaction(messageId: $messageId, emoji: $emoji) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<AddReactionMutation, AddReactionMutationVariables>;
export const RemoveReactionDocument = new TypedDocumentString(`
    mutation RemoveReaction($messageId: ID!, $emoji: String!) {
  removeReaction(messageId: $messageId, emoji: $emoji) {
    ...MessageFields
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<RemoveReactionMutation, RemoveReactionMutationVariables>;
export const SetChatHistoryDocument = new TypedDocumentString(`
    mutation SetChatHistory($chatId: ID!, $history: ChatHistory!) {
  setChatHistory(chatId: $chatId, history: $history) {
    ...ChatFields
    history
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<SetChatHistoryMutation, SetChatHistoryMutationVariables>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    services {
      name
      status
      latencyMs
      failing
    }
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;
export const SendMessageAckDocument = new TypedDocumentString(`
    mutation SendMessageAck($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    seq
    clientId
  }
}
    `) as unknown as TypedDocumentString<SendMessageAckMutation, SendMessageAckMutationVariables>;
export const SendMessageWithAttachmentsDocument = new TypedDocumentString(`
    mutation SendMessageWithAttachments($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...MessageFields
    attachments {
      ...AttachmentFields
    }
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}
fragment AttachmentFields on Attachment {
  id
  mimeType
  size
  width
  height
  url
  thumbnailUrl
}`) as unknown as TypedDocumentString<SendMessageWithAttachmentsMutation, SendMessageWithAttachmentsMutationVariables>;
export const MessageWithAttachmentsDocument = new TypedDocumentString(`
    query MessageWithAttachments($id: ID!) {
  message(id: $id) {
    ...MessageFields
    attachments {
      ...AttachmentFields
    }
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}
fragment AttachmentFields on Attachment {
  id
  mimeType
  size
  width
  height
  url
  thumbnailUrl
}`) as unknown as TypedDocumentString<MessageWithAttachmentsQuery, MessageWithAttachmentsQueryVariables>;
export const MessagesWithAttachmentsDocument = new TypedDocumentString(`
    query MessagesWithAttachments($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
  messages(
    chatId: $chatId
    beforeSeq: $beforeSeq
    afterSeq: $afterSeq
    limit: $limit
  ) {
    messages {
      ...MessageFields
      attachments {
        ...AttachmentFields
      }
    }
    hasMoreBefore
    hasMoreAfter
  }
}
    fragment ReactionFields on ReactionGroup {
  emoji
  count
  userIds
  reactedByMe
}
fragment MessageFields on Message {
  id
  chatId
  seq
  clientId
  type
  text
  deleted
  deletedAt
  editedAt
  createdAt
  sender {
    id
    name
  }
  replyTo {
    id
    seq
    type
    text
    deleted
    sender {
      id
      name
    }
  }
  forwarded {
    originalMessageId
    originalSenderName
    originalSender {
      id
      name
    }
  }
  reactions {
    ...ReactionFields
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}
fragment AttachmentFields on Attachment {
  id
  mimeType
  size
  width
  height
  url
  thumbnailUrl
}`) as unknown as TypedDocumentString<MessagesWithAttachmentsQuery, MessagesWithAttachmentsQueryVariables>;
export const AccountsProfileOfOtherDocument = new TypedDocumentString(`
    query AccountsProfileOfOther($id: ID!) {
  user(id: $id) {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<AccountsProfileOfOtherQuery, AccountsProfileOfOtherQueryVariables>;
export const ApiConsistencyChatsPageInfoDocument = new TypedDocumentString(`
    query ApiConsistencyChatsPageInfo($after: String) {
  chats(first: 1, after: $after) {
    edges {
      cursor
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConsistencyChatsPageInfoQuery, ApiConsistencyChatsPageInfoQueryVariables>;
export const ApiConsistencySearchPageInfoDocument = new TypedDocumentString(`
    query ApiConsistencySearchPageInfo($query: String!, $after: String) {
  searchMessages(query: $query, first: 1, after: $after) {
    edges {
      cursor
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<ApiConsistencySearchPageInfoQuery, ApiConsistencySearchPageInfoQueryVariables>;
export const GroupHistoryCreateGroupDocument = new TypedDocumentString(`
    mutation GroupHistoryCreateGroup($input: CreateGroupInput!) {
  createGroupChat(input: $input) {
    ...ChatFields
    history
  }
}
    fragment ChatFields on Chat {
  id
  kind
  title
  avatarUrl
  lastSeq
  unreadCount
  myLastReadSeq
  createdAt
  updatedAt
  members {
    role
    lastReadSeq
    joinedAt
    user {
      id
      name
    }
  }
  lastMessage {
    id
    seq
    text
    type
  }
}`) as unknown as TypedDocumentString<GroupHistoryCreateGroupMutation, GroupHistoryCreateGroupMutationVariables>;
export const ModelNewMessageDocument = new TypedDocumentString(`
    subscription ModelNewMessage($chatId: ID) {
  newMessage(chatId: $chatId) {
    ...ModelMessage
  }
}
    fragment ModelMessage on Message {
  id
  seq
  text
  deleted
  editedAt
  reactions {
    emoji
    count
  }
}`) as unknown as TypedDocumentString<ModelNewMessageSubscription, ModelNewMessageSubscriptionVariables>;
export const ModelMessageUpdatedDocument = new TypedDocumentString(`
    subscription ModelMessageUpdated($chatId: ID) {
  messageUpdated(chatId: $chatId) {
    ...ModelMessage
  }
}
    fragment ModelMessage on Message {
  id
  seq
  text
  deleted
  editedAt
  reactions {
    emoji
    count
  }
}`) as unknown as TypedDocumentString<ModelMessageUpdatedSubscription, ModelMessageUpdatedSubscriptionVariables>;
export const ModelReactionsDocument = new TypedDocumentString(`
    subscription ModelReactions($chatId: ID) {
  reactions(chatId: $chatId) {
    messageId
    reactions {
      emoji
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ModelReactionsSubscription, ModelReactionsSubscriptionVariables>;
export const ModelMessagesDocument = new TypedDocumentString(`
    query ModelMessages($chatId: ID!) {
  messages(chatId: $chatId, limit: 100) {
    messages {
      ...ModelMessage
    }
  }
}
    fragment ModelMessage on Message {
  id
  seq
  text
  deleted
  editedAt
  reactions {
    emoji
    count
  }
}`) as unknown as TypedDocumentString<ModelMessagesQuery, ModelMessagesQueryVariables>;
export const PrivacyPresenceOfDocument = new TypedDocumentString(`
    query PrivacyPresenceOf($id: ID!) {
  user(id: $id) {
    id
    online
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<PrivacyPresenceOfQuery, PrivacyPresenceOfQueryVariables>;
export const PrivacyCreateDirectChatDocument = new TypedDocumentString(`
    mutation PrivacyCreateDirectChat($userId: ID!) {
  createDirectChat(userId: $userId) {
    members {
      user {
        id
        online
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateDirectChatMutation, PrivacyCreateDirectChatMutationVariables>;
export const ChatsWithHistoryDocument = new TypedDocumentString(`
    query ChatsWithHistory {
  chats {
    edges {
      node {
        title
        history
        members {
          user {
            id
          }
        }
        lastMessage {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChatsWithHistoryQuery, ChatsWithHistoryQueryVariables>;