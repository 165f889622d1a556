import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  asOk,
  CHAT_FIELDS,
  createDirect,
  createGroup,
  errorCode,
  login,
  sleep,
  Stack,
  Subscription,
  uniqueEmail,
  waitUntil,
  type ChatView,
  type Session,
} from '#testing';

/**
 * A scripted conversation between A, B and C over graphql-ws. Every user keeps one client with
 * all seven subscriptions (no chatId filter) open for the whole file, plus a few chatId-filtered
 * ones; after each step the events of every subscription of every user are compared with the
 * exact expected counts, after a short quiet period, so an event that reaches a wrong user fails.
 */

type Who = 'A' | 'B' | 'C';
const WHO: Who[] = ['A', 'B', 'C'];
/** How long to wait for stray events after the expected ones arrived. */
const QUIET_MS = 300;
/** The bounded wait of "receives nothing" checks. */
const SILENCE_MS = 1500;
/** Time for the gateway to register subscriptions that were just sent. */
const SETTLE_MS = 500;

const MSG = `id chatId seq type text deleted deletedAt editedAt createdAt
  sender { id name }
  replyTo { id seq type text deleted sender { id name } }
  forwarded { originalMessageId originalSenderName originalSender { id name } }
  reactions { emoji count userIds reactedByMe }
  seenBy editHistory { text editedAt }`;

