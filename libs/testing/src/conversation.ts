import type { Client } from 'graphql-ws';
import { as, asOk, login, uniqueEmail, type Session } from './accounts.js';
import { pageOf, send } from './chat-ops.js';
import type { PresenceSubscription, ReactionsSubscription, ReadReceiptsSubscription, TypingSubscription } from './gql/graphql.js';
import { connect, Subscription, unchecked } from './graphql.js';
import { sleep } from './processes.js';
import {
  ADD_MEMBERS,
  CHAT,
  CHAT_UPDATED,
  CHATS,
  DELETE_MESSAGE,
  EDIT_MESSAGE,
  FORWARD_MESSAGE,
  LEAVE_CHAT,
  MARK_READ,
  ME,
  MESSAGE,
  MESSAGE_UPDATED,
  NEW_MESSAGE,
  PRESENCE,
  REACTIONS,
  READ_RECEIPTS,
  REMOVE_MEMBER,
  RENAME_GROUP,
  SEARCH_MESSAGES,
  SET_TYPING,
  TOGGLE_REACTION,
  TYPING,
  USER,
  type ChatView,
  type MessageView,
  type ReactionView,
} from './operations.js';
import { Stack, type StackOptions } from './stack.js';

/**
 * Three users, A, B and C, talking over graphql-ws: each keeps one client with all seven
 * subscriptions (no chatId filter) open, plus the chatId-filtered ones a test adds; after each
 * step `expectEvents` compares the events of every subscription of every user with the exact
 * expected counts, after a short quiet period, so an event that reaches a wrong user fails.
 */

export type Who = 'A' | 'B' | 'C';
export const WHO: readonly Who[] = ['A', 'B', 'C'];
/** How long to wait for stray events after the expected ones arrived. */
export const QUIET_MS = 300;
/** The bounded wait of "receives nothing" checks. */
export const SILENCE_MS = 1500;
/** Time for the gateway to register subscriptions that were just sent. */
export const SETTLE_MS = 500;

/** The seven subscriptions, by their field; all but presence and chatUpdated take a chatId filter. */
export const SUBSCRIPTIONS = {
  newMessage: NEW_MESSAGE,
  messageUpdated: MESSAGE_UPDATED,
  reactions: REACTIONS,
  typing: TYPING,
  readReceipts: READ_RECEIPTS,
  presence: PRESENCE,
  chatUpdated: CHAT_UPDATED,
};

export type ReactionEventView = ReactionsSubscription['reactions'];
export type TypingEventView = TypingSubscription['typing'];
export type ReadReceiptView = ReadReceiptsSubscription['readReceipts'];
export type PresenceView = PresenceSubscription['presence'];

/** The event each subscription delivers, by its field. */
interface Events {
  newMessage: MessageView;
  messageUpdated: MessageView;
  reactions: ReactionEventView;
  typing: TypingEventView;
  readReceipts: ReadReceiptView;
  presence: PresenceView;
  chatUpdated: ChatView;
}
export type Feed = keyof Events;
/** A subscription of one user: its field, or `field@name` for one filtered to a chat. */
export type FeedKey = Feed | `${Feed}@${string}`;
type EventOf<K extends FeedKey> = K extends `${infer F extends Feed}@${string}` ? Events[F] : K extends Feed ? Events[K] : never;

interface FeedState {
  sub: Subscription<Record<string, unknown>>;
  field: Feed;
  seen: number;
  /** The chat it is filtered to, if any. */
  chatId?: string;
}

/** One user's graphql-ws client and its subscriptions, each with a read position. */
export class Inbox {
  readonly feeds = new Map<FeedKey, FeedState>();
  open = true;
  constructor(readonly client: Client) {}

