import type { MessageDto, MessageTypeValue } from '#contracts';
import { MessageType, type Message } from './models/message.model.js';

const TYPES: Record<MessageTypeValue, MessageType> = { text: MessageType.TEXT, image: MessageType.IMAGE, system: MessageType.SYSTEM };

export function toMessage(m: MessageDto): Message {
  return {
    id: m.id,
    chatId: m.chatId,
    seq: m.seq,
    clientId: m.clientId ?? null,
    senderId: m.senderId,
    type: TYPES[m.type],
    text: m.text,
    attachmentIds: m.attachmentIds,
    replyTo: m.replyTo
      ? {
          id: m.replyTo.id,
          seq: m.replyTo.seq,
          senderId: m.replyTo.senderId,
          type: TYPES[m.replyTo.type],
          text: m.replyTo.text ?? null,
          deleted: m.replyTo.deleted,
        }
      : null,
    forwarded: m.forwarded
      ? {
          originalMessageId: m.forwarded.originalMessageId ?? null,
          originalSenderId: m.forwarded.originalSenderId ?? null,
          originalSenderName: m.forwarded.originalSenderName,
        }
      : null,
    reactions: m.reactions.map((r) => ({ emoji: r.emoji, userIds: r.userIds, count: r.userIds.length })),
    seenBy: m.seenBy,
    editedAt: m.editedAt ? new Date(m.editedAt) : null,
    editHistory: m.edits.map((e) => ({ text: e.text, editedAt: new Date(e.editedAt) })),
    deleted: m.deleted,
    deletedAt: m.deletedAt ? new Date(m.deletedAt) : null,
    createdAt: new Date(m.createdAt),
  };
}
