/** Messages between the gateway and the chat service, and the events the chat service publishes. */

import { IsOptional } from 'class-validator';
import {
  IsClientId,
  IsEmoji,
  IsFlag,
  IsGroupTitle,
  IsMessageText,
  IsObjectId,
  IsObjectIdList,
  IsOneOf,
  IsPageSize,
  IsSearchText,
  IsSeq,
  IsShortString,
  NotWith,
} from './rules.js';
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

/**
 * Requests: each is the contract of one subject (contracts.ts), validated by the chat service
 * before its handler runs. Every one names the viewer; the chat service checks membership itself.
 */
export class ViewerRequest {
  @IsObjectId() viewerId: string;
}
export class ChatRequest extends ViewerRequest {
  @IsObjectId() chatId: string;
}
export class CreateDirectChatRequest extends ViewerRequest {
  @IsObjectId() userId: string;
}
/** The largest member list a request may carry; the group size limit itself is the chat service's GROUP_MAX_MEMBERS. */
export const MAX_MEMBER_IDS = 10_000;
const HISTORY_VALUES: readonly ChatHistoryValue[] = ['shared', 'from_join'];
const IsHistory = () => IsOneOf(HISTORY_VALUES, 'must be SHARED or FROM_JOIN');
export class CreateGroupChatRequest extends ViewerRequest {
  @IsGroupTitle() title: string;
  @IsObjectIdList({ max: MAX_MEMBER_IDS }) memberIds: string[];
  @IsOptional() @IsHistory() history?: ChatHistoryValue;
}
export class SetChatHistoryRequest extends ChatRequest {
  @IsHistory() history: ChatHistoryValue;
}
export class RenameGroupRequest extends ChatRequest {
  @IsGroupTitle() title: string;
}
export class MembersRequest extends ChatRequest {
  @IsObjectIdList({ min: 1, max: MAX_MEMBER_IDS }) userIds: string[];
}
export class MemberRequest extends ChatRequest {
  @IsObjectId() userId: string;
}
const ROLE_VALUES: readonly MemberRoleValue[] = ['owner', 'admin', 'member'];
export class SetMemberRoleRequest extends MemberRequest {
  @IsOneOf(ROLE_VALUES, 'must be OWNER, ADMIN or MEMBER') role: MemberRoleValue;
}
export class ListChatsRequest extends ViewerRequest {
  @IsPageSize(100) first: number;
  /** A cursor of a previous page (checked by the chat service, which made it). */
  @IsOptional() @IsShortString(500) after?: string;
}
export class GetChatRequest extends ChatRequest {
  /** For event delivery: a member who just left may see the chat's final state once. */
  @IsOptional() @IsFlag() allowLeft?: boolean;
}
/** At most this many images in one message. */
export const MAX_ATTACHMENTS = 10;
export class SendMessageRequest extends ViewerRequest {
  @IsObjectId() chatId: string;
  @IsClientId() clientId: string;
  /** Required unless attachmentIds names at least one upload; blank text is then left out. */
  @IsMessageText({ unlessAttachments: true }) text?: string | null;
  @IsOptional() @IsObjectIdList({ max: MAX_ATTACHMENTS }) attachmentIds?: string[] | null;
  @IsOptional() @IsObjectId() replyToId?: string | null;
}
export class EditMessageRequest extends ViewerRequest {
  @IsObjectId() messageId: string;
  @IsMessageText() text: string;
}
export class DeleteMessageRequest extends ViewerRequest {
  @IsObjectId() messageId: string;
  @IsFlag() forEveryone: boolean;
}
/** `add` and `remove` are idempotent; `toggle` (the default) flips the viewer's reaction. */
export type ReactionChange = 'add' | 'remove' | 'toggle';
const REACTION_CHANGES: readonly ReactionChange[] = ['add', 'remove', 'toggle'];
export class ReactRequest extends ViewerRequest {
  @IsObjectId() messageId: string;
  @IsEmoji() emoji: string;
  @IsOptional() @IsOneOf(REACTION_CHANGES, 'must be add, remove or toggle') change?: ReactionChange;
}
/** At most this many chats in one forward. */
export const MAX_FORWARD_CHATS = 20;
export class ForwardMessageRequest extends ViewerRequest {
  @IsObjectId() messageId: string;
  @IsObjectIdList({ min: 1, max: MAX_FORWARD_CHATS }) chatIds: string[];
}
export class MarkReadRequest extends ChatRequest {
  @IsSeq() seq: number;
}
export class ListMessagesRequest extends ChatRequest {
  @IsOptional() @IsSeq() beforeSeq?: number | null;
  @IsOptional() @IsSeq() @NotWith('beforeSeq', 'give beforeSeq or afterSeq, not both') afterSeq?: number | null;
  @IsPageSize(100) limit: number;
}
export class GetMessageRequest extends ViewerRequest {
  @IsObjectId() messageId: string;
}
export class SearchMessagesRequest extends ViewerRequest {
  @IsSearchText() query: string;
  @IsOptional() @IsObjectId() chatId?: string | null;
  @IsPageSize(50) first: number;
  @IsOptional() @IsShortString(500) after?: string | null;
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
