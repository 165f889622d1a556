import { Injectable } from '@nestjs/common';
import { EventsPublisher } from '#common';
import { AppError, ErrorCode, type ReactionChange, type UserEvent } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import { toChat } from '../chats/chat.mapper.js';
import type { Chat } from '../chats/models/chat.model.js';
import { toMessage } from './message.mapper.js';
import type { SendMessageInput } from './dto/send-message.input.js';
import type { Message, MessagePage } from './models/message.model.js';
import type { SearchConnection } from './models/search.model.js';
import { connectionOf } from '../graphql/connection.js';

/** The gateway side of messages: NATS requests to the chat service, mapped to the GraphQL types. */
@Injectable()
export class GatewayMessages {
  constructor(
    private readonly chat: ChatClient,
    private readonly events: EventsPublisher,
  ) {}

  async page(viewerId: string, chatId: string, beforeSeq: number | null, afterSeq: number | null, limit: number): Promise<MessagePage> {
    const page = await this.chat.messages(viewerId, chatId, beforeSeq, afterSeq, limit);
    return { messages: page.messages.map(toMessage), hasMoreBefore: page.hasMoreBefore, hasMoreAfter: page.hasMoreAfter };
  }

  /** null when the message does not exist or is not the viewer's to see. */
  async get(viewerId: string, messageId: string): Promise<Message | null> {
    try {
      return toMessage(await this.chat.message(viewerId, messageId));
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
      throw err;
    }
  }

  async search(viewerId: string, query: string, chatId: string | null, first: number, after: string | null): Promise<SearchConnection> {
    const r = await this.chat.searchMessages(viewerId, query, chatId, first, after);
    const chats = new Map<string, Chat>(r.chats.map((c) => [c.id, toChat(c)]));
    return connectionOf(
      r.hits.map((h) => ({ cursor: h.cursor, node: { message: toMessage(h.message), chat: chats.get(h.chatId)!, highlights: h.highlights } })),
      after,
      r.hasNextPage,
    );
  }

  async send(viewerId: string, input: SendMessageInput): Promise<Message> {
    return toMessage(await this.chat.sendMessage(viewerId, input));
  }

  async react(viewerId: string, messageId: string, emoji: string, change: ReactionChange): Promise<Message> {
    return toMessage(await this.chat.react(viewerId, messageId, emoji, change));
  }

  async edit(viewerId: string, messageId: string, text: string): Promise<Message> {
    return toMessage(await this.chat.editMessage(viewerId, messageId, text));
  }

  async delete(viewerId: string, messageId: string, forEveryone: boolean): Promise<Message> {
    return toMessage(await this.chat.deleteMessage(viewerId, messageId, forEveryone));
  }

  async forward(viewerId: string, messageId: string, chatIds: string[]): Promise<Message[]> {
    return (await this.chat.forwardMessage(viewerId, messageId, chatIds)).map(toMessage);
  }

  async markRead(viewerId: string, chatId: string, seq: number): Promise<Chat> {
    return toChat(await this.chat.markRead(viewerId, chatId, seq));
  }

  /** Typing is not stored: the chat service confirms membership, then the event goes straight to the other members. */
  async setTyping(viewerId: string, chatId: string, isTyping: boolean): Promise<boolean> {
    const userIds = await this.chat.memberIds(viewerId, chatId);
    const event: UserEvent = { type: 'typing', chatId, userId: viewerId, isTyping };
    this.events.publish(
      userIds.filter((u) => u !== viewerId),
      event,
    );
    return true;
  }
}
