import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { decodeCursor, encodeCursor, isDuplicateKey, EventsPublisher } from '@app/common';
import { AppError, type ChatDto, type MessageDto, type MessagePageReply, type SearchReply, type SendMessageRequest } from '@app/contracts';
import { AttachmentDoc } from '../attachments/attachment.schema.js';
import { ChatLock } from '../chats/chat-lock.js';
import { requireId, requireIds, validateText } from '../chats/chat-rules.js';
import { ChatViews } from '../chats/chat-views.js';
import { ChatsRepository, oid, type Membership } from '../chats/chats.repository.js';
import { ChatsService } from '../chats/chats.service.js';
import { UserDirectory } from '../directory/user-directory.js';
import { highlightRanges } from './highlights.js';
import { groupReactions, toMessageDto, toPreview } from './message.mapper.js';
import { MessageWriter } from './message-writer.js';
import { MessagesRepository, type StoredMessage } from './messages.repository.js';
import { SentIds } from './sent-ids.js';
import { AttachmentsGc } from '../attachments/attachments-gc.js';
import { validateEmoji } from './reaction-rules.js';

const MAX_REACTIONS_PER_USER = 20;

@Injectable()
export class MessagesService {
  constructor(
    private readonly chatsService: ChatsService,
    private readonly chats: ChatsRepository,
    private readonly views: ChatViews,
    private readonly messages: MessagesRepository,
    private readonly writer: MessageWriter,
    private readonly lock: ChatLock,
    private readonly events: EventsPublisher,
    private readonly directory: UserDirectory,
    private readonly sentIds: SentIds,
    private readonly gc: AttachmentsGc,
    @InjectModel(AttachmentDoc.name) private readonly attachments: Model<AttachmentDoc>,
  ) {}

  /**
   * Sends a message. A retry with the same clientId returns the stored message (CONFLICT when
   * its content differs). Order comes from the chat's seq, taken under the chat lock.
   */
  async send(req: SendMessageRequest): Promise<MessageDto> {
    const chatId = requireId(req.chatId, 'input.chatId');
    const clientId = typeof req.clientId === 'string' ? req.clientId.trim() : '';
    if (clientId.length < 1 || clientId.length > 100) throw AppError.badInput('input.clientId', 'must be 1..100 characters (a UUID made by the client)');
    const attachmentIds = req.attachmentIds ? requireIds(req.attachmentIds, 'input.attachmentIds', 0, 10) : [];
    const text = validateText(req.text, 'input.text', attachmentIds.length === 0);
    const replyToId = req.replyToId ? requireId(req.replyToId, 'input.replyToId') : undefined;
    const viewerId = req.viewerId;

    const same = (m: StoredMessage) =>
      m.chatId === chatId && (m.text ?? undefined) === text && m.replyTo?.id === replyToId && m.attachmentIds.join(',') === attachmentIds.join(',');
    const replay = async (m: StoredMessage) => {
      if (!same(m)) throw AppError.conflict('this clientId was already used for a different message');
      const { members } = await this.chatsService.access(viewerId, m.chatId, 'input.chatId');
      return toMessageDto(m, members);
    };
    // A retry is answered from the idempotency cache; the unique (senderId, clientId) index is the truth behind it.
    const earlierId = await this.sentIds.get(viewerId, clientId);
    const earlier = earlierId ? await this.messages.byId(earlierId) : null;
    if (earlier) return replay(earlier);

    if (attachmentIds.length) await this.requireOwnUploads(viewerId, attachmentIds, 'input.attachmentIds');
    return this.lock.run(chatId, async () => {
      // Concurrent tries of one clientId queue on this lock: the later ones find the first here.
      const racedId = await this.sentIds.get(viewerId, clientId);
      const raced = racedId ? await this.messages.byId(racedId) : null;
      if (raced) return replay(raced);
      const { members } = await this.chatsService.access(viewerId, chatId, 'input.chatId');
      let replyTo;
      if (replyToId) {
        const quoted = await this.messages.byId(replyToId);
        if (!quoted || quoted.chatId !== chatId || quoted.hiddenFor.includes(viewerId))
          throw AppError.badInput('input.replyToId', 'is not a message of this chat');
        replyTo = toPreview(quoted);
      }
      try {
        const sent = await this.writer.append(
          { chatId, senderId: viewerId, clientId, type: attachmentIds.length ? 'image' : 'text', text, attachmentIds, replyTo },
          members,
        );
        await this.sentIds.remember(viewerId, clientId, sent.id);
        return sent;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const stored = await this.messages.bySenderClientId(viewerId, clientId);
        if (!stored) throw err;
        return replay(stored);
      }
    });
  }

