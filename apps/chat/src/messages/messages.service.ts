import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, isDuplicateKey } from '#common';
import { AppError, type ChatDto, type MessageDto, type MessagePageReply, type ReactionChange, type SearchReply, type SendMessageRequest } from '#contracts';
import { AttachmentsGc } from '../attachments/attachments-gc.js';
import { AttachmentsRepository } from '../attachments/attachments.repository.js';
import { memberIds, memberIdsSeeing, readersOf, seesSeq, type ChatState } from '../chats/chat-state.js';
import { ChatStore, type ChatTx } from '../chats/chat-store.js';
import { ChatViews, messageView } from '../chats/chat-views.js';
import { ChatsService } from '../chats/chats.service.js';
import { UserDirectory } from '../directory/user-directory.js';
import { highlightRanges } from './highlights.js';
import { audiencesOf, groupReactions, toMessageDto, toPreview } from './message.mapper.js';
import { MessageWriter } from './message-writer.js';
import { MessagesRepository, type StoredMessage } from './messages.repository.js';

const MAX_REACTIONS_PER_USER = 20;
/** How long a send's clientId is remembered in Redis (the unique index remembers it for ever). */
const SENT_TTL_SECONDS = 86_400;
const sentKey = (senderId: string, clientId: string) => `parley:sent:${senderId}:${clientId}`;

@Injectable()
export class MessagesService {
  constructor(
    private readonly chatsService: ChatsService,
    private readonly store: ChatStore,
    private readonly views: ChatViews,
    private readonly messages: MessagesRepository,
    private readonly writer: MessageWriter,
    private readonly directory: UserDirectory,
    private readonly attachments: AttachmentsRepository,
    private readonly gc: AttachmentsGc,
  ) {}

  /**
   * Sends a message. A retry with the same clientId returns the stored message (CONFLICT when
   * its content differs): the idempotency key is read with the chat's lease, so concurrent
   * tries of one clientId queue and the later ones find the first. Order comes from the chat's
   * seq, taken under the lease. Cost: two Redis round trips (lease + state + key; cache writes +
   * release) and two database commands by `_id` (the insert, the chat).
   */
  async send(req: SendMessageRequest): Promise<MessageDto> {
    const { chatId, clientId, viewerId } = req;
    const attachmentIds = req.attachmentIds ?? [];
    const text = req.text ?? undefined;
    const replyToId = req.replyToId ?? undefined;
    const key = sentKey(viewerId, clientId);

    const replay = async (m: StoredMessage, tx: ChatTx) => {
      const same =
        m.chatId === chatId && (m.text ?? undefined) === text && m.replyTo?.id === replyToId && m.attachmentIds.join(',') === attachmentIds.join(',');
      if (!same) throw AppError.conflict('this clientId was already used for a different message');
      const state = this.chatsService.requireMember(tx.state, viewerId);
      return toMessageDto(m, readersOf(state), m.replyTo ? state.deletedSeqs.includes(m.replyTo.seq) : false);
    };

    if (attachmentIds.length) await this.requireOwnUploads(viewerId, attachmentIds, 'attachmentIds');
    return this.store.write(
      chatId,
      async (tx) => {
        const earlierId = tx.extra[0];
        const earlier = earlierId ? await this.messages.byId(earlierId) : null;
        if (earlier) return replay(earlier, tx);
        this.chatsService.requireMember(tx.state, viewerId);
        let replyTo;
        if (replyToId) {
          const quoted = await this.messages.byId(replyToId);
          if (!quoted || quoted.chatId !== chatId || quoted.hiddenFor.includes(viewerId) || !seesSeq(tx.state!, viewerId, quoted.seq))
            throw AppError.badInput('replyToId', 'is not a message of this chat');
          replyTo = toPreview(quoted);
        }
        const message = { senderId: viewerId, clientId, type: attachmentIds.length ? ('image' as const) : ('text' as const), text, attachmentIds, replyTo };
        for (let attempt = 0; ; attempt++) {
          try {
            const sent = await this.writer.append(tx, message);
            tx.stageSet(key, sent.id, SENT_TTL_SECONDS);
            return sent;
          } catch (err) {
            if (!isDuplicateKey(err)) throw err;
            const stored = await this.messages.bySenderClientId(viewerId, clientId);
            if (stored) return replay(stored, tx);
            // The seq was taken: the cached chat was behind the database. Read it again, once.
            if (attempt > 0) throw err;
            await tx.reload();
          }
        }
      },
      [key],
    );
  }

