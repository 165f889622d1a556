import { createHash } from 'node:crypto';
import type { ChatDto, MemberRoleValue } from '#contracts';
import type { ChatDoc, ChatKindValue } from './chat.schema.js';

/** A current member as the caches and services see it (times in ms since the epoch). */
export interface MemberState {
  role: MemberRoleValue;
  joinedAt: number;
  lastReadSeq: number;
  hidden?: number[];
  /** Messages up to this seq are not for this member (added to a `from_join` group); absent: all. */
  fromSeq?: number;
}

export interface FormerMemberState {
  role: MemberRoleValue;
  joinedAt: number;
  leftAt: number;
  lastReadSeq: number;
}

/** A chat document in plain JSON: what the cache holds and every chat operation starts from. */
export interface ChatState {
  id: string;
  kind: ChatKindValue;
  directKey: string;
  /** See ChatDoc.history; absent: shared. */
  history?: 'from_join';
  title?: string;
  avatarId?: string;
  lastSeq: number;
  lastActivityAt: number;
  createdAt: number;
  members: Record<string, MemberState>;
  former: Record<string, FormerMemberState>;
  /** Every seq deleted for everyone, ascending: for unread counts and for replies quoting them. */
  deletedSeqs: number[];
  /** See ChatDoc.legacyThroughSeq. */
  legacyThroughSeq?: number;
  /**
   * Sends are cached before the chat document hears of them (see MessageWriter): lastSeq as the
   * database has it (absent: the same as lastSeq), and the members whose read position moved by
   * sending since. The messages themselves are stored, so a chat read again from the database
   * recovers both (ChatStore.loadState).
   */
  persistedSeq?: number;
  unsavedReaders?: string[];
}

/** One member's id and read position: what `seenBy` is computed from. */
export interface Reader {
  userId: string;
  lastReadSeq: number;
}

export type MemberRow = MemberState & { userId: string };

const ms = (d: Date | string | number) => new Date(d).getTime();

export function stateOf(d: ChatDoc): ChatState {
  const members: Record<string, MemberState> = {};
  for (const [userId, m] of Object.entries(d.members ?? {})) {
    members[userId] = {
      role: m.role,
      joinedAt: ms(m.joinedAt),
      lastReadSeq: m.lastReadSeq,
      ...(m.hidden?.length ? { hidden: m.hidden } : {}),
      ...(m.fromSeq ? { fromSeq: m.fromSeq } : {}),
    };
  }
  const former: Record<string, FormerMemberState> = {};
  for (const [userId, f] of Object.entries(d.former ?? {})) {
    former[userId] = { role: f.role, joinedAt: ms(f.joinedAt), leftAt: ms(f.leftAt), lastReadSeq: f.lastReadSeq };
  }
  return {
    id: d._id.toHexString(),
    kind: d.kind,
    directKey: d.directKey,
    ...(d.history === 'from_join' ? { history: 'from_join' as const } : {}),
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.avatarId !== undefined ? { avatarId: d.avatarId } : {}),
    lastSeq: d.lastSeq,
    lastActivityAt: ms(d.lastActivityAt),
    createdAt: ms(d.createdAt),
    members,
    former,
    deletedSeqs: d.deletedSeqs ?? [],
    ...(d.legacyThroughSeq ? { legacyThroughSeq: d.legacyThroughSeq } : {}),
  };
}

/** Current members, longest-serving first. */
export function memberRows(state: ChatState): MemberRow[] {
  return Object.entries(state.members)
    .map(([userId, m]) => ({ userId, ...m }))
    .sort((a, b) => a.joinedAt - b.joinedAt || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

export const memberIds = (state: ChatState): string[] => memberRows(state).map((m) => m.userId);

/** Whether message `seq` is for member `userId`: members added to a `from_join` group see only what came after. */
export const seesSeq = (state: ChatState, userId: string, seq: number): boolean => seq > (state.members[userId]?.fromSeq ?? 0);

/** The members message `seq` is for (events about it go to them only). */
export const memberIdsSeeing = (state: ChatState, seq: number): string[] => memberIds(state).filter((u) => seesSeq(state, u, seq));

export const readersOf = (state: ChatState): Reader[] => Object.entries(state.members).map(([userId, m]) => ({ userId, lastReadSeq: m.lastReadSeq }));

/**
 * Unread messages of a member: every seq above their read position is someone else's message
 * (sending moves the sender's position to the new message), less those deleted for everyone
 * and those the member deleted for themselves. Exact, and no write per member per message.
 */
export function unreadOf(state: ChatState, userId: string, lastReadSeq = state.members[userId]?.lastReadSeq ?? state.lastSeq): number {
  if (lastReadSeq >= state.lastSeq) return 0;
  const skipped = new Set<number>();
  for (const s of state.deletedSeqs) if (s > lastReadSeq && s <= state.lastSeq) skipped.add(s);
  for (const s of state.members[userId]?.hidden ?? []) if (s > lastReadSeq && s <= state.lastSeq) skipped.add(s);
  return state.lastSeq - lastReadSeq - skipped.size;
}

/**
 * The id of message `seq` of a chat: derived, so the newest message and any page are read by
 * `_id` (the only filter FerretDB's SQLite backend answers without reading the whole
 * collection), and a second writer of one seq fails on the primary key. 12 bytes of
 * SHA-256("<chatId>:<seq>"), an ObjectId-shaped id like every other id of Parley.
 */
export function messageIdOf(chatId: string, seq: number): string {
  return createHash('sha256').update(`${chatId}:${seq}`).digest('hex').slice(0, 24);
}

/** The id of the direct chat of a sorted user pair, derived like message ids, so it is found by `_id`. */
export function directChatIdOf(directKey: string): string {
  return createHash('sha256').update(`direct:${directKey}`).digest('hex').slice(0, 24);
}

/** The chat as one member (or a member who just left) sees it. */
export function chatDtoOf(state: ChatState, viewerId: string, lastMessage: ChatDto['lastMessage']): ChatDto {
  const me = state.members[viewerId];
  const former = me ? undefined : state.former[viewerId];
  const myLastReadSeq = me?.lastReadSeq ?? former?.lastReadSeq ?? 0;
  return {
    id: state.id,
    kind: state.kind,
    history: state.history ?? 'shared',
    title: state.title,
    avatarId: state.avatarId,
    members: memberRows(state).map((m) => ({ userId: m.userId, role: m.role, lastReadSeq: m.lastReadSeq, joinedAt: new Date(m.joinedAt).toISOString() })),
    lastMessage,
    lastSeq: state.lastSeq,
    unreadCount: me ? unreadOf(state, viewerId) : 0,
    myLastReadSeq,
    createdAt: new Date(state.createdAt).toISOString(),
    updatedAt: new Date(state.lastActivityAt).toISOString(),
  };
}
