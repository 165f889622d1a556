import type { MessageDto, MessagePreviewDto, ReactionGroupDto } from '#contracts';
import { memberIdsSeeing, readersOf, seesSeq, type ChatState, type Reader } from '../chats/chat-state.js';
import type { StoredMessage } from './messages.repository.js';

const TYPES = { text: 'text', image: 'image', system: 'system' } as const;

export function groupReactions(entries: Array<{ emoji: string; userId: string }>): ReactionGroupDto[] {
  const groups = new Map<string, string[]>();
  for (const r of entries) {
    const ids = groups.get(r.emoji) ?? [];
    if (!ids.includes(r.userId)) ids.push(r.userId);
    groups.set(r.emoji, ids);
  }
  return [...groups].map(([emoji, userIds]) => ({ emoji, userIds }));
}

export function toPreview(m: StoredMessage): MessagePreviewDto {
  const deleted = Boolean(m.deletedAt);
  return { id: m.id, seq: m.seq, senderId: m.senderId, type: m.type, text: deleted ? undefined : m.text?.slice(0, 200), deleted };
}

/**
 * The message as members see it; `readers` are the chat's current members, for seenBy.
 * `quoteDeleted`: the message it replies to has been deleted for everyone since (its snapshot
 * text is then not shown).
 */
export function toMessageDto(m: StoredMessage, readers: Reader[], quoteDeleted = false): MessageDto {
  const deleted = Boolean(m.deletedAt);
  const replyDeleted = quoteDeleted || Boolean(m.replyTo?.deleted);
  return {
    id: m.id,
    chatId: m.chatId,
    seq: m.seq,
    clientId: m.type === 'system' ? undefined : m.clientId,
    senderId: m.senderId,
    type: TYPES[m.type],
    text: deleted ? null : (m.text ?? null),
    attachmentIds: deleted ? [] : m.attachmentIds,
    replyTo: m.replyTo ? { ...m.replyTo, text: replyDeleted ? undefined : m.replyTo.text, deleted: replyDeleted } : undefined,
    forwarded: m.forwardedFrom,
    reactions: deleted ? [] : groupReactions(m.reactions),
    seenBy: readers.filter((x) => x.userId !== m.senderId && x.lastReadSeq >= m.seq).map((x) => x.userId),
    editedAt: m.editedAt?.toISOString(),
    edits: deleted ? [] : m.edits.map((e) => ({ text: e.text, editedAt: new Date(e.editedAt).toISOString() })),
    deleted,
    deletedAt: m.deletedAt?.toISOString(),
    createdAt: m.createdAt.toISOString(),
  };
}

/**
 * Who an event about message `m` goes to, and as what: members who cannot see it (added to a
 * `from_join` group after it) get nothing; members who see it but not the message it quotes get
 * it with the quote unavailable.
 */
export function audiencesOf(state: ChatState, m: StoredMessage): Array<{ userIds: string[]; message: MessageDto }> {
  const readers = readersOf(state);
  const seeing = memberIdsSeeing(state, m.seq);
  const replyTo = m.replyTo;
  if (!replyTo) return [{ userIds: seeing, message: toMessageDto(m, readers) }];
  const full = seeing.filter((u) => seesSeq(state, u, replyTo.seq));
  const masked = seeing.filter((u) => !seesSeq(state, u, replyTo.seq));
  const out = [{ userIds: full, message: toMessageDto(m, readers, state.deletedSeqs.includes(replyTo.seq)) }];
  if (masked.length) out.push({ userIds: masked, message: toMessageDto(m, readers, true) });
  return out;
}