  async edit(viewerId: string, messageId: string, text: string): Promise<MessageDto> {
    const where = await this.locate(viewerId, messageId);
    return this.store.write(where.chatId, async (tx) => {
      const { state, message } = await this.current(tx, viewerId, where.seq);
      if (message.senderId !== viewerId || message.type === 'system') throw AppError.forbidden('only the sender can edit a message');
      if (message.deletedAt) throw AppError.badInput('messageId', 'a deleted message cannot be edited');
      if (message.type === 'text' && !text) throw AppError.badInput('text', 'must not be empty');
      if (text === message.text) return messageView(state, message, viewerId)!;
      const at = new Date();
      const previous = { text: message.text ?? '', editedAt: at };
      await tx.write(() => this.messages.edit(messageId, text, previous, at));
      return this.publishUpdate(tx, state, { ...message, text, editedAt: at, edits: [...message.edits, previous] });
    });
  }

  async delete(viewerId: string, messageId: string, forEveryone: boolean): Promise<MessageDto> {
    const where = await this.locate(viewerId, messageId);
    const result = await this.store.write(where.chatId, async (tx) => {
      const { state, message } = await this.current(tx, viewerId, where.seq);
      if (!forEveryone) {
        await tx.write(() => this.messages.hideFor(messageId, viewerId));
        const me = state.members[viewerId];
        // A hidden message the viewer had not read no longer counts as unread for them.
        if (message.seq > me.lastReadSeq && message.senderId !== viewerId && !message.deletedAt) {
          const hidden = [...(me.hidden ?? []), message.seq];
          await tx.save({ ...state, members: { ...state.members, [viewerId]: { ...me, hidden } } }, { set: { [`members.${viewerId}.hidden`]: hidden } });
        }
        tx.cacheMessages({ ...message, hiddenFor: [...message.hiddenFor, viewerId] });
        const hidden = toMessageDto({ ...message, deletedAt: message.deletedAt ?? new Date() }, readersOf(state));
        tx.publish([viewerId], { type: 'message.updated', chatId: message.chatId, message: hidden });
        return { dto: hidden, released: [] };
      }
      if (message.senderId !== viewerId || message.type === 'system') throw AppError.forbidden('only the sender can delete a message for everyone');
      if (message.deletedAt) return { dto: messageView(state, message, viewerId)!, released: [] };
      const at = new Date();
      await tx.write(() => this.messages.tombstone(messageId, at));
      const deletedSeqs = [...state.deletedSeqs, message.seq].sort((a, b) => a - b);
      const next = { ...state, deletedSeqs };
      await tx.save(next, { set: { deletedSeqs } });
      const dto = this.publishUpdate(tx, next, { ...message, deletedAt: at, text: undefined, attachmentIds: [], edits: [], reactions: [] });
      return { dto, released: message.attachmentIds };
    });
    this.gc.release(result.released);
    return result.dto;
  }

  /**
   * Adds, removes or toggles the viewer's reaction. `add` of a reaction the viewer already has
   * and `remove` of one they do not have change nothing and send no event, so a retried call
   * answers what the first one did.
   */
  async react(viewerId: string, messageId: string, emoji: string, change: ReactionChange = 'toggle'): Promise<MessageDto> {
    const where = await this.locate(viewerId, messageId);
    return this.store.write(where.chatId, async (tx) => {
      const { state, message } = await this.current(tx, viewerId, where.seq);
      const had = message.reactions.some((r) => r.emoji === emoji && r.userId === viewerId);
      const add = change === 'toggle' ? !had : change === 'add';
      if (add === had) return messageView(state, message, viewerId)!;
      if (message.deletedAt) throw AppError.badInput('messageId', 'a deleted message cannot get reactions');
      const entry = { emoji, userId: viewerId };
      let reactions;
      if (had) {
        await tx.write(() => this.messages.removeReaction(messageId, entry));
        reactions = message.reactions.filter((r) => !(r.emoji === emoji && r.userId === viewerId));
      } else {
        if (message.reactions.filter((r) => r.userId === viewerId).length >= MAX_REACTIONS_PER_USER)
          throw AppError.badInput('emoji', `at most ${MAX_REACTIONS_PER_USER} reactions per person on one message`);
        await tx.write(() => this.messages.addReaction(messageId, entry));
        reactions = [...message.reactions, entry];
      }
      const updated = { ...message, reactions };
      tx.cacheMessages(updated);
      tx.publish(memberIdsSeeing(state, message.seq), {
        type: 'reaction',
        chatId: message.chatId,
        messageId,
        userId: viewerId,
        emoji,
        added: add,
        reactions: groupReactions(reactions),
      });
      return messageView(state, updated, viewerId)!;
    });
  }