  /** Opens the subscription `key` names: its field's, filtered to `chatId` when given. */
  add(key: FeedKey, chatId?: string): void {
    if (this.feeds.has(key)) throw new Error(`there is a subscription ${key} already`);
    const field = key.split('@')[0] as Feed;
    const document = unchecked(SUBSCRIPTIONS[field]);
    this.feeds.set(key, { sub: new Subscription(this.client, document, chatId ? { chatId } : {}), field, seen: 0, chatId });
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    for (const f of this.feeds.values()) f.sub.close();
    await this.client.dispose();
  }
}

export type Counts = Partial<Record<Who, Partial<Record<FeedKey, number>>>>;
/** The same counts for A, B and C. */
export const everyone = (counts: Partial<Record<FeedKey, number>>): Counts => ({ A: counts, B: counts, C: counts });
export type Received = Record<Who, Partial<Record<FeedKey, unknown[]>>>;

/** The single event a user got on one subscription in the last step. */
export function one<K extends FeedKey>(r: Received, who: Who, key: K): EventOf<K> {
  const list = r[who][key] ?? [];
  if (list.length !== 1) throw new Error(`${who}.${key}: expected 1 event, got ${list.length}: ${JSON.stringify(list)}`);
  return list[0] as EventOf<K>;
}

/** Reactions as one viewer should see them, from emoji → user ids, sorted by emoji. */
export function reactionsFor(viewerId: string, byEmoji: Record<string, string[]>): ReactionView[] {
  return Object.entries(byEmoji)
    .filter(([, ids]) => ids.length)
    .map(([emoji, ids]) => ({ emoji, count: ids.length, userIds: [...ids].sort(), reactedByMe: ids.includes(viewerId) }))
    .sort((x, y) => x.emoji.localeCompare(y.emoji));
}

/** Reactions with their user ids and themselves in the order of `reactionsFor`. */
export const normReactions = (rs: ReactionView[]): ReactionView[] =>
  rs.map((r) => ({ ...r, userIds: [...r.userIds].sort() })).sort((x, y) => x.emoji.localeCompare(y.emoji));

/**
 * A stack (user rate limit raised for the many operations of a script) with A, B and C logged in,
 * each with an `Inbox` holding the seven unfiltered subscriptions; and the operations of the
 * script as one of the three.
 */
export class Conversation {
  readonly users = {} as Record<Who, Session>;
  readonly names = {} as Record<Who, string>;
  readonly inboxes = {} as Record<Who, Inbox>;
  /** More clients of the users, disposed with the conversation. */
  readonly extraClients: Client[] = [];

  private constructor(readonly stack: Stack) {}

  static async start(opts: StackOptions = {}): Promise<Conversation> {
    const stack = await Stack.start({ ...opts, env: { RATE_LIMIT_USER_PER_MINUTE: '1000', ...opts.env } });
    const conv = new Conversation(stack);
    try {
      const [a, b, c] = await Promise.all([
        login(stack, uniqueEmail('alice.archer')),
        login(stack, uniqueEmail('bob.baker')),
        login(stack, uniqueEmail('carol.clark')),
      ]);
      Object.assign(conv.users, { A: a, B: b, C: c });
      for (const who of WHO) {
        conv.names[who] = (await asOk(stack, conv.users[who], ME)).me.name;
        const inbox = new Inbox(await connect(stack.gatewayUrl, conv.users[who].accessToken));
        conv.inboxes[who] = inbox;
        for (const field of Object.keys(SUBSCRIPTIONS) as Feed[]) inbox.add(field);
      }
      await sleep(SETTLE_MS);
      return conv;
    } catch (err) {
      await conv.stop();
      throw err;
    }
  }

  async stop(): Promise<void> {
    for (const c of this.extraClients) await Promise.resolve(c.dispose()).catch(() => undefined);
    for (const who of WHO) await this.inboxes[who]?.close();
    await this.stack.stop();
  }

  readonly id = (who: Who) => this.users[who].userId;
  /** A, B or C for a user id (the id itself for anybody else). */
  readonly whoIs = (userId: string): string => WHO.find((w) => this.id(w) === userId) ?? userId;
  /** The role of each member of a chat, by A, B or C. */
  readonly roles = (chat: ChatView) => Object.fromEntries(chat.members.map((m) => [this.whoIs(m.user.id), m.role]));