interface Reaction {
  emoji: string;
  count: number;
  userIds: string[];
  reactedByMe: boolean;
}
interface Msg {
  id: string;
  chatId: string;
  seq: number;
  type: 'TEXT' | 'IMAGE' | 'SYSTEM';
  text: string | null;
  deleted: boolean;
  deletedAt: string | null;
  editedAt: string | null;
  createdAt: string;
  sender: { id: string; name: string };
  replyTo: { id: string; seq: number; type: string; text: string | null; deleted: boolean; sender: { id: string; name: string } } | null;
  forwarded: { originalMessageId: string | null; originalSenderName: string; originalSender: { id: string; name: string } | null } | null;
  reactions: Reaction[];
  seenBy: string[];
  editHistory: Array<{ text: string; editedAt: string }>;
}
interface ReactionEv {
  chatId: string;
  messageId: string;
  userId: string;
  emoji: string;
  added: boolean;
  reactions: Reaction[];
}
interface TypingEv {
  chatId: string;
  isTyping: boolean;
  user: { id: string; name: string };
}
interface ReadEv {
  chatId: string;
  userId: string;
  lastReadSeq: number;
}
interface PresenceEv {
  userId: string;
  online: boolean;
  lastSeenAt: string | null;
}
interface Hit {
  cursor: string;
  node: { message: Msg; chat: { id: string; kind: string }; highlights: Array<{ start: number; length: number }> };
}
interface SearchPage {
  searchMessages: { edges: Hit[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

const SUB = {
  newMessage: `subscription($c: ID) { newMessage(chatId: $c) { ${MSG} } }`,
  messageUpdated: `subscription($c: ID) { messageUpdated(chatId: $c) { ${MSG} } }`,
  reactions: `subscription($c: ID) { reactions(chatId: $c) { chatId messageId userId emoji added reactions { emoji count userIds reactedByMe } } }`,
  typing: `subscription($c: ID) { typing(chatId: $c) { chatId isTyping user { id name } } }`,
  readReceipts: `subscription($c: ID) { readReceipts(chatId: $c) { chatId userId lastReadSeq } }`,
  presence: `subscription { presence { userId online lastSeenAt } }`,
  chatUpdated: `subscription { chatUpdated { ${CHAT_FIELDS} } }`,
} as const;

const SEARCH = `query($q: String!, $c: ID, $first: Int, $after: String) {
  searchMessages(query: $q, chatId: $c, first: $first, after: $after) {
    edges { cursor node { message { ${MSG} } chat { id kind } highlights { start length } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Feed {
  sub: Subscription<Record<string, unknown>>;
  field: string;
  seen: number;
  /** The chat it is filtered to, if any. */
  chatId?: string;
}

/** One user's graphql-ws client and its subscriptions, each with a read position. */
class Inbox {
  readonly feeds = new Map<string, Feed>();
  open = true;
  constructor(readonly client: Client) {}

  add(key: string, query: string, variables: Record<string, unknown> = {}): void {
    const field = /\{\s*(\w+)/.exec(query)![1];
    this.feeds.set(key, {
      sub: new Subscription<Record<string, unknown>>(this.client, query, variables),
      field,
      seen: 0,
      chatId: variables.c as string | undefined,
    });
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    for (const f of this.feeds.values()) f.sub.close();
    await this.client.dispose();
  }
}

type Counts = Partial<Record<Who, Record<string, number>>>;
type Received = Record<Who, Record<string, unknown[]>>;

/** A graphql-ws client that has finished connection_init (so its presence is counted). */
function connect(gatewayUrl: string, token: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client: Client = createClient({
      url: gatewayUrl.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        connected: () => resolve(client),
        closed: (e) => reject(new Error(`socket closed before connection_ack: ${(e as { code?: number }).code}`)),
      },
    });
  });
}

/** Reactions as one viewer should see them, from emoji → user ids, sorted by emoji. */
function reactionsFor(viewerId: string, byEmoji: Record<string, string[]>): Reaction[] {
  return Object.entries(byEmoji)
    .filter(([, ids]) => ids.length)
    .map(([emoji, ids]) => ({ emoji, count: ids.length, userIds: [...ids].sort(), reactedByMe: ids.includes(viewerId) }))
    .sort((x, y) => x.emoji.localeCompare(y.emoji));
}
const normReactions = (rs: Reaction[]) => rs.map((r) => ({ ...r, userIds: [...r.userIds].sort() })).sort((x, y) => x.emoji.localeCompare(y.emoji));

describe('conversation: three users over graphql-ws, every chat mutation and subscription', () => {
  let stack: Stack;
  const users = {} as Record<Who, Session>;
  const names = {} as Record<Who, string>;
  const inboxes = {} as Record<Who, Inbox>;
  const extraClients: Client[] = [];
  const id = (w: Who) => users[w].userId;
  const whoIs = (userId: string) => WHO.find((w) => id(w) === userId) ?? userId;

  // The script's chats and messages, filled in as it goes.
  let dm = ''; // A–B
  let dmAC = ''; // A–C
  let group = ''; // "Team", then "Team Rocket"
  let gm1: Msg; // A's group message: replied to, edited, reacted to, forwarded, deleted
  let reply: Msg; // C's reply to gm1
  let gm2: Msg; // B's group message that C hides for itself

  /**
   * Waits until every expected event arrived, then for a quiet period, then compares the new
   * events of every subscription of every user with `expected` exactly (zero where not named).
   * A new message is also its sender's read receipt: each one a user gets brings a
   * `readReceipts` event on each of their receipt subscriptions of its chat, unless `senderRead`
   * is false (a sender who is no longer a member, as after leaving).
   */
  async function expectEvents(wantedEvents: Counts, quietMs = QUIET_MS, senderRead = true): Promise<Received> {
    const expected: Counts = Object.fromEntries(Object.entries(wantedEvents).map(([who, counts]) => [who, { ...counts }]));
    const waitAll = async () => {
      for (const who of WHO) {
        if (!inboxes[who].open) continue;
        for (const [key, n] of Object.entries(expected[who] ?? {})) {
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
        const chats = all.sub.events.slice(all.seen, all.seen + n).map((e) => (e.newMessage as Msg).chatId);
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
      for (const [key, n] of Object.entries(expected[who] ?? {})) if (n) (wanted[who] ??= {})[key] = n;
    }
    expect(actual, 'receivers of the events of this step').toEqual(wanted);
    return received;
  }

  /** The single event a user got on one subscription in the last step. */
  function one<T>(r: Received, who: Who, key: string): T {
    const list = r[who][key] ?? [];
    expect(list, `${who}.${key}`).toHaveLength(1);
    return list[0] as T;
  }

  /** The chat as it appears in the user's `chats` list (undefined when it is not there). */
  async function listed(who: Who, chatId: string): Promise<ChatView | undefined> {
    const { chats } = await asOk<{ chats: { edges: Array<{ node: ChatView }> } }>(
      stack,
      users[who],
      `{ chats(first: 100) { edges { node { ${CHAT_FIELDS} } } } }`,
    );
    return chats.edges.map((e) => e.node).find((c) => c.id === chatId);
  }

  /** Unread count and read position of each named user in the chat, from their `chats` list. */
  async function expectReadState(chatId: string, want: Partial<Record<Who, { unread: number; lastRead: number }>>): Promise<void> {
    for (const [who, w] of Object.entries(want) as Array<[Who, { unread: number; lastRead: number }]>) {
      const chat = await listed(who, chatId);
      expect(chat, `${who} lists ${chatId}`).toBeDefined();
      expect({ unread: chat!.unreadCount, lastRead: chat!.myLastReadSeq }, `read state of ${who}`).toEqual(w);
      // The member row of the viewer tells the same read position to everyone.
      expect(chat!.members.find((m) => m.user.id === id(who))?.lastReadSeq, `${who}'s member row`).toBe(w.lastRead);
    }
  }

