import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MessageDto } from '#contracts';
import type { ChatTx } from '../chats/chat-store.js';
import { messageIdOf, readersOf, type ChatState } from '../chats/chat-state.js';
import type { ChatChange } from '../chats/chats.repository.js';
import { audiencesOf, toMessageDto } from './message.mapper.js';
import type { ForwardSnapshot, MessageTypeValue, ReplySnapshot } from './message.schema.js';
import { MessagesRepository, type StoredMessage } from './messages.repository.js';

export interface NewMessage {
  senderId: string;
  clientId?: string;
  type: MessageTypeValue;
  text?: string;
  attachmentIds?: string[];
  replyTo?: ReplySnapshot;
  forwardedFrom?: ForwardSnapshot;
}

/**
 * The chat document is written at least every this many sends: a chat read again from the
 * database (its cache lost) finds at most this many messages to take into it by `_id`.
 */
export const CHAT_WRITE_EVERY = 16;

/**
 * Appends a message to a chat whose lock the caller holds (`tx`): the next seq is the chat's
 * lastSeq + 1 and the message's id follows from it (`messageIdOf`). One database command, by
 * `_id`, whatever the size of the chat: the insert. What the send changes in the chat (lastSeq,
 * the activity time, the sender's read position) goes to the cached state; the chat document
 * takes it with its next write, at the latest every CHAT_WRITE_EVERY sends, or at once when the
 * caller changes the chat too (`also`). Nothing is lost meanwhile: the stored messages say it
 * all (ChatStore.loadState). A duplicate (senderId, clientId) fails the insert and changes
 * nothing. `message.created` goes to every member once the write is complete; it is the
 * sender's read receipt too (`senderRead`), as the send moves their read position.
 */
@Injectable()
export class MessageWriter {
  constructor(private readonly messages: MessagesRepository) {}

  async append(tx: ChatTx, m: NewMessage, at = new Date(), also?: { state: ChatState; change: ChatChange }): Promise<MessageDto> {
    const base = also?.state ?? tx.state;
    if (!base) throw new Error('append needs an existing chat');
    const seq = base.lastSeq + 1;
    const stored: StoredMessage = {
      id: messageIdOf(base.id, seq),
      chatId: base.id,
      seq,
      senderId: m.senderId,
      // SYSTEM messages get a generated clientId so the unique (senderId, clientId) index always sees a value.
      clientId: m.clientId ?? `system:${randomUUID()}`,
      type: m.type,
      text: m.text,
      attachmentIds: m.attachmentIds ?? [],
      replyTo: m.replyTo,
      forwardedFrom: m.forwardedFrom,
      reactions: [],
      edits: [],
      hiddenFor: [],
      createdAt: at,
    };
    await tx.write(() => this.messages.insert(stored));
    const sender = base.members[m.senderId];
    const persistedSeq = base.persistedSeq ?? base.lastSeq;
    const next: ChatState = {
      ...base,
      lastSeq: seq,
      lastActivityAt: at.getTime(),
      members: sender ? { ...base.members, [m.senderId]: { ...sender, lastReadSeq: seq, hidden: undefined } } : base.members,
      persistedSeq,
      unsavedReaders: sender ? [...new Set([...(base.unsavedReaders ?? []), m.senderId])] : base.unsavedReaders,
    };
    if (also || seq - persistedSeq >= CHAT_WRITE_EVERY) await tx.save(next, also?.change ?? {});
    else tx.keep(next);
    tx.cacheMessages(stored);
    for (const a of audiencesOf(next, stored)) tx.publish(a.userIds, { type: 'message.created', chatId: base.id, message: a.message, senderRead: !!sender });
    return toMessageDto(stored, readersOf(next));
  }
}