  async edit(viewerId: string, messageIdIn: unknown, textIn: unknown): Promise<MessageDto> {
    const messageId = requireId(messageIdIn, 'id');
    const text = validateText(textIn, 'text', true)!;
    const first = await this.visible(viewerId, messageId, 'id');
    return this.lock.run(first.message.chatId, async () => {
      const { message, members } = await this.visible(viewerId, messageId, 'id');
      if (message.senderId !== viewerId || message.type === 'system') throw AppError.forbidden('only the sender can edit a message');
      if (message.deletedAt) throw AppError.badInput('id', 'a deleted message cannot be edited');
      if (message.type === 'text' && !text) throw AppError.badInput('text', 'must not be empty');
      if (text === message.text) return toMessageDto(message, members);
      const at = new Date();
      await this.messages.edit(messageId, text, { text: message.text ?? '', editedAt: at }, at);
      const updated = { ...message, text, editedAt: at, edits: [...message.edits, { text: message.text ?? '', editedAt: at }] };
      return this.publishUpdate(updated, members);
    });
  }

  async delete(viewerId: string, messageIdIn: unknown, forEveryone: boolean): Promise<MessageDto> {
    const messageId = requireId(messageIdIn, 'id');
    const first = await this.visible(viewerId, messageId, 'id');
    return this.lock.run(first.message.chatId, async () => {
      const { message, members } = await this.visible(viewerId, messageId, 'id');
      if (!forEveryone) {
        await this.messages.hideFor(messageId, viewerId);
        const me = members.find((m) => m.userId === viewerId)!;
        // A hidden message the viewer had not read no longer counts as unread for them.
        if (message.seq > me.lastReadSeq && message.senderId !== viewerId && !message.deletedAt) {
          await this.chats.setReadState(message.chatId, viewerId, me.lastReadSeq, await this.messages.countUnread(message.chatId, viewerId, me.lastReadSeq));
        }
        const hidden = toMessageDto({ ...message, deletedAt: message.deletedAt ?? new Date() }, members);
        this.events.publish([viewerId], { type: 'message.updated', chatId: message.chatId, message: hidden });
        return hidden;
      }
      if (message.senderId !== viewerId || message.type === 'system') throw AppError.forbidden('only the sender can delete a message for everyone');
      if (message.deletedAt) return toMessageDto(message, members);
      const at = new Date();
      await this.messages.tombstone(messageId, message.chatId, at);
      await this.chats.forgetUnread(message.chatId, message.senderId, message.seq);
      const tombstone = this.publishUpdate({ ...message, deletedAt: at, text: undefined, attachmentIds: [], edits: [], reactions: [] }, members);
      this.gc.release(message.attachmentIds);
      return tombstone;
    });
  }

  async toggleReaction(viewerId: string, messageIdIn: unknown, emojiIn: unknown): Promise<MessageDto> {
    const messageId = requireId(messageIdIn, 'messageId');
    const emoji = validateEmoji(emojiIn);
    const first = await this.visible(viewerId, messageId, 'messageId');
    return this.lock.run(first.message.chatId, async () => {
      const { message, members } = await this.visible(viewerId, messageId, 'messageId');
      if (message.deletedAt) throw AppError.badInput('messageId', 'a deleted message cannot get reactions');
      const entry = { emoji, userId: viewerId };
      const had = message.reactions.some((r) => r.emoji === emoji && r.userId === viewerId);
      let reactions;
      if (had) {
        await this.messages.removeReaction(messageId, entry);
        reactions = message.reactions.filter((r) => !(r.emoji === emoji && r.userId === viewerId));
      } else {
        if (message.reactions.filter((r) => r.userId === viewerId).length >= MAX_REACTIONS_PER_USER)
          throw AppError.badInput('emoji', `at most ${MAX_REACTIONS_PER_USER} reactions per person on one message`);
        await this.messages.addReaction(messageId, entry);
        reactions = [...message.reactions, entry];
      }
      const dto = toMessageDto({ ...message, reactions }, members);
      this.events.publish(
        members.map((m) => m.userId),
        { type: 'reaction', chatId: message.chatId, messageId, userId: viewerId, emoji, added: !had, reactions: groupReactions(reactions) },
      );
      return dto;
    });
  }