  const message = async (who: Who, messageId: string) =>
    (await asOk<{ message: Msg | null }>(stack, users[who], `query($id: ID!) { message(id: $id) { ${MSG} } }`, { id: messageId })).message;
  const messagesOf = async (who: Who, chatId: string) =>
    (
      await asOk<{ messages: { messages: Msg[] } }>(stack, users[who], `query($c: ID!) { messages(chatId: $c, limit: 100) { messages { ${MSG} } } }`, {
        c: chatId,
      })
    ).messages.messages;
  const chatOf = async (who: Who, chatId: string) =>
    (await asOk<{ chat: ChatView | null }>(stack, users[who], `query($id: ID!) { chat(id: $id) { ${CHAT_FIELDS} } }`, { id: chatId })).chat;
  const markRead = async (who: Who, chatId: string, seq: number) =>
    (
      await asOk<{ markRead: ChatView }>(stack, users[who], `mutation($c: ID!, $s: Int!) { markRead(chatId: $c, seq: $s) { ${CHAT_FIELDS} } }`, {
        c: chatId,
        s: seq,
      })
    ).markRead;
  const react = (who: Who, messageId: string, emoji: string) =>
    as<{ toggleReaction: Msg }>(stack, users[who], `mutation($m: ID!, $e: String!) { toggleReaction(messageId: $m, emoji: $e) { ${MSG} } }`, {
      m: messageId,
      e: emoji,
    });
  const edit = (who: Who, messageId: string, text: string) =>
    as<{ editMessage: Msg }>(stack, users[who], `mutation($id: ID!, $t: String!) { editMessage(id: $id, text: $t) { ${MSG} } }`, { id: messageId, t: text });
  const del = (who: Who, messageId: string, forEveryone: boolean) =>
    as<{ deleteMessage: Msg }>(stack, users[who], `mutation($id: ID!, $f: Boolean) { deleteMessage(id: $id, forEveryone: $f) { ${MSG} } }`, {
      id: messageId,
      f: forEveryone,
    });
  const typing = (who: Who, chatId: string, isTyping: boolean) =>
    as<{ setTyping: boolean }>(stack, users[who], 'mutation($c: ID!, $t: Boolean!) { setTyping(chatId: $c, isTyping: $t) }', { c: chatId, t: isTyping });
  const forward = (who: Who, messageId: string, chatIds: string[]) =>
    as<{ forwardMessage: Msg[] }>(stack, users[who], `mutation($m: ID!, $c: [ID!]!) { forwardMessage(messageId: $m, chatIds: $c) { ${MSG} } }`, {
      m: messageId,
      c: chatIds,
    });
  const search = async (who: Who, q: string, extra: { chatId?: string; first?: number; after?: string } = {}) =>
    (await asOk<SearchPage>(stack, users[who], SEARCH, { q, c: extra.chatId, first: extra.first, after: extra.after })).searchMessages;
  const say = async (who: Who, chatId: string, text: string, replyToId?: string) =>
    (
      await asOk<{ sendMessage: Msg }>(stack, users[who], `mutation($i: SendMessageInput!) { sendMessage(input: $i) { ${MSG} } }`, {
        i: { chatId, clientId: randomUUID(), text, replyToId },
      })
    ).sendMessage;
  const roles = (chat: ChatView) => Object.fromEntries(chat.members.map((m) => [whoIs(m.user.id), m.role]));

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000' } });
    const [a, b, c] = await Promise.all([
      login(stack, uniqueEmail('alice.archer')),
      login(stack, uniqueEmail('bob.baker')),
      login(stack, uniqueEmail('carol.clark')),
    ]);
    Object.assign(users, { A: a, B: b, C: c });
    for (const who of WHO) {
      names[who] = (await asOk<{ me: { name: string } }>(stack, users[who], '{ me { name } }')).me.name;
      const inbox = new Inbox(await connect(stack.gatewayUrl, users[who].accessToken));
      for (const [key, query] of Object.entries(SUB)) inbox.add(key, query);
      inboxes[who] = inbox;
    }
    await sleep(SETTLE_MS);
  });

  afterAll(async () => {
    for (const c of extraClients) await Promise.resolve(c.dispose()).catch(() => undefined);
    for (const who of WHO) await inboxes[who]?.close();
    await stack?.stop();
  });

  it('1. a direct chat is one per pair, announced to its two members only; none with yourself', async () => {
    const created = await createDirect(stack, users.A, id('B'));
    dm = created.id;
    expect(created).toMatchObject({ kind: 'DIRECT', title: names.B, lastSeq: 0, unreadCount: 0, lastMessage: null });
    expect(roles(created)).toEqual({ A: 'MEMBER', B: 'MEMBER' });

    const r = await expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    expect(one<ChatView>(r, 'A', 'chatUpdated')).toMatchObject({ id: dm, kind: 'DIRECT', title: names.B });
    expect(one<ChatView>(r, 'B', 'chatUpdated')).toMatchObject({ id: dm, kind: 'DIRECT', title: names.A });

    // Again, and the other way round, at the same time: the same chat, and no new announcement.
    const [again, reverse] = await Promise.all([createDirect(stack, users.A, id('B')), createDirect(stack, users.B, id('A'))]);
    expect(again.id).toBe(dm);
    expect(reverse.id).toBe(dm);
    expect(reverse.title).toBe(names.A);
    const self = await as(stack, users.A, 'mutation($u: ID!) { createDirectChat(userId: $u) { id } }', { u: id('A') });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    await expectEvents({});
    await expectReadState(dm, { A: { unread: 0, lastRead: 0 }, B: { unread: 0, lastRead: 0 } });
    expect(await listed('C', dm)).toBeUndefined();

    // Filtered subscriptions, to prove that chatId filters.
    inboxes.B.add('newMessage@dm', SUB.newMessage, { c: dm });
    inboxes.B.add('typing@dm', SUB.typing, { c: dm });
    inboxes.A.add('readReceipts@dm', SUB.readReceipts, { c: dm });
    // A filter naming somebody else's chat is refused, not an empty stream.
    const foreign = new Subscription<Record<string, unknown>>(inboxes.C.client, SUB.newMessage, { c: dm });
    const refused = await waitUntil(() => (foreign.errors.length ? JSON.stringify(foreign.errors) : null), "the refusal of C's filter on A–B", 5000);
    expect(refused).toContain('NOT_FOUND');
    foreign.close();
    await sleep(SETTLE_MS);
  });

  it('2. a direct message reaches A and B only; unread counts, markRead, receipts and seenBy', async () => {
    const m1 = await say('A', dm, 'Hi B, got a minute?');
    expect(m1).toMatchObject({ chatId: dm, seq: 1, type: 'TEXT', seenBy: [] });
    let r = await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    for (const got of [one<Msg>(r, 'B', 'newMessage'), one<Msg>(r, 'B', 'newMessage@dm'), one<Msg>(r, 'A', 'newMessage')]) {
      expect(got).toMatchObject({ id: m1.id, chatId: dm, seq: 1, text: 'Hi B, got a minute?', sender: { id: id('A'), name: names.A }, seenBy: [] });
    }
    await expectReadState(dm, { A: { unread: 0, lastRead: 1 }, B: { unread: 1, lastRead: 0 } });
    expect((await listed('B', dm))!.lastMessage).toMatchObject({ id: m1.id, seq: 1 });

    const read = await markRead('B', dm, 1);
    expect(read).toMatchObject({ id: dm, unreadCount: 0, myLastReadSeq: 1 });
    r = await expectEvents({ A: { readReceipts: 1, 'readReceipts@dm': 1 }, B: { readReceipts: 1 } });
    expect(one<ReadEv>(r, 'A', 'readReceipts')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect(one<ReadEv>(r, 'A', 'readReceipts@dm')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect(one<ReadEv>(r, 'B', 'readReceipts')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect((await message('A', m1.id))!.seenBy).toEqual([id('B')]);
    await expectReadState(dm, { A: { unread: 0, lastRead: 1 }, B: { unread: 0, lastRead: 1 } });

    const m2 = await say('A', dm, 'Lunch tomorrow?');
    expect(m2.seq).toBe(2);
    await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    await expectReadState(dm, { A: { unread: 0, lastRead: 2 }, B: { unread: 1, lastRead: 1 } });
    expect((await message('A', m2.id))!.seenBy).toEqual([]);
    expect(await markRead('B', dm, 2)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    r = await expectEvents({ A: { readReceipts: 1, 'readReceipts@dm': 1 }, B: { readReceipts: 1 } });
    expect(one<ReadEv>(r, 'A', 'readReceipts').lastReadSeq).toBe(2);

    // Never back, and never past the end: no change, no receipt.
    expect(await markRead('B', dm, 1)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    expect(await markRead('B', dm, 99)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    await expectEvents({});
    await expectReadState(dm, { A: { unread: 0, lastRead: 2 }, B: { unread: 0, lastRead: 2 } });
    expect((await message('A', m1.id))!.seenBy).toEqual([id('B')]);
    expect((await message('B', m2.id))!.seenBy).toEqual([id('B')]);
  });

  it('3. a group: roles, system messages, rename, reply, edit and reactions reach every member', async () => {
    const created = await createGroup(stack, users.A, 'Team', [id('B'), id('C')]);
    group = created.id;
    expect(created).toMatchObject({ kind: 'GROUP', title: 'Team', lastSeq: 1, unreadCount: 0, myLastReadSeq: 1, lastMessage: { seq: 1, type: 'SYSTEM' } });
    expect(roles(created)).toEqual({ A: 'OWNER', B: 'MEMBER', C: 'MEMBER' });
    let r = await expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    for (const who of WHO) {
      expect(one<ChatView>(r, who, 'chatUpdated')).toMatchObject({ id: group, kind: 'GROUP', title: 'Team' });
      const sys = one<Msg>(r, who, 'newMessage');
      expect(sys).toMatchObject({ chatId: group, seq: 1, type: 'SYSTEM', sender: { id: id('A') } });
      expect(sys.text).toContain('Team');
    }
    // The "created the group" message is nobody's unread message.
    await expectReadState(group, { A: { unread: 0, lastRead: 1 }, B: { unread: 0, lastRead: 1 }, C: { unread: 0, lastRead: 1 } });
    inboxes.A.add('messageUpdated@group', SUB.messageUpdated, { c: group });
    await sleep(SETTLE_MS);

    // Rename: managers only.
    const denied = await as(stack, users.B, 'mutation($c: ID!) { renameGroup(chatId: $c, title: "Hijacked") { id } }', { c: group });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    await expectEvents({});
    const renamed = await asOk<{ renameGroup: ChatView }>(
      stack,
      users.A,
      `mutation($c: ID!) { renameGroup(chatId: $c, title: "Team Rocket") { ${CHAT_FIELDS} } }`,
      {
        c: group,
      },
    );
    expect(renamed.renameGroup).toMatchObject({ title: 'Team Rocket', lastSeq: 2 });
    r = await expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    for (const who of WHO) {
      expect(one<ChatView>(r, who, 'chatUpdated')).toMatchObject({ id: group, title: 'Team Rocket' });
      expect(one<Msg>(r, who, 'newMessage')).toMatchObject({ seq: 2, type: 'SYSTEM' });
      expect(one<Msg>(r, who, 'newMessage').text).toContain('Team Rocket');
    }
    expect(await markRead('B', group, 2)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    r = await expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });
    expect(one<ReadEv>(r, 'C', 'readReceipts')).toEqual({ chatId: group, userId: id('B'), lastReadSeq: 2 });

    // A message and a reply that quotes it.
    gm1 = await say('A', group, 'Meeting at noon');
    expect(gm1.seq).toBe(3);
    r = await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(one<Msg>(r, 'C', 'newMessage')).toMatchObject({ id: gm1.id, text: 'Meeting at noon' });
    reply = await say('C', group, 'Noon works for me', gm1.id);
    const quoted = { id: gm1.id, seq: 3, type: 'TEXT', text: 'Meeting at noon', deleted: false, sender: { id: id('A'), name: names.A } };
    expect(reply).toMatchObject({ seq: 4, sender: { id: id('C') }, replyTo: quoted });
    r = await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    for (const who of WHO) expect(one<Msg>(r, who, 'newMessage')).toMatchObject({ id: reply.id, replyTo: quoted });
    await expectReadState(group, { A: { unread: 1, lastRead: 3 }, B: { unread: 2, lastRead: 2 }, C: { unread: 0, lastRead: 4 } });

    // Edit: sender only; the history keeps the old text.
    const edited = await edit('A', gm1.id, 'Meeting at 1pm');
    expect(edited.errors).toBeUndefined();
    const e = edited.data!.editMessage;
    expect(e).toMatchObject({ id: gm1.id, seq: 3, text: 'Meeting at 1pm', editHistory: [{ text: 'Meeting at noon' }] });
    expect(e.editedAt).toBeTruthy();
    expect(Date.parse(e.editHistory[0].editedAt)).toBe(Date.parse(e.editedAt!));
    r = await expectEvents({ A: { messageUpdated: 1, 'messageUpdated@group': 1 }, B: { messageUpdated: 1 }, C: { messageUpdated: 1 } });
    for (const who of WHO)
      expect(one<Msg>(r, who, 'messageUpdated')).toMatchObject({
        id: gm1.id,
        text: 'Meeting at 1pm',
        editedAt: e.editedAt,
        editHistory: [{ text: 'Meeting at noon' }],
      });
    expect(errorCode(await edit('B', gm1.id, 'Meeting cancelled'))).toBe('FORBIDDEN');
    await expectEvents({});
    expect((await message('C', gm1.id))!.text).toBe('Meeting at 1pm');

    // Reactions: two emoji held by one user, one emoji by two users, a toggle that removes.
    const held: Record<string, string[]> = {};
    const steps: Array<[Who, string, boolean]> = [
      ['B', '👍', true],
      ['B', '❤️', true],
      ['C', '👍', true],
      ['B', '👍', false],
    ];
    for (const [who, emoji, added] of steps) {
      const res = await react(who, gm1.id, emoji);
      expect(res.errors, `${who} ${emoji}`).toBeUndefined();
      held[emoji] = added ? [...(held[emoji] ?? []), id(who)] : (held[emoji] ?? []).filter((u) => u !== id(who));
      expect(normReactions(res.data!.toggleReaction.reactions), `${who} toggles ${emoji}`).toEqual(reactionsFor(id(who), held));
      r = await expectEvents({ A: { reactions: 1 }, B: { reactions: 1 }, C: { reactions: 1 } });
      for (const viewer of WHO) {
        const ev = one<ReactionEv>(r, viewer, 'reactions');
        expect({ ...ev, reactions: normReactions(ev.reactions) }, `${viewer} sees ${who} toggle ${emoji}`).toEqual({
          chatId: group,
          messageId: gm1.id,
          userId: id(who),
          emoji,
          added,
          reactions: reactionsFor(id(viewer), held),
        });
      }
    }
    expect(held).toEqual({ '👍': [id('C')], '❤️': [id('B')] });
    for (const viewer of WHO) expect(normReactions((await message(viewer, gm1.id))!.reactions)).toEqual(reactionsFor(id(viewer), held));
    expect(errorCode(await react('B', gm1.id, 'abc'))).toBe('BAD_USER_INPUT');
    await expectEvents({});
  });

  it('4. typing reaches the other members, never the typist, and respects the chatId filter', async () => {
    expect((await typing('C', group, true)).data?.setTyping).toBe(true);
    let r = await expectEvents({ A: { typing: 1 }, B: { typing: 1 } });
    for (const who of ['A', 'B'] as const)
      expect(one<TypingEv>(r, who, 'typing')).toEqual({ chatId: group, isTyping: true, user: { id: id('C'), name: names.C } });

    expect((await typing('A', dm, true)).data?.setTyping).toBe(true);
    r = await expectEvents({ B: { typing: 1, 'typing@dm': 1 } });
    expect(one<TypingEv>(r, 'B', 'typing@dm')).toEqual({ chatId: dm, isTyping: true, user: { id: id('A'), name: names.A } });

    expect((await typing('C', group, false)).data?.setTyping).toBe(true);
    r = await expectEvents({ A: { typing: 1 }, B: { typing: 1 } });
    expect(one<TypingEv>(r, 'A', 'typing').isTyping).toBe(false);

    // Typing into a chat one is not in goes nowhere.
    expect(errorCode(await typing('C', dm, true))).toBe('NOT_FOUND');
    await expectEvents({});
  });

  it('5. forwarding names the original sender; a target chat the forwarder is not in forwards nothing', async () => {
    dmAC = (await createDirect(stack, users.A, id('C'))).id;
    await expectEvents({ A: { chatUpdated: 1 }, C: { chatUpdated: 1 } });

    const res = await forward('B', gm1.id, [dm]);
    expect(res.errors).toBeUndefined();
    const [fwd] = res.data!.forwardMessage;
    const origin = { originalMessageId: gm1.id, originalSenderName: names.A, originalSender: { id: id('A'), name: names.A } };
    expect(fwd).toMatchObject({ chatId: dm, seq: 3, type: 'TEXT', text: 'Meeting at 1pm', sender: { id: id('B') }, forwarded: origin });
    const r = await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    expect(one<Msg>(r, 'A', 'newMessage')).toMatchObject({ id: fwd.id, forwarded: origin });
    await expectReadState(dm, { A: { unread: 1, lastRead: 2 }, B: { unread: 0, lastRead: 3 } });

    // B is not in A–C: NOT_FOUND, and not even the allowed target gets a copy.
    const bad = await forward('B', gm1.id, [dm, dmAC]);
    expect(errorCode(bad)).toBe('NOT_FOUND');
    await expectEvents({});
    expect((await chatOf('A', dm))!.lastSeq).toBe(3);
    expect((await chatOf('A', dmAC))!.lastSeq).toBe(0);

    // Forwarding a forward keeps the original author.
    const again = await forward('A', fwd.id, [dmAC]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.forwardMessage[0]).toMatchObject({ chatId: dmAC, seq: 1, sender: { id: id('A') }, forwarded: origin });
    await expectEvents({ A: { newMessage: 1 }, C: { newMessage: 1 } });
    await expectReadState(dmAC, { A: { unread: 0, lastRead: 1 }, C: { unread: 1, lastRead: 0 } });
  });

  it('6. deletion for everyone leaves a tombstone and marks quoting replies; deletion for oneself hides for that user only', async () => {
    const res = await del('A', gm1.id, true);
    expect(res.errors).toBeUndefined();
    const tomb = { id: gm1.id, seq: 3, deleted: true, text: null, reactions: [], editHistory: [] };
    expect(res.data!.deleteMessage).toMatchObject(tomb);
    expect(res.data!.deleteMessage.deletedAt).toBeTruthy();
    let r = await expectEvents({ A: { messageUpdated: 1, 'messageUpdated@group': 1 }, B: { messageUpdated: 1 }, C: { messageUpdated: 1 } });
    for (const who of WHO) expect(one<Msg>(r, who, 'messageUpdated')).toMatchObject(tomb);

    const quotedGone = { id: gm1.id, seq: 3, deleted: true, text: null, sender: { id: id('A') } };
    expect((await message('C', reply.id))!.replyTo).toMatchObject(quotedGone);
    const pageB = await messagesOf('B', group);
    expect(pageB.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(pageB[2]).toMatchObject(tomb);
    expect(pageB[3].replyTo).toMatchObject(quotedGone);
    // B had not read gm1: it no longer counts as unread.
    await expectReadState(group, { A: { unread: 1, lastRead: 3 }, B: { unread: 1, lastRead: 2 }, C: { unread: 0, lastRead: 4 } });

    // Only the sender deletes for everyone, even an owner cannot.
    expect(errorCode(await del('B', reply.id, true))).toBe('FORBIDDEN');
    expect(errorCode(await del('A', reply.id, true))).toBe('FORBIDDEN');
    await expectEvents({});
    expect((await message('A', reply.id))!.deleted).toBe(false);

    gm2 = await say('B', group, 'Pizza or sushi?');
    expect(gm2.seq).toBe(5);
    await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(await markRead('C', group, 5)).toMatchObject({ unreadCount: 0, myLastReadSeq: 5 });
    await expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });

    const hidden = await del('C', gm2.id, false);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.deleteMessage).toMatchObject({ id: gm2.id, deleted: true, text: null });
    r = await expectEvents({ C: { messageUpdated: 1 } });
    expect(one<Msg>(r, 'C', 'messageUpdated')).toMatchObject({ id: gm2.id, deleted: true });
    expect((await messagesOf('C', group)).map((m) => m.id)).not.toContain(gm2.id);
    expect(await message('C', gm2.id)).toBeNull();
    expect((await messagesOf('A', group)).find((m) => m.id === gm2.id)).toMatchObject({ text: 'Pizza or sushi?', deleted: false });
    expect(await message('B', gm2.id)).toMatchObject({ text: 'Pizza or sushi?', deleted: false });
  });

  it('7. a removed member gets nothing of the group until re-added; an owner who leaves passes ownership on', async () => {
    const removed = await asOk<{ removeMember: ChatView }>(
      stack,
      users.A,
      `mutation($c: ID!, $u: ID!) { removeMember(chatId: $c, userId: $u) { ${CHAT_FIELDS} } }`,
      {
        c: group,
        u: id('C'),
      },
    );
    expect(roles(removed.removeMember)).toEqual({ A: 'OWNER', B: 'MEMBER' });
    let r = await expectEvents({ A: { chatUpdated: 1, newMessage: 1 }, B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1 } });
    const cSees = one<ChatView>(r, 'C', 'chatUpdated');
    expect(cSees.id).toBe(group);
    expect(cSees.members.map((m) => m.user.id)).not.toContain(id('C'));
    expect(one<Msg>(r, 'A', 'newMessage')).toMatchObject({ seq: 6, type: 'SYSTEM' });

    // Every kind of group event now passes C by, although its subscriptions are still open.
    const gm3 = await say('A', group, 'Just the two of us now');
    expect(gm3.seq).toBe(7);
    await typing('B', group, true);
    expect((await react('B', gm3.id, '🎉')).errors).toBeUndefined();
    expect((await edit('A', gm3.id, 'Just us two now')).errors).toBeUndefined();
    await markRead('B', group, 7);
    await expectEvents(
      {
        A: { newMessage: 1, typing: 1, reactions: 1, messageUpdated: 1, 'messageUpdated@group': 1, readReceipts: 1 },
        B: { newMessage: 1, reactions: 1, messageUpdated: 1, readReceipts: 1 },
      },
      SILENCE_MS,
    );
    expect(await chatOf('C', group)).toBeNull();
    expect(errorCode(await as(stack, users.C, '{ messages(chatId: "' + group + '") { messages { id } } }'))).toBe('NOT_FOUND');
    expect(await message('C', gm3.id)).toBeNull();
    expect(await listed('C', group)).toBeUndefined();
    expect(
      errorCode(
        await as(stack, users.C, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }', {
          i: { chatId: group, clientId: 'c-after-removal', text: 'hello?' },
        }),
      ),
    ).toBe('NOT_FOUND');
    await expectEvents({});

    // Back in: C hears of it and of the group's new messages again.
    const added = await asOk<{ addMembers: ChatView }>(
      stack,
      users.A,
      `mutation($c: ID!, $u: [ID!]!) { addMembers(chatId: $c, userIds: $u) { ${CHAT_FIELDS} } }`,
      {
        c: group,
        u: [id('C')],
      },
    );
    expect(roles(added.addMembers)).toEqual({ A: 'OWNER', B: 'MEMBER', C: 'MEMBER' });
    r = await expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    expect(one<ChatView>(r, 'C', 'chatUpdated')).toMatchObject({ id: group, title: 'Team Rocket' });
    expect(one<Msg>(r, 'C', 'newMessage')).toMatchObject({ seq: 8, type: 'SYSTEM' });
    // Newcomers start with the history read: only the "added" message is unread.
    await expectReadState(group, { C: { unread: 1, lastRead: 7 }, B: { unread: 1, lastRead: 7 }, A: { unread: 0, lastRead: 8 } });
    const gm4 = await say('B', group, 'Welcome back, C');
    r = await expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(one<Msg>(r, 'C', 'newMessage')).toMatchObject({ id: gm4.id, seq: 9 });
    expect(await markRead('C', group, 9)).toMatchObject({ unreadCount: 0, myLastReadSeq: 9 });
    await expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });
    expect((await messagesOf('C', group)).at(-1)!.id).toBe(gm4.id);

    // The owner leaves: the longest-serving remaining member becomes the owner.
    expect((await asOk<{ leaveChat: boolean }>(stack, users.A, 'mutation($c: ID!) { leaveChat(chatId: $c) }', { c: group })).leaveChat).toBe(true);
    // A is no longer a member: the notice of leaving moves nobody's read position.
    r = await expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1, newMessage: 1 } }, QUIET_MS, false);
    const left = one<Msg>(r, 'B', 'newMessage');
    expect(left).toMatchObject({ seq: 10, type: 'SYSTEM', sender: { id: id('A') } });
    expect(left.text).toContain(names.A);
    expect(left.text).toContain(names.B);
    expect(roles((await chatOf('B', group))!)).toEqual({ B: 'OWNER', C: 'MEMBER' });
    expect(roles(one<ChatView>(r, 'C', 'chatUpdated'))).toEqual({ B: 'OWNER', C: 'MEMBER' });
    expect(await chatOf('A', group)).toBeNull();
  });

  it('8. search: case-insensitive, only the viewer’s chats, no deleted or hidden messages, newest first, literal, paged', async () => {
    const t1 = await say('A', dm, 'Zebra crossing ahead');
    const t2 = await say('A', dmAC, 'zebra for Carol only');
    const t3 = await say('B', group, 'zebra stripes, ZEBRA!');
    const t4 = await say('B', group, 'this zebra gets deleted');
    expect((await del('B', t4.id, true)).errors).toBeUndefined();
    const t5 = await say('B', group, 'path a.b( here');
    await say('B', group, 'decoy axb( here');
    await expectEvents({
      A: { newMessage: 2 },
      B: { newMessage: 5, 'newMessage@dm': 1, messageUpdated: 1 },
      C: { newMessage: 5, messageUpdated: 1 },
    });

    const hits = (page: { edges: Hit[] }) => page.edges.map((e) => e.node.message.id);
    const b = await search('B', 'ZEBRA');
    expect(hits(b)).toEqual([t3.id, t1.id]);
    expect(b.edges.map((e) => e.node.chat)).toEqual([
      { id: group, kind: 'GROUP' },
      { id: dm, kind: 'DIRECT' },
    ]);
    expect(b.edges[0].node.highlights).toEqual([
      { start: 0, length: 5 },
      { start: 15, length: 5 },
    ]);
    expect(b.edges[1].node.highlights).toEqual([{ start: 0, length: 5 }]);
    expect(b.pageInfo.hasNextPage).toBe(false);
    expect(hits(await search('A', 'zebra'))).toEqual([t2.id, t1.id]); // A left the group
    expect(hits(await search('C', 'zeBRA'))).toEqual([t3.id, t2.id]);
    expect(hits(await search('B', 'zebra', { chatId: dm }))).toEqual([t1.id]);

    const p1 = await search('B', 'zebra', { first: 1 });
    expect(hits(p1)).toEqual([t3.id]);
    expect(p1.pageInfo).toEqual({ endCursor: p1.edges[0].cursor, hasNextPage: true });
    const p2 = await search('B', 'zebra', { first: 1, after: p1.pageInfo.endCursor! });
    expect(hits(p2)).toEqual([t1.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    const literal = await search('B', 'a.b(');
    expect(hits(literal)).toEqual([t5.id]);
    expect(literal.edges[0].node.highlights).toEqual([{ start: 5, length: 4 }]);
    expect(hits(await search('A', 'a.b('))).toEqual([]);

    // C hid gm2 for itself; B still finds it.
    expect(hits(await search('C', 'pizza'))).toEqual([]);
    expect(hits(await search('B', 'PIZZA'))).toEqual([gm2.id]);
    await expectEvents({});
  });

  it('9. presence: counted per user across connections, announced to those who share a chat', async () => {
    const online = async () =>
      (
        await asOk<{ user: { online: boolean; lastSeenAt: string | null } }>(stack, users.A, 'query($id: ID!) { user(id: $id) { online lastSeenAt } }', {
          id: id('B'),
        })
      ).user;
    expect((await online()).online).toBe(true);

    // A second connection of an online user changes nothing; closing the first neither.
    const second = await connect(stack.gatewayUrl, users.B.accessToken);
    extraClients.push(second);
    await expectEvents({}, 800);
    await inboxes.B.close();
    await expectEvents({}, 800);
    expect((await online()).online).toBe(true);

    // The last connection closes: offline, with lastSeenAt, to A (direct chat) and C (group).
    await second.dispose();
    let r = await expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    const off = one<PresenceEv>(r, 'A', 'presence');
    expect(off).toMatchObject({ userId: id('B'), online: false });
    expect(off.lastSeenAt).toBeTruthy();
    expect(one<PresenceEv>(r, 'C', 'presence')).toEqual(off);
    const seen = await online();
    expect(seen.online).toBe(false);
    expect(Date.parse(seen.lastSeenAt!)).toBe(Date.parse(off.lastSeenAt!));

    // A fourth client for B: online again, then offline again when it goes.
    const fourth = await connect(stack.gatewayUrl, users.B.accessToken);
    extraClients.push(fourth);
    r = await expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    expect(one<PresenceEv>(r, 'A', 'presence')).toEqual({ userId: id('B'), online: true, lastSeenAt: null });
    expect(one<PresenceEv>(r, 'C', 'presence')).toEqual({ userId: id('B'), online: true, lastSeenAt: null });
    expect((await online()).online).toBe(true);
    await fourth.dispose();
    r = await expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    const offAgain = one<PresenceEv>(r, 'A', 'presence');
    expect(offAgain).toMatchObject({ userId: id('B'), online: false });
    expect(Date.parse(offAgain.lastSeenAt!)).toBeGreaterThanOrEqual(Date.parse(off.lastSeenAt!));
    expect((await online()).online).toBe(false);
  });
});
