/** Messages between the gateway and the chat service, and the events the chat service publishes. */

import type { UserDto } from './users.js';

export type ChatKindValue = 'direct' | 'group';
export type MemberRoleValue = 'owner' | 'admin' | 'member';
export type MessageTypeValue = 'text' | 'image' | 'system';

export interface MemberDto {
  userId: string;
  role: MemberRoleValue;
  lastReadSeq: number;
  joinedAt: string;
}

export interface MessagePreviewDto {
  id: string;
  seq: number;
  senderId: string;
  type: MessageTypeValue;
  /** At most 200 characters; absent once the original is deleted. */
  text?: string;
  deleted: boolean;
}

export interface ForwardDto {
  originalMessageId?: string;
  originalSenderId?: string;
  originalSenderName: string;
}

export interface ReactionGroupDto {
  emoji: string;
  userIds: string[];
}

export interface MessageDto {
  id: string;
  chatId: string;
  seq: number;
  clientId?: string;
  senderId: string;
  type: MessageTypeValue;
  text: string | null;
  attachmentIds: string[];
  replyTo?: MessagePreviewDto;
  forwarded?: ForwardDto;
  reactions: ReactionGroupDto[];
  /** Members other than the sender whose lastReadSeq >= seq. */
  seenBy: string[];
  editedAt?: string;
  edits: Array<{ text: string; editedAt: string }>;
  deleted: boolean;
  deletedAt?: string;
  createdAt: string;
}

/** A chat as one member sees it. */
/** What members added to a group read: everything (`shared`), or only what was sent after they joined (`from_join`). */
export type ChatHistoryValue = 'shared' | 'from_join';

export interface ChatDto {
  id: string;
  kind: ChatKindValue;
  history: ChatHistoryValue;
  title?: string;
  avatarId?: string;
  members: MemberDto[];
  lastMessage: MessageDto | null;
  lastSeq: number;
  unreadCount: number;
  myLastReadSeq: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChatPageReply {
  chats: Array<{ cursor: string; chat: ChatDto }>;
  hasNextPage: boolean;
}

export interface MessagePageReply {
  messages: MessageDto[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export interface SearchHitDto {
  cursor: string;
  message: MessageDto;
  chatId: string;
  highlights: Array<{ start: number; length: number }>;
}
export interface SearchReply {
  hits: SearchHitDto[];
  chats: ChatDto[];
  hasNextPage: boolean;
}

/** Requests. Every one names the viewer; the chat service checks membership itself. */
export interface ViewerRequest {
  viewerId: string;
}
export interface CreateDirectChatRequest extends ViewerRequest {
  userId: string;
}
export interface CreateGroupChatRequest extends ViewerRequest {
  title: string;
  memberIds: string[];
  history?: ChatHistoryValue;
}
export interface SetChatHistoryRequest extends ChatRequest {
  history: ChatHistoryValue;
}
export interface ChatRequest extends ViewerRequest {
  chatId: string;
}
export interface RenameGroupRequest extends ChatRequest {
  title: string;
}
export interface MembersRequest extends ChatRequest {
  userIds: string[];
}
export interface MemberRequest extends ChatRequest {
  userId: string;
}
export interface SetMemberRoleRequest extends MemberRequest {
  role: MemberRoleValue;
}
export interface ListChatsRequest extends ViewerRequest {
  first: number;
  after?: string;
}
export interface GetChatRequest extends ChatRequest {
  /** For event delivery: a member who just left may see the chat's final state once. */
  allowLeft?: boolean;
}
export interface SendMessageRequest extends ViewerRequest {
  chatId: string;
  clientId: string;
  text?: string | null;
  attachmentIds?: string[] | null;
  replyToId?: string | null;
}
export interface EditMessageRequest extends ViewerRequest {
  messageId: string;
  text: string;
}
export interface DeleteMessageRequest extends ViewerRequest {
  messageId: string;
  forEveryone: boolean;
}
/** `add` and `remove` are idempotent; `toggle` (the default) flips the viewer's reaction. */
export type ReactionChange = 'add' | 'remove' | 'toggle';
export interface ReactRequest extends ViewerRequest {
  messageId: string;
  emoji: string;
  change?: ReactionChange;
}
export interface ForwardMessageRequest extends ViewerRequest {
  messageId: string;
  chatIds: string[];
}
export interface MarkReadRequest extends ChatRequest {
  seq: number;
}
export interface ListMessagesRequest extends ChatRequest {
  beforeSeq?: number | null;
  afterSeq?: number | null;
  limit: number;
}
export interface GetMessageRequest extends ViewerRequest {
  messageId: string;
}
export interface SearchMessagesRequest extends ViewerRequest {
  query: string;
  chatId?: string | null;
  first: number;
  after?: string | null;
}

/** What a gateway needs to route events to a user: their chats, and who shares one with them. */
export interface MembershipsReply {
  chatIds: string[];
}
export interface ContactsReply {
  userIds: string[];
}

/** Events on `evt.user.<userId>`, published after the write is durable. */
export type UserEvent =
  /** `senderRead`: the send moved the sender's read position to this message (a read receipt too). */
  | { type: 'message.created'; chatId: string; message: MessageDto; senderRead: boolean }
  | { type: 'message.updated'; chatId: string; message: MessageDto }
  | { type: 'reaction'; chatId: string; messageId: string; userId: string; emoji: string; added: boolean; reactions: ReactionGroupDto[] }
  | { type: 'read'; chatId: string; userId: string; lastReadSeq: number }
  | { type: 'typing'; chatId: string; userId: string; isTyping: boolean }
  | { type: 'chat.updated'; chatId: string; membership: 'joined' | 'left' | 'changed' }
  | { type: 'presence'; userId: string; online: boolean; lastSeenAt: string | null }
  /** The user's name or avatar changed (the user as it is now); to them and to everyone who shares a chat with them. */
  | { type: 'user.updated'; user: UserDto };
