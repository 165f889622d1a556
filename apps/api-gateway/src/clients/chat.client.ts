import { Injectable } from '@nestjs/common';
import { RpcClient } from '#common';
import {
  renameFields,
  Subjects,
  underArgument,
  type AttachmentDto,
  type ChatDto,
  type ChatHistoryValue,
  type MemberRoleValue,
  type ChatPageReply,
  type CreateAttachmentRequest,
  type MessageDto,
  type MessagePageReply,
  type ReactionChange,
  type SearchReply,
} from '#contracts';

/** The GraphQL arguments `input` (sendMessage, createGroupChat) hold the request's fields. */
const INPUT = underArgument('input');
/** `message(id)`, `editMessage(id)`, `deleteMessage(id)` name the message `id`. */
const MESSAGE_AS_ID = renameFields({ messageId: 'id' });
/** `chat(id)` names the chat `id`. */
const CHAT_AS_ID = renameFields({ chatId: 'id' });

/**
 * The chat service as the gateway calls it: one method per operation, each sending its subject's
 * contract and naming a bad field as the GraphQL argument path the client used.
 */
@Injectable()
export class ChatClient {
  constructor(private readonly rpc: RpcClient) {}

  listChats(viewerId: string, first: number, after: string | null): Promise<ChatPageReply> {
    return this.rpc.send(Subjects.chat.list, { viewerId, first, after: after ?? undefined });
  }

  /** `allowLeft`: for event delivery, a member who just left sees the chat's final state once. */
  getChat(viewerId: string, chatId: string, allowLeft = false): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.get, { viewerId, chatId, allowLeft }, { fieldPath: CHAT_AS_ID });
  }

  createDirectChat(viewerId: string, userId: string): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.createDirect, { viewerId, userId });
  }

  createGroupChat(viewerId: string, input: { title: string; memberIds: string[]; history: ChatHistoryValue }): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.createGroup, { viewerId, ...input }, { fieldPath: INPUT });
  }

  setChatHistory(viewerId: string, chatId: string, history: ChatHistoryValue): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.setHistory, { viewerId, chatId, history });
  }

  renameGroup(viewerId: string, chatId: string, title: string): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.rename, { viewerId, chatId, title });
  }

  addMembers(viewerId: string, chatId: string, userIds: string[]): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.addMembers, { viewerId, chatId, userIds });
  }

  removeMember(viewerId: string, chatId: string, userId: string): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.removeMember, { viewerId, chatId, userId });
  }

  setMemberRole(viewerId: string, chatId: string, userId: string, role: MemberRoleValue): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.setMemberRole, { viewerId, chatId, userId, role });
  }

  leaveChat(viewerId: string, chatId: string): Promise<boolean> {
    return this.rpc.send(Subjects.chat.leave, { viewerId, chatId });
  }

  /** The chat's current member ids; NOT_FOUND unless the viewer is one of them. */
  async memberIds(viewerId: string, chatId: string): Promise<string[]> {
    return (await this.rpc.send(Subjects.chat.members, { viewerId, chatId })).userIds;
  }

  /** The ids of the user's current chats. */
  async chatIdsOf(userId: string): Promise<string[]> {
    return (await this.rpc.send(Subjects.chat.memberships, { viewerId: userId })).chatIds;
  }

  /** Everyone who shares a chat with the user. */
  async contactsOf(userId: string): Promise<string[]> {
    return (await this.rpc.send(Subjects.chat.contacts, { viewerId: userId })).userIds;
  }

  sendMessage(
    viewerId: string,
    input: { chatId: string; clientId: string; text?: string | null; attachmentIds?: string[] | null; replyToId?: string | null },
  ): Promise<MessageDto> {
    const { chatId, clientId, text, attachmentIds, replyToId } = input;
    return this.rpc.send(Subjects.chat.send, { viewerId, chatId, clientId, text, attachmentIds, replyToId }, { fieldPath: INPUT });
  }

  editMessage(viewerId: string, messageId: string, text: string): Promise<MessageDto> {
    return this.rpc.send(Subjects.chat.edit, { viewerId, messageId, text }, { fieldPath: MESSAGE_AS_ID });
  }

  deleteMessage(viewerId: string, messageId: string, forEveryone: boolean): Promise<MessageDto> {
    return this.rpc.send(Subjects.chat.delete, { viewerId, messageId, forEveryone }, { fieldPath: MESSAGE_AS_ID });
  }

  react(viewerId: string, messageId: string, emoji: string, change: ReactionChange): Promise<MessageDto> {
    return this.rpc.send(Subjects.chat.react, { viewerId, messageId, emoji, change });
  }

  forwardMessage(viewerId: string, messageId: string, chatIds: string[]): Promise<MessageDto[]> {
    return this.rpc.send(Subjects.chat.forward, { viewerId, messageId, chatIds });
  }

  markRead(viewerId: string, chatId: string, seq: number): Promise<ChatDto> {
    return this.rpc.send(Subjects.chat.markRead, { viewerId, chatId, seq });
  }

  messages(viewerId: string, chatId: string, beforeSeq: number | null, afterSeq: number | null, limit: number): Promise<MessagePageReply> {
    return this.rpc.send(Subjects.chat.listMessages, { viewerId, chatId, beforeSeq, afterSeq, limit });
  }

  message(viewerId: string, messageId: string): Promise<MessageDto> {
    return this.rpc.send(Subjects.chat.getMessage, { viewerId, messageId }, { fieldPath: MESSAGE_AS_ID });
  }

  searchMessages(viewerId: string, query: string, chatId: string | null, first: number, after: string | null): Promise<SearchReply> {
    return this.rpc.send(Subjects.chat.search, { viewerId, query, chatId, first, after });
  }

  /** True when the upload is the viewer's own, else BAD_USER_INPUT naming `uploadId`. */
  ownUpload(viewerId: string, uploadId: string): Promise<boolean> {
    return this.rpc.send(Subjects.chat.ownUpload, { viewerId, uploadId });
  }

  createAttachment(record: CreateAttachmentRequest): Promise<AttachmentDto> {
    return this.rpc.send(Subjects.chat.createAttachment, record);
  }

  attachmentsByIds(ids: readonly string[]): Promise<Array<AttachmentDto | null>> {
    return this.rpc.send(Subjects.chat.attachmentsByIds, { ids: [...ids] });
  }

  releaseAttachments(attachmentIds: string[]): Promise<boolean> {
    return this.rpc.send(Subjects.chat.releaseAttachments, { attachmentIds });
  }
}