  /** Opens a chatId-filtered subscription for one user (`newMessage@dm`) and lets the gateway register it. */
  async watch(who: Who, key: `${Feed}@${string}`, chatId: string): Promise<void> {
    this.inboxes[who].add(key, chatId);
    await sleep(SETTLE_MS);
  }

  /**
   * Waits until every expected event arrived, then for a quiet period, then compares the new
   * events of every subscription of every user with `wantedEvents` exactly (zero where not named).
   * A new message is also its sender's read receipt: each one a user gets brings a
   * `readReceipts` event on each of their receipt subscriptions of its chat, unless `senderRead`
   * is false (a sender who is no longer a member, as after leaving).
   */
  async expectEvents(wantedEvents: Counts, quietMs = QUIET_MS, senderRead = true): Promise<Received> {
    const { expect } = await import('vitest');
    const inboxes = this.inboxes;
    const expected: Counts = Object.fromEntries(Object.entries(wantedEvents).map(([who, counts]) => [who, { ...counts }]));
    const waitAll = async () => {
      for (const who of WHO) {
        if (!inboxes[who].open) continue;
        for (const [key, n] of Object.entries(expected[who] ?? {}) as Array<[FeedKey, number]>) {
          const feed = inboxes[who].feeds.get(key);
          if (!feed) throw new Error(`${who} has no subscription ${key}`);
          await feed.sub.waitFor(feed.seen + n).catch((err: unknown) => {
            // Skip what arrived so far, so that the next step does not fail for this one.
            for (const inbox of Object.values(inboxes)) for (const f of inbox.feeds.values()) f.seen = f.sub.events.length;
            throw new Error(`${who}.${key}: ${err instanceof Error ? err.message : String(err)}`);
          });
        }
      }
    };
    await waitAll();
    if (senderRead) {
      // Each new message is its sender's read receipt, on every receipts feed of its chat.
      for (const who of WHO) {
        const all = inboxes[who].feeds.get('newMessage');
        const n = expected[who]?.newMessage ?? 0;
        if (!inboxes[who].open || !all || !n) continue;
        const chats = all.sub.events.slice(all.seen, all.seen + n).map((e) => (e.newMessage as MessageView).chatId);
        for (const [key, feed] of inboxes[who].feeds) {
          if (feed.field !== 'readReceipts') continue;
          const more = chats.filter((c) => !feed.chatId || c === feed.chatId).length;
          if (more) (expected[who] ??= {})[key] = (expected[who]?.[key] ?? 0) + more;
        }
      }
      await waitAll();
    }
    await sleep(quietMs);
    const received: Received = { A: {}, B: {}, C: {} };
    const actual: Counts = {};
    const wanted: Counts = {};
    for (const who of WHO) {
      if (!inboxes[who].open) continue;
      for (const [key, feed] of inboxes[who].feeds) {
        expect(feed.sub.errors, `${who}.${key} errors`).toEqual([]);
        expect(feed.sub.completed, `${who}.${key} completed`).toBe(false);
        const fresh = feed.sub.events.slice(feed.seen).map((e) => e[feed.field]);
        feed.seen += fresh.length;
        received[who][key] = fresh;
        if (fresh.length) (actual[who] ??= {})[key] = fresh.length;
      }
      for (const [key, n] of Object.entries(expected[who] ?? {}) as Array<[FeedKey, number]>) if (n) (wanted[who] ??= {})[key] = n;
    }
    expect(actual, 'receivers of the events of this step').toEqual(wanted);
    return received;
  }

  /** The chat as it appears in the user's `chats` list (undefined when it is not there). */
  async listed(who: Who, chatId: string): Promise<ChatView | undefined> {
    const { chats } = await asOk(this.stack, this.users[who], CHATS, { first: 100 });
    return chats.edges.map((e) => e.node).find((c) => c.id === chatId);
  }

