import { Injectable } from '@nestjs/common';
import type { ChatDto } from '@app/contracts';
import { toMessageDto } from '../messages/message.mapper.js';
import { MessagesRepository } from '../messages/messages.repository.js';
import { ChatsRepository, type Chat, type Membership } from './chats.repository.js';

/**
 * Builds chats as one member sees them, for any number of chats in a fixed number of queries:
 * members of all chats (1), their last messages (1).
 */
@Injectable()
export class ChatViews {
  constructor(
    private readonly chats: ChatsRepository,
    private readonly messages: MessagesRepository,
  ) {}

  async build(viewerId: string, chats: Chat[], mine: Membership[]): Promise<ChatDto[]> {
    const ids = chats.map((c) => c.id);
    const [members, lastMessages] = await Promise.all([
      this.chats.membersOf(ids),
      this.messages.byIds(chats.map((c) => c.lastMessageId).filter((id): id is string => Boolean(id))),
    ]);
    const membersByChat = new Map<string, Membership[]>();
    for (const m of members) membersByChat.set(m.chatId, [...(membersByChat.get(m.chatId) ?? []), m]);
    const last = new Map(lastMessages.map((m) => [m.id, m]));
    const myRow = new Map(mine.map((m) => [m.chatId, m]));
    return chats.map((c) => {
      const list = membersByChat.get(c.id) ?? [];
      const me = myRow.get(c.id);
      const lm = c.lastMessageId ? last.get(c.lastMessageId) : undefined;
      return {
        id: c.id,
        kind: c.kind,
        title: c.title,
        avatarId: c.avatarId,
        members: list.map((m) => ({ userId: m.userId, role: m.role, lastReadSeq: m.lastReadSeq, joinedAt: m.joinedAt.toISOString() })),
        lastMessage: lm && !lm.hiddenFor.includes(viewerId) ? toMessageDto(lm, list) : null,
        lastSeq: c.lastSeq,
        unreadCount: me?.unreadCount ?? 0,
        myLastReadSeq: me?.lastReadSeq ?? 0,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      };
    });
  }

  async one(viewerId: string, chat: Chat, mine: Membership): Promise<ChatDto> {
    return (await this.build(viewerId, [chat], [mine]))[0];
  }
}
