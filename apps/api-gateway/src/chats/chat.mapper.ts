import type { ChatDto } from '#contracts';
import { toMessage } from '../messages/message.mapper.js';
import { ChatHistory, ChatKind, type Chat } from './models/chat.model.js';

export function toChat(c: ChatDto): Chat {
  return {
    id: c.id,
    kind: c.kind === 'direct' ? ChatKind.DIRECT : ChatKind.GROUP,
    history: c.history === 'from_join' ? ChatHistory.FROM_JOIN : ChatHistory.SHARED,
    groupTitle: c.title ?? null,
    memberRows: c.members,
    lastMessage: c.lastMessage ? toMessage(c.lastMessage) : null,
    lastSeq: c.lastSeq,
    unreadCount: c.unreadCount,
    myLastReadSeq: c.myLastReadSeq,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
  };
}
