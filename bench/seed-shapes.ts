/**
 * THE SHAPE OF THE CHAT SERVICE'S STORED DOCUMENTS, AS THE BENCHMARK SEEDS THEM.
 *
 * `npm run bench -- reads` bulk-inserts most of its messages and chats straight into the database
 * (the MongoDB driver, insertMany) instead of through the API, which would take hours. The
 * documents must be exactly what the chat service writes, or the API would read something it
 * never wrote. This module is the only place that knows that shape:
 *
 *   - apps/chat/src/chats/chat.schema.ts       ChatDoc (collection `chats`: members with their
 *                                              read positions inside the chat), InboxDoc
 *                                              (collection `inboxes`: a user's chat ids)
 *   - apps/chat/src/messages/message.schema.ts MessageDoc (collection `messages`), whose `_id`
 *                                              is derived from (chatId, seq): `messageIdOf`
 *   - apps/chat/src/chats/chats.repository.ts, messages/messages.repository.ts, message-writer.ts:
 *     what a send writes (the message with seq = lastSeq + 1; lastSeq, lastActivityAt and the
 *     sender's lastReadSeq on the chat).
 *
 * The chat service caches chats, newest messages and inboxes in Redis, written only by the lock
 * holder of a chat: after seeding, the benchmark drops those keys (`cacheKeysOf`) so the service
 * reads what was seeded. Checked against documents the service wrote in the same run
 * (`compareShapes`, reported in the result's `shapeCheck`; the smoke test fails when they differ).
 */
import { ObjectId } from 'mongodb';
import { messageIdOf } from '../apps/chat/src/chats/chat-state.js';

export const COLLECTIONS = { chats: 'chats', inboxes: 'inboxes', messages: 'messages' } as const;

export interface MemberEntry {
  role: 'owner' | 'admin' | 'member';
  joinedAt: Date;
  lastReadSeq: number;
}

/** A chat document: field order and types as ChatsRepository.insert writes it. */
export interface ChatDocument {
  _id: ObjectId;
  kind: 'direct' | 'group';
  /** Sorted user-id pair joined by ':' for direct chats; `group:<chatId>` for groups. */
  directKey: string;
  lastSeq: number;
  lastActivityAt: Date;
  createdAt: Date;
  members: Record<string, MemberEntry>;
  former: Record<string, never>;
  deletedSeqs: number[];
}

export interface InboxDocument {
  _id: string;
  chatIds: string[];
}

export interface MessageDocument {
  _id: ObjectId;
  chatId: string;
  seq: number;
  senderId: string;
  clientId: string;
  type: 'text' | 'image' | 'system';
  text: string;
  attachmentIds: string[];
  reactions: Array<{ emoji: string; userId: string }>;
  edits: Array<{ text: string; editedAt: Date }>;
  hiddenFor: string[];
  createdAt: Date;
}

/** A direct chat between two users (ids as hex strings) after `lastSeq` messages, with each member's read position. */
export function directChatDoc(c: {
  id: ObjectId;
  userA: string;
  userB: string;
  createdAt: Date;
  lastSeq: number;
  lastActivityAt: Date;
  lastReadSeq: Record<string, number>;
}): ChatDocument {
  const member = (u: string): MemberEntry => ({ role: 'member', joinedAt: c.createdAt, lastReadSeq: c.lastReadSeq[u] ?? 0 });
  return {
    _id: c.id,
    kind: 'direct',
    directKey: [c.userA, c.userB].sort().join(':'),
    lastSeq: c.lastSeq,
    lastActivityAt: c.lastActivityAt,
    createdAt: c.createdAt,
    members: { [c.userA]: member(c.userA), [c.userB]: member(c.userB) },
    former: {},
    deletedSeqs: [],
  };
}

/** A text message as sendMessage stores it: its id follows from (chatId, seq). */
export function textMessageDoc(m: { chatId: ObjectId; seq: number; senderId: string; clientId: string; text: string; createdAt: Date }): MessageDocument {
  return {
    _id: new ObjectId(messageIdOf(m.chatId.toHexString(), m.seq)),
    chatId: m.chatId.toHexString(),
    seq: m.seq,
    senderId: m.senderId,
    clientId: m.clientId,
    type: 'text',
    text: m.text,
    attachmentIds: [],
    reactions: [],
    edits: [],
    hiddenFor: [],
    createdAt: m.createdAt,
  };
}

/** The Redis keys the chat service caches these chats and users under: dropped after seeding. */
export function cacheKeysOf(chatIds: string[], userIds: string[]): string[] {
  return [...chatIds.flatMap((id) => [`parley:chat:${id}`, `parley:chat-window:${id}`]), ...userIds.map((id) => `parley:inbox:${id}`)];
}

/**
 * Read state of one member after a chat's messages, the way the service keeps it: a member's
 * own send marks everything up to it read; the unread count is the others' messages after
 * `lastReadSeq` (none deleted or hidden here).
 */
export function readState(senders: string[], userId: string, lastReadSeq: number): { lastReadSeq: number; unreadCount: number } {
  // senders[seq - 1] is the sender of message `seq`.
  let own = 0;
  for (let s = senders.length; s >= 1; s--)
    if (senders[s - 1] === userId) {
      own = s;
      break;
    }
  const read = Math.max(lastReadSeq, own);
  let unread = 0;
  for (let s = read + 1; s <= senders.length; s++) if (senders[s - 1] !== userId) unread++;
  return { lastReadSeq: read, unreadCount: unread };
}

/** Field names and BSON-ish types of a document, in order, nested documents included: `name:Type`. */
export function shapeOf(doc: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(doc).flatMap(([key, v]) => {
    // Documents keyed by user id (a chat's members) have the same shape whatever the ids.
    const k = /^[0-9a-f]{24}$/.test(key) ? '<id>' : key;
    let t: string;
    if (v === null) t = 'null';
    else if (Array.isArray(v)) t = 'Array';
    else if (v instanceof Date) t = 'Date';
    else if (v instanceof ObjectId) t = 'ObjectId';
    else if (typeof v === 'number') t = Number.isInteger(v) ? 'Int' : 'Double';
    else if (typeof v === 'object') return [`${prefix}${k}:object`, ...shapeOf(v as Record<string, unknown>, `${prefix}${k}.`)];
    else t = typeof v;
    return [`${prefix}${k}:${t}`];
  });
}

/** Differences between the shape of a seeded document and one the service wrote; empty when they match. */
export function compareShapes(what: string, seeded: Record<string, unknown>, written: Record<string, unknown>): string[] {
  const a = [...new Set(shapeOf(seeded))];
  const b = [...new Set(shapeOf(written))];
  const out: string[] = [];
  for (const f of b) if (!a.includes(f)) out.push(`${what}: the service writes ${f}, the seed does not`);
  for (const f of a) if (!b.includes(f)) out.push(`${what}: the seed writes ${f}, the service does not`);
  if (!out.length && a.join(',') !== b.join(',')) out.push(`${what}: field order differs (seed ${a.join(',')}; service ${b.join(',')})`);
  return out;
}