  /** Forwards into chats the viewer belongs to; the copy names the original sender. */
  async forward(viewerId: string, messageIdIn: unknown, chatIdsIn: unknown): Promise<MessageDto[]> {
    const messageId = requireId(messageIdIn, 'messageId');
    const chatIds = requireIds(chatIdsIn, 'chatIds', 1, 20);
    const { message } = await this.visible(viewerId, messageId, 'messageId');
    if (message.deletedAt) throw AppError.badInput('messageId', 'a deleted message cannot be forwarded');
    if (message.type === 'system') throw AppError.badInput('messageId', 'system messages cannot be forwarded');
    // All targets are checked before anything is written: one bad chat id forwards nothing.
    for (const [i, id] of chatIds.entries()) await this.chatsService.access(viewerId, id, `chatIds[${i}]`);
    const forwardedFrom = message.forwardedFrom ?? {
      originalMessageId: message.id,
      originalSenderId: message.senderId,
      originalSenderName: await this.directory.name(message.senderId),
    };
    const out: MessageDto[] = [];
    for (const chatId of chatIds) {
      out.push(
        await this.lock.run(chatId, async () => {
          const { members } = await this.chatsService.access(viewerId, chatId);
          return this.writer.append(
            {
              chatId,
              senderId: viewerId,
              clientId: `forward:${message.id}:${oid(chatId).toHexString()}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
              type: message.type,
              text: message.text,
              attachmentIds: message.attachmentIds,
              forwardedFrom,
            },
            members,
          );
        }),
      );
    }
    return out;
  }

  /** Moves the viewer's read position forward (never back) and recomputes the unread count. */
  async markRead(viewerId: string, chatIdIn: unknown, seqIn: unknown): Promise<ChatDto> {
    const chatId = requireId(chatIdIn, 'chatId');
    if (typeof seqIn !== 'number' || !Number.isInteger(seqIn) || seqIn < 0) throw AppError.badInput('seq', 'must be a whole number ≥ 0');
    return this.lock.run(chatId, async () => {
      const { chat, me, members } = await this.chatsService.access(viewerId, chatId);
      const target = Math.min(seqIn, chat.lastSeq);
      if (target > me.lastReadSeq) {
        const unread = await this.messages.countUnread(chatId, viewerId, target);
        await this.chats.setReadState(chatId, viewerId, target, unread);
        this.events.publish(
          members.map((m) => m.userId),
          { type: 'read', chatId, userId: viewerId, lastReadSeq: target },
        );
        return this.views.one(viewerId, chat, { ...me, lastReadSeq: target, unreadCount: unread });
      }
      return this.views.one(viewerId, chat, me);
    });
  }

  async list(viewerId: string, chatIdIn: unknown, beforeSeq: unknown, afterSeq: unknown, limit: unknown): Promise<MessagePageReply> {
    const chatId = requireId(chatIdIn, 'chatId');
    const seqArg = (v: unknown, field: string) => {
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw AppError.badInput(field, 'must be a whole number ≥ 0');
      return v;
    };
    const before = seqArg(beforeSeq, 'beforeSeq');
    const after = seqArg(afterSeq, 'afterSeq');
    if (before !== undefined && after !== undefined) throw AppError.badInput('afterSeq', 'give beforeSeq or afterSeq, not both');
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) throw AppError.badInput('limit', 'must be between 1 and 100');
    const { members } = await this.chatsService.access(viewerId, chatId);
    const { messages, more } = await this.messages.page(chatId, viewerId, { beforeSeq: before, afterSeq: after, limit });
    let hasMoreBefore: boolean;
    let hasMoreAfter: boolean;
    if (after !== undefined) {
      hasMoreAfter = more;
      hasMoreBefore = messages.length ? await this.messages.exists(chatId, viewerId, { $lt: messages[0].seq }) : after > 0;
    } else {
      hasMoreBefore = more;
      hasMoreAfter = before !== undefined && messages.length ? await this.messages.exists(chatId, viewerId, { $gt: messages[messages.length - 1].seq }) : false;
    }
    return { messages: messages.map((m) => toMessageDto(m, members)), hasMoreBefore, hasMoreAfter };
  }

  async get(viewerId: string, messageIdIn: unknown): Promise<MessageDto> {
    const { message, members } = await this.visible(viewerId, requireId(messageIdIn, 'id'), 'id');
    return toMessageDto(message, members);
  }

  async search(viewerId: string, queryIn: unknown, chatIdIn: unknown, first: unknown, after: unknown): Promise<SearchReply> {
    if (typeof queryIn !== 'string') throw AppError.badInput('query', 'must be a string');
    const query = queryIn.trim();
    if ([...query].length < 1 || [...query].length > 200) throw AppError.badInput('query', 'must be 1..200 characters');
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > 50) throw AppError.badInput('first', 'must be between 1 and 50');
    let cursor: { at: Date; id: string } | undefined;
    if (after !== undefined && after !== null) {
      const { key, id } = decodeCursor(after, 'number');
      cursor = { at: new Date(key), id };
    }
    let chatIds: string[];
    if (chatIdIn !== undefined && chatIdIn !== null) {
      const { chat } = await this.chatsService.access(viewerId, chatIdIn);
      chatIds = [chat.id];
    } else chatIds = await this.chats.chatIdsOfUser(viewerId);
    const { messages, more } = await this.messages.search(chatIds, viewerId, query, first, cursor);
    const hitChatIds = [...new Set(messages.map((m) => m.chatId))];
    const [chats, members] = await Promise.all([this.chats.byIds(hitChatIds), this.chats.membersOf(hitChatIds)]);
    const chatDtos = await this.views.build(
      viewerId,
      chats,
      members.filter((m) => m.userId === viewerId),
    );
    return {
      hits: messages.map((m) => ({
        cursor: encodeCursor(m.createdAt.getTime(), m.id),
        chatId: m.chatId,
        message: toMessageDto(
          m,
          members.filter((x) => x.chatId === m.chatId),
        ),
        highlights: highlightRanges(m.text ?? '', query),
      })),
      chats: chatDtos,
      hasNextPage: more,
    };
  }

  /** A message the viewer may see: member of its chat, not hidden for them. Otherwise NOT_FOUND. */
  private async visible(viewerId: string, messageId: string, field: string): Promise<{ message: StoredMessage; members: Membership[] }> {
    const message = await this.messages.byId(messageId);
    if (!message || message.hiddenFor.includes(viewerId)) throw AppError.notFound('message');
    try {
      const { members } = await this.chatsService.access(viewerId, message.chatId, field);
      return { message, members };
    } catch (err) {
      if (err instanceof AppError) throw AppError.notFound('message');
      throw err;
    }
  }

  private publishUpdate(message: StoredMessage, members: Membership[]): MessageDto {
    const dto = toMessageDto(message, members);
    this.events.publish(
      members.map((m) => m.userId),
      { type: 'message.updated', chatId: message.chatId, message: dto },
    );
    return dto;
  }

  /** Every id names an upload (attachments collection) of the viewer, else BAD_USER_INPUT. */
  async requireOwnUploads(viewerId: string, idsIn: unknown[], field: string): Promise<void> {
    const ids = idsIn.map((id, i) => requireId(id, idsIn.length > 1 ? `${field}[${i}]` : field));
    const found = await this.attachments.countDocuments({ _id: { $in: ids.map(oid) }, ownerId: viewerId });
    if (found !== ids.length) throw AppError.badInput(field, 'must name uploads of yours (POST /uploads)');
  }
}
