import { randomUUID } from 'node:crypto';
import { EventsPublisher } from '@app/common';
import { Injectable } from '@nestjs/common';
import type { MessageDto } from '@app/contracts';
import { ChatsRepository, newId, type Membership } from '../chats/chats.repository.js';
import { toMessageDto } from './message.mapper.js';
import type { ForwardSnapshot, MessageTypeValue, ReplySnapshot } from './message.schema.js';
import { MessagesRepository } from './messages.repository.js';

export interface NewMessage {
  chatId: string;
  senderId: string;
  clientId?: string;
  type: MessageTypeValue;
  text?: string;
  attachmentIds?: string[];
  replyTo?: ReplySnapshot;
  forwardedFrom?: ForwardSnapshot;
}

/**
 * Appends a message to a chat: takes the next seq, inserts, then updates the chat's newest
 * message, the other members' unread counts and list order and the sender's read position,
 * and publishes `message.created` to every member. Callers hold the chat lock and pass the
 * current members.
 *
 * Database commands: seq ($inc) 1, insert 1, then 3 in parallel (chat, one updateMany for all
 * other members, the sender's membership), whatever the size of the chat. The insert comes
 * before the counters, so a duplicate (senderId, clientId) changes nothing but a skipped seq.
 */
@Injectable()
export class MessageWriter {
  constructor(
    private readonly chats: ChatsRepository,
    private readonly messages: MessagesRepository,
    private readonly events: EventsPublisher,
  ) {}

  async append(m: NewMessage, members: Membership[], at = new Date()): Promise<MessageDto> {
    const id = newId();
    const seq = await this.chats.takeSeq(m.chatId);
    const stored = {
      id,
      chatId: m.chatId,
      seq,
      senderId: m.senderId,
      // SYSTEM messages get a generated clientId so the unique (senderId, clientId) index always sees a value.
      clientId: m.clientId ?? `system:${randomUUID()}`,
      type: m.type,
      text: m.text,
      attachmentIds: m.attachmentIds ?? [],
      replyTo: m.replyTo,
      forwardedFrom: m.forwardedFrom,
      createdAt: at,
    };
    await this.messages.insert(stored);
    await Promise.all([this.chats.setLastMessage(m.chatId, id, at), this.chats.recordMessage(m.chatId, m.senderId, seq, at)]);
    const after = members.map((x) => (x.userId === m.senderId ? { ...x, lastReadSeq: seq } : x));
    const dto = toMessageDto({ ...stored, reactions: [], edits: [], hiddenFor: [] }, after);
    this.events.publish(
      members.map((x) => x.userId),
      { type: 'message.created', chatId: m.chatId, message: dto },
    );
    return dto;
  }
}