  /** Unread count and read position of each named user in the chat, from their `chats` list. */
  async expectReadState(chatId: string, want: Partial<Record<Who, { unread: number; lastRead: number }>>): Promise<void> {
    const { expect } = await import('vitest');
    for (const [who, w] of Object.entries(want) as Array<[Who, { unread: number; lastRead: number }]>) {
      const chat = await this.listed(who, chatId);
      expect(chat, `${who} lists ${chatId}`).toBeDefined();
      expect({ unread: chat!.unreadCount, lastRead: chat!.myLastReadSeq }, `read state of ${who}`).toEqual(w);
      // The member row of the viewer tells the same read position to everyone.
      expect(chat!.members.find((m) => m.user.id === this.id(who))?.lastReadSeq, `${who}'s member row`).toBe(w.lastRead);
    }
  }

  /** The message as the user sees it (null when they do not). */
  readonly message = async (who: Who, id: string) => (await asOk(this.stack, this.users[who], MESSAGE, { id })).message;
  /** The chat as the user sees it (null when they do not). */
  readonly chatOf = async (who: Who, id: string) => (await asOk(this.stack, this.users[who], CHAT, { id })).chat;
  /** The newest 100 messages of a chat as the user sees them. */
  readonly messagesOf = async (who: Who, chatId: string) => (await pageOf(this.stack, this.users[who], chatId, { limit: 100 })).messages;
  readonly markRead = async (who: Who, chatId: string, seq: number) => (await asOk(this.stack, this.users[who], MARK_READ, { chatId, seq })).markRead;
  readonly say = (who: Who, chatId: string, text: string, replyToId?: string) => send(this.stack, this.users[who], chatId, text, { replyToId });
  readonly react = (who: Who, messageId: string, emoji: string) => as(this.stack, this.users[who], TOGGLE_REACTION, { messageId, emoji });
  readonly edit = (who: Who, id: string, text: string) => as(this.stack, this.users[who], EDIT_MESSAGE, { id, text });
  readonly del = (who: Who, id: string, forEveryone: boolean) => as(this.stack, this.users[who], DELETE_MESSAGE, { id, forEveryone });
  readonly typing = (who: Who, chatId: string, isTyping: boolean) => as(this.stack, this.users[who], SET_TYPING, { chatId, isTyping });
  readonly forward = (who: Who, messageId: string, chatIds: string[]) => as(this.stack, this.users[who], FORWARD_MESSAGE, { messageId, chatIds });
  readonly rename = (who: Who, chatId: string, title: string) => as(this.stack, this.users[who], RENAME_GROUP, { chatId, title });
  readonly addMembers = async (who: Who, chatId: string, userIds: string[]) =>
    (await asOk(this.stack, this.users[who], ADD_MEMBERS, { chatId, userIds })).addMembers;
  readonly removeMember = async (who: Who, chatId: string, userId: string) =>
    (await asOk(this.stack, this.users[who], REMOVE_MEMBER, { chatId, userId })).removeMember;
  readonly leave = async (who: Who, chatId: string) => (await asOk(this.stack, this.users[who], LEAVE_CHAT, { chatId })).leaveChat;
  /** Whether `who` is online and when last seen, as `viewer` sees it. */
  readonly presenceOf = async (viewer: Who, who: Who) => {
    const { user } = await asOk(this.stack, this.users[viewer], USER, { id: this.id(who) });
    if (!user) throw new Error(`${who} is not a user`);
    return user;
  };
  readonly search = async (who: Who, query: string, extra: { chatId?: string; first?: number; after?: string } = {}) =>
    (await asOk(this.stack, this.users[who], SEARCH_MESSAGES, { query, ...extra })).searchMessages;
}

export type SearchPage = Awaited<ReturnType<Conversation['search']>>;