  /** Forwards into chats the viewer belongs to; the copy names the original sender. */
  async forward(viewerId: string, messageId: string, chatIds: string[]): Promise<MessageDto[]> {
    const message = await this.messages.byId(messageId);
    const source = message ? await this.store.read(message.chatId) : null;
    if (!message || !source?.members[viewerId] || message.hiddenFor.includes(viewerId) || !seesSeq(source, viewerId, message.seq))
      throw AppError.notFound('message');
    if (message.deletedAt) throw AppError.badInput('messageId', 'a deleted message cannot be forwarded');
    if (message.type === 'system') throw AppError.badInput('messageId', 'system messages cannot be forwarded');
    // All targets are checked before anything is written: one bad chat id forwards nothing.
    for (const id of chatIds) await this.chatsService.access(viewerId, id);
    const forwardedFrom = message.forwardedFrom ?? {
      originalMessageId: message.id,
      originalSenderId: message.senderId,
      originalSenderName: await this.directory.name(message.senderId),
    };
    const out: MessageDto[] = [];
    for (const chatId of chatIds) {
      out.push(
        await this.store.write(chatId, async (tx) => {
          this.chatsService.requireMember(tx.state, viewerId);
          return this.writer.append(tx, {
            senderId: viewerId,
            clientId: `forward:${message.id}:${chatId}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
            type: message.type,
            text: message.text,
            attachmentIds: message.attachmentIds,
            forwardedFrom,
          });
        }),
      );
    }
    return out;
  }

  /** Moves the viewer's read position forward (never back); the unread count follows from it. */
  async markRead(viewerId: string, chatId: string, seq: number): Promise<ChatDto> {
    const state = await this.store.write(chatId, async (tx) => {
      const current = this.chatsService.requireMember(tx.state, viewerId);
      const me = current.members[viewerId];
      const target = Math.min(seq, current.lastSeq);
      if (target <= me.lastReadSeq) return current;
      const hidden = me.hidden?.filter((s) => s > target);
      const next = { ...current, members: { ...current.members, [viewerId]: { ...me, lastReadSeq: target, hidden: hidden?.length ? hidden : undefined } } };
      await tx.save(next, {
        set: { [`members.${viewerId}.lastReadSeq`]: target, ...(hidden?.length ? { [`members.${viewerId}.hidden`]: hidden } : {}) },
        unset: me.hidden && !hidden?.length ? [`members.${viewerId}.hidden`] : [],
      });
      tx.publish(memberIds(next), { type: 'read', chatId, userId: viewerId, lastReadSeq: target });
      return next;
    });
    return this.views.one(viewerId, state);
  }

  /**
   * A page of the messages the viewer sees, ascending: the newest (neither seq given), before
   * `beforeSeq` or after `afterSeq`. Seqs are dense, so a page is a range of message ids: the
   * newest ones come from the cache, older ones by `_id`, never from a filter on the collection.
   */
  async list(viewerId: string, chatId: string, before: number | undefined, after: number | undefined, limit: number): Promise<MessagePageReply> {
    const ascending = after !== undefined;
    const from = (s: ChatState) => (ascending ? after + 1 : Math.min(before ?? Infinity, s.lastSeq + 1) - 1);
    const read = await this.store.readMessages(chatId, (s) => seqRange(from(s), ascending ? 1 : -1, limit + 1, s.lastSeq));
    const state = this.chatsService.requireMember(read?.state ?? null, viewerId);
    const found = await this.visibleRun(state, viewerId, from(state), ascending ? 1 : -1, limit + 1, read!.messages);
    const more = found.length > limit;
    const page = found.slice(0, limit);
    if (!ascending) page.reverse();
    let hasMoreBefore: boolean;
    let hasMoreAfter: boolean;
    if (ascending) {
      hasMoreAfter = more;
      hasMoreBefore = page.length ? (await this.visibleRun(state, viewerId, page[0].seq - 1, -1, 1)).length > 0 : after > 0;
    } else {
      hasMoreBefore = more;
      hasMoreAfter = before !== undefined && page.length ? (await this.visibleRun(state, viewerId, page[page.length - 1].seq + 1, 1, 1)).length > 0 : false;
    }
    return { messages: page.map((m) => messageView(state, m, viewerId)!), hasMoreBefore, hasMoreAfter };
  }

  /** Up to `count` messages the viewer sees, walking from seq `start` in `step` direction (1..lastSeq). */
  private async visibleRun(
    state: ChatState,
    viewerId: string,
    start: number,
    step: 1 | -1,
    count: number,
    known = new Map<number, StoredMessage>(),
  ): Promise<StoredMessage[]> {
    const out: StoredMessage[] = [];
    let seq = start;
    while (out.length < count && seq >= 1 && seq <= state.lastSeq) {
      const seqs = seqRange(seq, step, count - out.length, state.lastSeq);
      const missing = seqs.filter((s) => !known.has(s));
      for (const [s, m] of await this.store.messagesOf(state, missing)) known.set(s, m);
      for (const s of seqs) {
        const m = known.get(s);
        if (m && !m.hiddenFor.includes(viewerId) && seesSeq(state, viewerId, m.seq) && out.length < count) out.push(m);
      }
      seq = seqs[seqs.length - 1] + step;
    }
    return out;
  }

  async get(viewerId: string, messageId: string): Promise<MessageDto> {
    const message = await this.messages.byId(messageId);
    const state = message ? await this.store.read(message.chatId) : null;
    const view = message && state?.members[viewerId] ? messageView(state, message, viewerId) : null;
    if (!view) throw AppError.notFound('message');
    return view;
  }

  async search(viewerId: string, query: string, chatId: string | undefined, first: number, after: string | undefined): Promise<SearchReply> {
    let cursor: { at: Date; id: string } | undefined;
    if (after !== undefined) {
      const { key, id } = decodeCursor(after, 'number');
      cursor = { at: new Date(key), id };
    }
    const chats = chatId !== undefined ? [await this.chatsService.access(viewerId, chatId)] : await this.chatsService.chatsOf(viewerId);
    const states = new Map(chats.map((s) => [s.id, s]));
    const { messages: found, more } = await this.messages.search([...states.keys()], viewerId, query, first, cursor);
    // Not what came before the viewer joined a `from_join` group (a page may then hold fewer hits).
    const messages = found.filter((m) => seesSeq(states.get(m.chatId)!, viewerId, m.seq));
    const hitChats = [...new Set(messages.map((m) => m.chatId))].map((id) => states.get(id)!);
    return {
      hits: messages.map((m) => ({
        cursor: encodeCursor(m.createdAt.getTime(), m.id),
        chatId: m.chatId,
        message: messageView(states.get(m.chatId)!, m, viewerId)!,
        highlights: highlightRanges(m.text ?? '', query),
      })),
      chats: await this.views.build(viewerId, hitChats),
      hasNextPage: more,
    };
  }

  /** The chat and seq of a message the viewer may see, read by `_id`; otherwise NOT_FOUND. */
  private async locate(viewerId: string, messageId: string): Promise<{ chatId: string; seq: number }> {
    const message = await this.messages.byId(messageId);
    if (!message || message.hiddenFor.includes(viewerId)) throw AppError.notFound('message');
    return { chatId: message.chatId, seq: message.seq };
  }

  /** Under the chat's lease: the chat and the message as they are now, if the viewer is a member who sees it. */
  private async current(tx: ChatTx, viewerId: string, seq: number): Promise<{ state: ChatState; message: StoredMessage }> {
    const state = tx.state;
    const message = state?.members[viewerId] ? (await tx.messages([seq])).get(seq) : undefined;
    if (!state || !message || message.hiddenFor.includes(viewerId) || !seesSeq(state, viewerId, seq)) throw AppError.notFound('message');
    return { state, message };
  }

  private publishUpdate(tx: ChatTx, state: ChatState, message: StoredMessage): MessageDto {
    tx.cacheMessages(message);
    for (const a of audiencesOf(state, message)) tx.publish(a.userIds, { type: 'message.updated', chatId: message.chatId, message: a.message });
    return toMessageDto(message, readersOf(state), message.replyTo ? state.deletedSeqs.includes(message.replyTo.seq) : false);
  }

  /** Every id names an upload (attachments collection) of the viewer, else BAD_USER_INPUT. */
  async requireOwnUploads(viewerId: string, ids: string[], field: string): Promise<void> {
    const found = await this.attachments.byIds(ids);
    if (found.length !== new Set(ids).size || found.some((a) => a.ownerId !== viewerId))
      throw AppError.badInput(field, 'must name uploads of yours (POST /uploads)');
  }
}

/** Up to `count` seqs from `start` in `step` direction, within 1..lastSeq. */
function seqRange(start: number, step: 1 | -1, count: number, lastSeq: number): number[] {
  const out: number[] = [];
  for (let s = start; out.length < count && s >= 1 && s <= lastSeq; s += step) out.push(s);
  return out;
}
