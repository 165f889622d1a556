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

export type RequestLoginCodeMutationVariables = Exact<{
  email: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode: { sent: boolean, retryAfterSeconds: number } };

export type VerifyLoginCodeMutationVariables = Exact<{
  email: string;
  code: string;
}>;


export type VerifyLoginCodeMutation = { verifyLoginCode: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, name: string, email: string | null } } };

export type MessageFieldsFragment = { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> };

export type ChatFieldsFragment = { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null };

export type CreateDirectChatMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreateDirectChatMutation = { createDirectChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type CreateGroupChatMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupChatMutation = { createGroupChat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ChatQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatQuery = { chat: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } | null };

export type MessagesQueryVariables = Exact<{
  chatId: string | number;
  beforeSeq?: number | null | undefined;
  afterSeq?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type MessagesQuery = { messages: { hasMoreBefore: boolean, hasMoreAfter: boolean, messages: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }> } };

export type ConvNewMessageSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ConvNewMessageSubscription = { newMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ConvMessageUpdatedSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ConvMessageUpdatedSubscription = { messageUpdated: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ConvReactionsSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ConvReactionsSubscription = { reactions: { chatId: string, messageId: string, userId: string, emoji: string, added: boolean, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }> } };

export type ConvTypingSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ConvTypingSubscription = { typing: { chatId: string, isTyping: boolean, user: { id: string, name: string } } };

export type ConvReadReceiptsSubscriptionVariables = Exact<{
  chatId?: string | number | null | undefined;
}>;


export type ConvReadReceiptsSubscription = { readReceipts: { chatId: string, userId: string, lastReadSeq: number } };

export type ConvPresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConvPresenceSubscription = { presence: { userId: string, online: boolean, lastSeenAt: string | null } };

export type ConvChatUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConvChatUpdatedSubscription = { chatUpdated: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ConvMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvMeQuery = { me: { name: string } };

export type ConvChatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvChatsQuery = { chats: { edges: Array<{ node: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } }> } };

export type ConvMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type ConvMessageQuery = { message: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } | null };

export type ConvMarkReadMutationVariables = Exact<{
  chatId: string | number;
  seq: number;
}>;


export type ConvMarkReadMutation = { markRead: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ConvToggleReactionMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type ConvToggleReactionMutation = { toggleReaction: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ConvEditMessageMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type ConvEditMessageMutation = { editMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ConvDeleteMessageMutationVariables = Exact<{
  id: string | number;
  forEveryone?: boolean | null | undefined;
}>;


export type ConvDeleteMessageMutation = { deleteMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type ConvSetTypingMutationVariables = Exact<{
  chatId: string | number;
  isTyping: boolean;
}>;


export type ConvSetTypingMutation = { setTyping: boolean };

export type ConvForwardMessageMutationVariables = Exact<{
  messageId: string | number;
  chatIds: Array<string | number> | string | number;
}>;


export type ConvForwardMessageMutation = { forwardMessage: Array<{ id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }> };

export type ConvSearchMessagesQueryVariables = Exact<{
  query: string;
  chatId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConvSearchMessagesQuery = { searchMessages: { edges: Array<{ cursor: string, node: { message: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> }, chat: { id: string, kind: ChatKind }, highlights: Array<{ start: number, length: number }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConvRenameGroupMutationVariables = Exact<{
  chatId: string | number;
  title: string;
}>;


export type ConvRenameGroupMutation = { renameGroup: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ConvAddMembersMutationVariables = Exact<{
  chatId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type ConvAddMembersMutation = { addMembers: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ConvRemoveMemberMutationVariables = Exact<{
  chatId: string | number;
  userId: string | number;
}>;


export type ConvRemoveMemberMutation = { removeMember: { id: string, kind: ChatKind, title: string, avatarUrl: string | null, lastSeq: number, unreadCount: number, myLastReadSeq: number, createdAt: string, updatedAt: string, members: Array<{ role: MemberRole, lastReadSeq: number, joinedAt: string, user: { id: string, name: string } }>, lastMessage: { id: string, seq: number, text: string | null, type: MessageType } | null } };

export type ConvLeaveChatMutationVariables = Exact<{
  chatId: string | number;
}>;


export type ConvLeaveChatMutation = { leaveChat: boolean };

export type ConvUserPresenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ConvUserPresenceQuery = { user: { online: boolean, lastSeenAt: string | null } | null };

export type InputChatListQueryVariables = Exact<{ [key: string]: never; }>;


export type InputChatListQuery = { chats: { edges: Array<{ node: { id: string, kind: ChatKind, title: string, lastSeq: number, unreadCount: number, myLastReadSeq: number, members: Array<{ role: MemberRole, lastReadSeq: number, user: { id: string } }> } }> } };

export type InputWorldDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InputWorldDeleteMutation = { deleteMessage: { id: string } };

export type InputWorldReactMutationVariables = Exact<{
  messageId: string | number;
  emoji: string;
}>;


export type InputWorldReactMutation = { toggleReaction: { id: string } };

export type InputCreateDirectMutationVariables = Exact<{
  u: string | number;
}>;


export type InputCreateDirectMutation = { createDirectChat: { id: string } };

export type InputCreateGroupMutationVariables = Exact<{
  i: CreateGroupInput;
}>;


export type InputCreateGroupMutation = { createGroupChat: { id: string } };

export type InputRenameMutationVariables = Exact<{
  c: string | number;
  t: string;
}>;


export type InputRenameMutation = { renameGroup: { id: string, title: string } };

export type InputAddMembersMutationVariables = Exact<{
  c: string | number;
  u: Array<string | number> | string | number;
}>;


export type InputAddMembersMutation = { addMembers: { id: string } };

export type InputRemoveMemberMutationVariables = Exact<{
  c: string | number;
  u: string | number;
}>;


export type InputRemoveMemberMutation = { removeMember: { id: string } };

export type InputLeaveMutationVariables = Exact<{
  c: string | number;
}>;


export type InputLeaveMutation = { leaveChat: boolean };

export type InputEditMutationVariables = Exact<{
  m: string | number;
  t: string;
}>;


export type InputEditMutation = { editMessage: { id: string, text: string | null } };

export type InputDeleteMutationVariables = Exact<{
  m: string | number;
  e?: boolean | null | undefined;
}>;


export type InputDeleteMutation = { deleteMessage: { id: string, deleted: boolean } };

export type InputReactMutationVariables = Exact<{
  m: string | number;
  e: string;
}>;


export type InputReactMutation = { toggleReaction: { id: string, reactions: Array<{ emoji: string, count: number }> } };

export type InputForwardMutationVariables = Exact<{
  m: string | number;
  c: Array<string | number> | string | number;
}>;


export type InputForwardMutation = { forwardMessage: Array<{ id: string, chatId: string }> };

export type InputMarkReadMutationVariables = Exact<{
  c: string | number;
  s: number;
}>;


export type InputMarkReadMutation = { markRead: { id: string, myLastReadSeq: number } };

export type InputSetTypingMutationVariables = Exact<{
  c: string | number;
  t: boolean;
}>;


export type InputSetTypingMutation = { setTyping: boolean };

export type InputMessagesQueryVariables = Exact<{
  c: string | number;
  b?: number | null | undefined;
  a?: number | null | undefined;
  l?: number | null | undefined;
}>;


export type InputMessagesQuery = { messages: { messages: Array<{ id: string }> } };

export type InputChatQueryVariables = Exact<{
  c: string | number;
}>;


export type InputChatQuery = { chat: { id: string } | null };

export type InputMessageQueryVariables = Exact<{
  m: string | number;
}>;


export type InputMessageQuery = { message: { id: string } | null };

export type InputChatsPageQueryVariables = Exact<{
  f?: number | null | undefined;
  a?: string | null | undefined;
}>;


export type InputChatsPageQuery = { chats: { edges: Array<{ cursor: string }> } };

export type InputSearchQueryVariables = Exact<{
  q: string;
  c?: string | number | null | undefined;
  f?: number | null | undefined;
  a?: string | null | undefined;
}>;


export type InputSearchQuery = { searchMessages: { edges: Array<{ cursor: string, node: { message: { id: string } } }> } };

export type InputSendMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type InputSendMutation = { sendMessage: { id: string, seq: number } };

export type InputSendFullMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type InputSendFullMutation = { sendMessage: { id: string, chatId: string, seq: number, clientId: string | null, type: MessageType, text: string | null, deleted: boolean, deletedAt: string | null, editedAt: string | null, createdAt: string, seenBy: Array<string>, sender: { id: string, name: string }, replyTo: { id: string, seq: number, type: MessageType, text: string | null, deleted: boolean, sender: { id: string, name: string } } | null, forwarded: { originalMessageId: string | null, originalSenderName: string, originalSender: { id: string, name: string } | null } | null, reactions: Array<{ emoji: string, count: number, userIds: Array<string>, reactedByMe: boolean }>, editHistory: Array<{ text: string, editedAt: string }>, attachments: Array<{ id: string }> } };

export type InputNewMessageSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InputNewMessageSubscription = { newMessage: { id: string } };

export type InputMessageUpdatedSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InputMessageUpdatedSubscription = { messageUpdated: { id: string } };

export type InputReactionsSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InputReactionsSubscription = { reactions: { emoji: string } };

export type InputTypingSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InputTypingSubscription = { typing: { isTyping: boolean } };

export type InputReadReceiptsSubscriptionVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InputReadReceiptsSubscription = { readReceipts: { lastReadSeq: number } };

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
    emoji
    count
    userIds
    reactedByMe
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
    `, {"fragmentName":"MessageFields"}) as unknown as TypedDocumentString<MessageFieldsFragment, unknown>;
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
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyLoginCodeMutation, VerifyLoginCodeMutationVariables>;
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
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
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
    emoji
    count
    userIds
    reactedByMe
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
export const ConvNewMessageDocument = new TypedDocumentString(`
    subscription ConvNewMessage($chatId: ID) {
  newMessage(chatId: $chatId) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvNewMessageSubscription, ConvNewMessageSubscriptionVariables>;
export const ConvMessageUpdatedDocument = new TypedDocumentString(`
    subscription ConvMessageUpdated($chatId: ID) {
  messageUpdated(chatId: $chatId) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvMessageUpdatedSubscription, ConvMessageUpdatedSubscriptionVariables>;
export const ConvReactionsDocument = new TypedDocumentString(`
    subscription ConvReactions($chatId: ID) {
  reactions(chatId: $chatId) {
    chatId
    messageId
    userId
    emoji
    added
    reactions {
      emoji
      count
      userIds
      reactedByMe
    }
  }
}
    `) as unknown as TypedDocumentString<ConvReactionsSubscription, ConvReactionsSubscriptionVariables>;
export const ConvTypingDocument = new TypedDocumentString(`
    subscription ConvTyping($chatId: ID) {
  typing(chatId: $chatId) {
    chatId
    isTyping
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConvTypingSubscription, ConvTypingSubscriptionVariables>;
export const ConvReadReceiptsDocument = new TypedDocumentString(`
    subscription ConvReadReceipts($chatId: ID) {
  readReceipts(chatId: $chatId) {
    chatId
    userId
    lastReadSeq
  }
}
    `) as unknown as TypedDocumentString<ConvReadReceiptsSubscription, ConvReadReceiptsSubscriptionVariables>;
export const ConvPresenceDocument = new TypedDocumentString(`
    subscription ConvPresence {
  presence {
    userId
    online
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<ConvPresenceSubscription, ConvPresenceSubscriptionVariables>;
export const ConvChatUpdatedDocument = new TypedDocumentString(`
    subscription ConvChatUpdated {
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
}`) as unknown as TypedDocumentString<ConvChatUpdatedSubscription, ConvChatUpdatedSubscriptionVariables>;
export const ConvMeDocument = new TypedDocumentString(`
    query ConvMe {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<ConvMeQuery, ConvMeQueryVariables>;
export const ConvChatsDocument = new TypedDocumentString(`
    query ConvChats {
  chats(first: 100) {
    edges {
      node {
        ...ChatFields
      }
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
}`) as unknown as TypedDocumentString<ConvChatsQuery, ConvChatsQueryVariables>;
export const ConvMessageDocument = new TypedDocumentString(`
    query ConvMessage($id: ID!) {
  message(id: $id) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvMessageQuery, ConvMessageQueryVariables>;
export const ConvMarkReadDocument = new TypedDocumentString(`
    mutation ConvMarkRead($chatId: ID!, $seq: Int!) {
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
}`) as unknown as TypedDocumentString<ConvMarkReadMutation, ConvMarkReadMutationVariables>;
export const ConvToggleReactionDocument = new TypedDocumentString(`
    mutation ConvToggleReaction($messageId: ID!, $emoji: String!) {
  toggleReaction(messageId: $messageId, emoji: $emoji) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvToggleReactionMutation, ConvToggleReactionMutationVariables>;
export const ConvEditMessageDocument = new TypedDocumentString(`
    mutation ConvEditMessage($id: ID!, $text: String!) {
  editMessage(id: $id, text: $text) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvEditMessageMutation, ConvEditMessageMutationVariables>;
export const ConvDeleteMessageDocument = new TypedDocumentString(`
    mutation ConvDeleteMessage($id: ID!, $forEveryone: Boolean) {
  deleteMessage(id: $id, forEveryone: $forEveryone) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvDeleteMessageMutation, ConvDeleteMessageMutationVariables>;
export const ConvSetTypingDocument = new TypedDocumentString(`
    mutation ConvSetTyping($chatId: ID!, $isTyping: Boolean!) {
  setTyping(chatId: $chatId, isTyping: $isTyping)
}
    `) as unknown as TypedDocumentString<ConvSetTypingMutation, ConvSetTypingMutationVariables>;
export const ConvForwardMessageDocument = new TypedDocumentString(`
    mutation ConvForwardMessage($messageId: ID!, $chatIds: [ID!]!) {
  forwardMessage(messageId: $messageId, chatIds: $chatIds) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvForwardMessageMutation, ConvForwardMessageMutationVariables>;
export const ConvSearchMessagesDocument = new TypedDocumentString(`
    query ConvSearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<ConvSearchMessagesQuery, ConvSearchMessagesQueryVariables>;
export const ConvRenameGroupDocument = new TypedDocumentString(`
    mutation ConvRenameGroup($chatId: ID!, $title: String!) {
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
}`) as unknown as TypedDocumentString<ConvRenameGroupMutation, ConvRenameGroupMutationVariables>;
export const ConvAddMembersDocument = new TypedDocumentString(`
    mutation ConvAddMembers($chatId: ID!, $userIds: [ID!]!) {
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
}`) as unknown as TypedDocumentString<ConvAddMembersMutation, ConvAddMembersMutationVariables>;
export const ConvRemoveMemberDocument = new TypedDocumentString(`
    mutation ConvRemoveMember($chatId: ID!, $userId: ID!) {
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
}`) as unknown as TypedDocumentString<ConvRemoveMemberMutation, ConvRemoveMemberMutationVariables>;
export const ConvLeaveChatDocument = new TypedDocumentString(`
    mutation ConvLeaveChat($chatId: ID!) {
  leaveChat(chatId: $chatId)
}
    `) as unknown as TypedDocumentString<ConvLeaveChatMutation, ConvLeaveChatMutationVariables>;
export const ConvUserPresenceDocument = new TypedDocumentString(`
    query ConvUserPresence($id: ID!) {
  user(id: $id) {
    online
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<ConvUserPresenceQuery, ConvUserPresenceQueryVariables>;
export const InputChatListDocument = new TypedDocumentString(`
    query InputChatList {
  chats(first: 100) {
    edges {
      node {
        id
        kind
        title
        lastSeq
        unreadCount
        myLastReadSeq
        members {
          role
          lastReadSeq
          user {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputChatListQuery, InputChatListQueryVariables>;
export const InputWorldDeleteDocument = new TypedDocumentString(`
    mutation InputWorldDelete($id: ID!) {
  deleteMessage(id: $id, forEveryone: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputWorldDeleteMutation, InputWorldDeleteMutationVariables>;
export const InputWorldReactDocument = new TypedDocumentString(`
    mutation InputWorldReact($messageId: ID!, $emoji: String!) {
  toggleReaction(messageId: $messageId, emoji: $emoji) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputWorldReactMutation, InputWorldReactMutationVariables>;
export const InputCreateDirectDocument = new TypedDocumentString(`
    mutation InputCreateDirect($u: ID!) {
  createDirectChat(userId: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputCreateDirectMutation, InputCreateDirectMutationVariables>;
export const InputCreateGroupDocument = new TypedDocumentString(`
    mutation InputCreateGroup($i: CreateGroupInput!) {
  createGroupChat(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputCreateGroupMutation, InputCreateGroupMutationVariables>;
export const InputRenameDocument = new TypedDocumentString(`
    mutation InputRename($c: ID!, $t: String!) {
  renameGroup(chatId: $c, title: $t) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<InputRenameMutation, InputRenameMutationVariables>;
export const InputAddMembersDocument = new TypedDocumentString(`
    mutation InputAddMembers($c: ID!, $u: [ID!]!) {
  addMembers(chatId: $c, userIds: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputAddMembersMutation, InputAddMembersMutationVariables>;
export const InputRemoveMemberDocument = new TypedDocumentString(`
    mutation InputRemoveMember($c: ID!, $u: ID!) {
  removeMember(chatId: $c, userId: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputRemoveMemberMutation, InputRemoveMemberMutationVariables>;
export const InputLeaveDocument = new TypedDocumentString(`
    mutation InputLeave($c: ID!) {
  leaveChat(chatId: $c)
}
    `) as unknown as TypedDocumentString<InputLeaveMutation, InputLeaveMutationVariables>;
export const InputEditDocument = new TypedDocumentString(`
    mutation InputEdit($m: ID!, $t: String!) {
  editMessage(id: $m, text: $t) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<InputEditMutation, InputEditMutationVariables>;
export const InputDeleteDocument = new TypedDocumentString(`
    mutation InputDelete($m: ID!, $e: Boolean) {
  deleteMessage(id: $m, forEveryone: $e) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<InputDeleteMutation, InputDeleteMutationVariables>;
export const InputReactDocument = new TypedDocumentString(`
    mutation InputReact($m: ID!, $e: String!) {
  toggleReaction(messageId: $m, emoji: $e) {
    id
    reactions {
      emoji
      count
    }
  }
}
    `) as unknown as TypedDocumentString<InputReactMutation, InputReactMutationVariables>;
export const InputForwardDocument = new TypedDocumentString(`
    mutation InputForward($m: ID!, $c: [ID!]!) {
  forwardMessage(messageId: $m, chatIds: $c) {
    id
    chatId
  }
}
    `) as unknown as TypedDocumentString<InputForwardMutation, InputForwardMutationVariables>;
export const InputMarkReadDocument = new TypedDocumentString(`
    mutation InputMarkRead($c: ID!, $s: Int!) {
  markRead(chatId: $c, seq: $s) {
    id
    myLastReadSeq
  }
}
    `) as unknown as TypedDocumentString<InputMarkReadMutation, InputMarkReadMutationVariables>;
export const InputSetTypingDocument = new TypedDocumentString(`
    mutation InputSetTyping($c: ID!, $t: Boolean!) {
  setTyping(chatId: $c, isTyping: $t)
}
    `) as unknown as TypedDocumentString<InputSetTypingMutation, InputSetTypingMutationVariables>;
export const InputMessagesDocument = new TypedDocumentString(`
    query InputMessages($c: ID!, $b: Int, $a: Int, $l: Int) {
  messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) {
    messages {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InputMessagesQuery, InputMessagesQueryVariables>;
export const InputChatDocument = new TypedDocumentString(`
    query InputChat($c: ID!) {
  chat(id: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputChatQuery, InputChatQueryVariables>;
export const InputMessageDocument = new TypedDocumentString(`
    query InputMessage($m: ID!) {
  message(id: $m) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputMessageQuery, InputMessageQueryVariables>;
export const InputChatsPageDocument = new TypedDocumentString(`
    query InputChatsPage($f: Int, $a: String) {
  chats(first: $f, after: $a) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<InputChatsPageQuery, InputChatsPageQueryVariables>;
export const InputSearchDocument = new TypedDocumentString(`
    query InputSearch($q: String!, $c: ID, $f: Int, $a: String) {
  searchMessages(query: $q, chatId: $c, first: $f, after: $a) {
    edges {
      cursor
      node {
        message {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputSearchQuery, InputSearchQueryVariables>;
export const InputSendDocument = new TypedDocumentString(`
    mutation InputSend($i: SendMessageInput!) {
  sendMessage(input: $i) {
    id
    seq
  }
}
    `) as unknown as TypedDocumentString<InputSendMutation, InputSendMutationVariables>;
export const InputSendFullDocument = new TypedDocumentString(`
    mutation InputSendFull($i: SendMessageInput!) {
  sendMessage(input: $i) {
    ...MessageFields
  }
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
    emoji
    count
    userIds
    reactedByMe
  }
  seenBy
  editHistory {
    text
    editedAt
  }
  attachments {
    id
  }
}`) as unknown as TypedDocumentString<InputSendFullMutation, InputSendFullMutationVariables>;
export const InputNewMessageDocument = new TypedDocumentString(`
    subscription InputNewMessage($c: ID) {
  newMessage(chatId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputNewMessageSubscription, InputNewMessageSubscriptionVariables>;
export const InputMessageUpdatedDocument = new TypedDocumentString(`
    subscription InputMessageUpdated($c: ID) {
  messageUpdated(chatId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputMessageUpdatedSubscription, InputMessageUpdatedSubscriptionVariables>;
export const InputReactionsDocument = new TypedDocumentString(`
    subscription InputReactions($c: ID) {
  reactions(chatId: $c) {
    emoji
  }
}
    `) as unknown as TypedDocumentString<InputReactionsSubscription, InputReactionsSubscriptionVariables>;
export const InputTypingDocument = new TypedDocumentString(`
    subscription InputTyping($c: ID) {
  typing(chatId: $c) {
    isTyping
  }
}
    `) as unknown as TypedDocumentString<InputTypingSubscription, InputTypingSubscriptionVariables>;
export const InputReadReceiptsDocument = new TypedDocumentString(`
    subscription InputReadReceipts($c: ID) {
  readReceipts(chatId: $c) {
    lastReadSeq
  }
}
    `) as unknown as TypedDocumentString<InputReadReceiptsSubscription, InputReadReceiptsSubscriptionVariables>;