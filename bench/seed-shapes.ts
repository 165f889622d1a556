/**
 * THE SHAPE OF THE CHAT SERVICE'S STORED DOCUMENTS, AS THE BENCHMARK SEEDS THEM.
 *
 * `npm run bench -- reads` bulk-inserts most of its messages, chats and memberships straight into
 * the database (the MongoDB driver, insertMany) instead of through the API, which would take hours.
 * The documents must be exactly what the chat service writes today, or the API would read
 * something it never wrote. This module is the only place that knows that shape:
 *
 *   - apps/chat/src/chats/chat.schema.ts       ChatDoc (collection `chats`, timestamps on),
 *                                              MembershipDoc (collection `memberships`)
 *   - apps/chat/src/messages/message.schema.ts MessageDoc (collection `messages`)
 *   - apps/chat/src/chats/chats.repository.ts and messages/messages.repository.ts, message-writer.ts:
 *     what a send writes (seq from the chat's lastSeq, lastMessageId/lastActivityAt on the chat,
 *     others' unreadCount +1 and everyone's lastMessageAt, the sender's lastReadSeq = seq).
 *
 * Checked against documents the service wrote in the same run (`compareShapes`, reported in the
 * result's `shapeCheck`; the smoke test fails when they differ). When the chat service's storage
 * changes (it is being redesigned), change this module, and nothing else in bench/.
 */
import { ObjectId } from 'mongodb';

export const COLLECTIONS = { chats: 'chats', memberships: 'memberships', messages: 'messages' } as const;

/** A chat document: field order and types as Mongoose writes ChatDoc. */
export interface ChatDocument {
  _id: ObjectId;
  kind: 'direct' | 'group';
  /** Sorted user-id pair joined by ':' for direct chats; `group:<chatId>` for groups. */
  directKey: string;
  title?: string;
  lastSeq: number;
  lastActivityAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** Hex id of the newest message; absent while the chat has none. */
  lastMessageId?: string;
}

export interface MembershipDocument {
  _id: ObjectId;
  chatId: string;
  userId: string;
  role: 'owner' | 'admin' | 'member';
  lastReadSeq: number;
  unreadCount: number;
  lastMessageAt: Date;
  joinedAt: Date;
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

/** A direct chat between two users (ids as hex strings). */
export function directChatDoc(c: {
  id: ObjectId;
  userA: string;
  userB: string;
  createdAt: Date;
  lastSeq: number;
  lastMessage?: { id: ObjectId; at: Date };
}): ChatDocument {
  const doc: ChatDocument = {
    _id: c.id,
    kind: 'direct',
    directKey: [c.userA, c.userB].sort().join(':'),
    lastSeq: c.lastSeq,
    lastActivityAt: c.lastMessage?.at ?? c.createdAt,
    createdAt: c.createdAt,
    // Mongoose's timestamps set updatedAt on every update of the chat: the last send's.
    updatedAt: c.lastMessage?.at ?? c.createdAt,
  };
  if (c.lastMessage) doc.lastMessageId = c.lastMessage.id.toHexString();
  return doc;
}

/** A membership row. `lastMessageAt` is the chat's last activity (the list order). */
export function membershipDoc(m: {
  chatId: ObjectId;
  userId: string;
  role?: MembershipDocument['role'];
  lastReadSeq: number;
  unreadCount: number;
  lastMessageAt: Date;
  joinedAt: Date;
}): MembershipDocument {
  return {
    _id: new ObjectId(),
    chatId: m.chatId.toHexString(),
    userId: m.userId,
    role: m.role ?? 'member',
    lastReadSeq: m.lastReadSeq,
    unreadCount: m.unreadCount,
    lastMessageAt: m.lastMessageAt,
    joinedAt: m.joinedAt,
  };
}

/** A text message as sendMessage stores it. */
export function textMessageDoc(m: {
  id: ObjectId;
  chatId: ObjectId;
  seq: number;
  senderId: string;
  clientId: string;
  text: string;
  createdAt: Date;
}): MessageDocument {
  return {
    _id: m.id,
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

/**
 * Unread state of one member after a chat's messages, the way the service keeps it: a member's
 * own send marks everything up to it read; `unreadCount` counts the others' messages after
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

/** Field names and BSON-ish types of a document, in order: `name:Type`. */
export function shapeOf(doc: Record<string, unknown>): string[] {
  return Object.entries(doc).map(([k, v]) => {
    let t: string;
    if (v === null) t = 'null';
    else if (Array.isArray(v)) t = 'Array';
    else if (v instanceof Date) t = 'Date';
    else if (v instanceof ObjectId) t = 'ObjectId';
    else if (typeof v === 'number') t = Number.isInteger(v) ? 'Int' : 'Double';
    else t = typeof v;
    return `${k}:${t}`;
  });
}

/** Differences between the shape of a seeded document and one the service wrote; empty when they match. */
export function compareShapes(what: string, seeded: Record<string, unknown>, written: Record<string, unknown>): string[] {
  const a = shapeOf(seeded);
  const b = shapeOf(written);
  const out: string[] = [];
  for (const f of b) if (!a.includes(f)) out.push(`${what}: the service writes ${f}, the seed does not`);
  for (const f of a) if (!b.includes(f)) out.push(`${what}: the seed writes ${f}, the service does not`);
  if (!out.length && a.join(',') !== b.join(',')) out.push(`${what}: field order differs (seed ${a.join(',')}; service ${b.join(',')})`);
  return out;
}
