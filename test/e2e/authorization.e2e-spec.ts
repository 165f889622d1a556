import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, signAccessToken } from '#common';
import {
  ADD_MEMBERS,
  as,
  asOk,
  CHAT,
  chatOf,
  CHATS,
  CREATE_DIRECT,
  CREATE_GROUP,
  createDirect,
  createGroup,
  DELETE_MESSAGE,
  EDIT_MESSAGE,
  errorCode,
  FORWARD_MESSAGE,
  gql,
  LEAVE_CHAT,
  login,
  MARK_READ,
  MESSAGE,
  MESSAGE_UPDATED,
  MESSAGES,
  NEW_MESSAGE,
  pageOf,
  REACTIONS,
  READ_RECEIPTS,
  REMOVE_MEMBER,
  RENAME_GROUP,
  SEARCH_MESSAGES,
  send,
  SEND_MESSAGE,
  SET_MEMBER_ROLE,
  SET_TYPING,
  sleep,
  Stack,
  Subscription,
  SUBSCRIPTIONS,
  TOGGLE_REACTION,
  TYPING,
  unchecked,
  wsClient,
  type AnyOperation,
  type ChatView,
  type GqlResult,
  type Operation,
  type Session,
} from '#testing';

/**
 * Authorization matrix: every chat operation of the contract, as an anonymous caller and as a
 * logged-in user who is not a member of the chat it names. Anonymous callers get UNAUTHENTICATED;
 * non-members get the same answer as for a chat or message that does not exist (NOT_FOUND, or
 * null for `chat(id)`/`message(id)`), learn nothing about the chat, and change nothing in it.
 */

/** A valid ObjectId that names nothing. */
const fakeId = () => randomBytes(12).toString('hex');
/** Time for a fresh graphql-ws subscription to be registered on the gateway (there is no ack). */
const settle = () => sleep(1000);

/** A chat the outsider is not in, and one message of it. */
interface Target {
  kind: 'group' | 'direct';
  chatId: string;
  messageId: string;
}

interface World {
  a: Session; // owner of the group, member of the direct chat
  b: Session; // member of both
  c: Session; // the outsider
  d: Session; // C's contact: C's own chat is with D
  targets: Target[];
  own: { chatId: string; messageId: string };
  /** Strings a non-member must never see in an answer. */
  secrets: string[];
  /** A word only the foreign chats' messages contain. */
  secretWord: string;
}

type Vars = Record<string, unknown>;
type Result = GqlResult<Record<string, unknown>>;

interface Row {
  op: string;
  query: AnyOperation;
  /** Variables naming the foreign chat or message. */
  vars: (w: World, t: Target) => Vars;
  /** The same request naming something that does not exist: a non-member must get the same answer. */
  unknown?: (w: World, t: Target) => Vars;
  /** What the non-member gets: an error code, null in a field, or a custom check. */
  expect: { code: string } | { nullField: string } | { check: (r: Result, w: World, t: Target) => void };
}

const ROWS: Row[] = [
  {
    op: 'chats',
    query: CHATS,
    vars: () => ({ first: 100 }),
    expect: {
      check: (r, w) => {
        expect(r.errors).toBeUndefined();
        const ids = (r.data!.chats as { edges: Array<{ node: { id: string } }> }).edges.map((e) => e.node.id);
        expect(ids).toContain(w.own.chatId);
        for (const t of w.targets) expect(ids).not.toContain(t.chatId);
      },
    },
  },
  {
    op: 'chat',
    query: CHAT,
    vars: (_w, t) => ({ id: t.chatId }),
    unknown: () => ({ id: fakeId() }),
    expect: { nullField: 'chat' },
  },
  {
    op: 'messages',
    query: MESSAGES,
    vars: (_w, t) => ({ chatId: t.chatId }),
    unknown: () => ({ chatId: fakeId() }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'message',
    query: MESSAGE,
    vars: (_w, t) => ({ id: t.messageId }),
    unknown: () => ({ id: fakeId() }),
    expect: { nullField: 'message' },
  },
  {
    op: 'searchMessages (chatId of the foreign chat)',
    query: SEARCH_MESSAGES,
    vars: (w, t) => ({ query: w.secretWord, chatId: t.chatId }),
    unknown: (w) => ({ query: w.secretWord, chatId: fakeId() }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'searchMessages (all chats)',
    query: SEARCH_MESSAGES,
    vars: (w) => ({ query: w.secretWord }),
    expect: {
      check: (r) => {
        expect(r.errors).toBeUndefined();
        expect((r.data!.searchMessages as { edges: unknown[] }).edges).toEqual([]);
      },
    },
  },
  {
    // Not about an existing chat: an outsider may open a direct chat with a member, and gets a
    // chat of their own, never the members' chat.
    op: 'createDirectChat',
    query: CREATE_DIRECT,
    vars: (w) => ({ userId: w.a.userId }),
    expect: {
      check: (r, w) => {
        expect(r.errors).toBeUndefined();
        const chat = r.data!.createDirectChat as { id: string; kind: string; members: Array<{ user: { id: string } }> };
        for (const t of w.targets) expect(chat.id).not.toBe(t.chatId);
        expect(chat.kind).toBe('DIRECT');
        expect(chat.members.map((m) => m.user.id).sort()).toEqual([w.a.userId, w.c.userId].sort());
      },
    },
  },
  {
    op: 'createGroupChat',
    query: CREATE_GROUP,
    vars: (w) => ({ input: { title: 'Outsider circle', memberIds: [w.a.userId, w.b.userId] } }),
    expect: {
      check: (r, w) => {
        expect(r.errors).toBeUndefined();
        const chat = r.data!.createGroupChat as { id: string; title: string; members: Array<{ role: string; user: { id: string } }> };
        for (const t of w.targets) expect(chat.id).not.toBe(t.chatId);
        expect(chat.title).toBe('Outsider circle');
        expect(chat.members.find((m) => m.role === 'OWNER')?.user.id).toBe(w.c.userId);
      },
    },
  },
  {
    op: 'renameGroup',
    query: RENAME_GROUP,
    vars: (_w, t) => ({ chatId: t.chatId, title: 'Hijacked' }),
    unknown: () => ({ chatId: fakeId(), title: 'Hijacked' }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'addMembers (adding oneself)',
    query: ADD_MEMBERS,
    vars: (w, t) => ({ chatId: t.chatId, userIds: [w.c.userId] }),
    unknown: (w) => ({ chatId: fakeId(), userIds: [w.c.userId] }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'removeMember',
    query: REMOVE_MEMBER,
    vars: (w, t) => ({ chatId: t.chatId, userId: w.b.userId }),
    unknown: (w) => ({ chatId: fakeId(), userId: w.b.userId }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'setMemberRole (making oneself the owner)',
    query: SET_MEMBER_ROLE,
    vars: (w, t) => ({ chatId: t.chatId, userId: w.c.userId, role: 'OWNER' }),
    unknown: (w) => ({ chatId: fakeId(), userId: w.c.userId, role: 'OWNER' }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'leaveChat',
    query: LEAVE_CHAT,
    vars: (_w, t) => ({ chatId: t.chatId }),
    unknown: () => ({ chatId: fakeId() }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'sendMessage',
    query: SEND_MESSAGE,
    vars: (_w, t) => ({ input: { chatId: t.chatId, clientId: randomUUID(), text: 'let me in' } }),
    unknown: () => ({ input: { chatId: fakeId(), clientId: randomUUID(), text: 'let me in' } }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    // Quoting a foreign message from one's own chat: the same refusal as for a message that does not exist.
    op: 'sendMessage (replyToId of a foreign message)',
    query: SEND_MESSAGE,
    vars: (w, t) => ({ input: { chatId: w.own.chatId, clientId: randomUUID(), text: 'quoting', replyToId: t.messageId } }),
    unknown: (w) => ({ input: { chatId: w.own.chatId, clientId: randomUUID(), text: 'quoting', replyToId: fakeId() } }),
    expect: { code: 'BAD_USER_INPUT' },
  },
  {
    op: 'editMessage',
    query: EDIT_MESSAGE,
    vars: (_w, t) => ({ id: t.messageId, text: 'edited by an outsider' }),
    unknown: () => ({ id: fakeId(), text: 'edited by an outsider' }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'deleteMessage (for everyone)',
    query: DELETE_MESSAGE,
    vars: (_w, t) => ({ id: t.messageId, forEveryone: true }),
    unknown: () => ({ id: fakeId(), forEveryone: true }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'deleteMessage (for me)',
    query: DELETE_MESSAGE,
    vars: (_w, t) => ({ id: t.messageId, forEveryone: false }),
    unknown: () => ({ id: fakeId(), forEveryone: false }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'toggleReaction',
    query: TOGGLE_REACTION,
    vars: (_w, t) => ({ messageId: t.messageId, emoji: '👍' }),
    unknown: () => ({ messageId: fakeId(), emoji: '👍' }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'forwardMessage (a foreign message into an own chat)',
    query: FORWARD_MESSAGE,
    vars: (w, t) => ({ messageId: t.messageId, chatIds: [w.own.chatId] }),
    unknown: (w) => ({ messageId: fakeId(), chatIds: [w.own.chatId] }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    // One foreign target among the chat ids: nothing is forwarded anywhere, not even into the own chat.
    op: 'forwardMessage (an own message into the foreign chat)',
    query: FORWARD_MESSAGE,
    vars: (w, t) => ({ messageId: w.own.messageId, chatIds: [w.own.chatId, t.chatId] }),
    unknown: (w) => ({ messageId: w.own.messageId, chatIds: [w.own.chatId, fakeId()] }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'markRead',
    query: MARK_READ,
    vars: (_w, t) => ({ chatId: t.chatId, seq: 1 }),
    unknown: () => ({ chatId: fakeId(), seq: 1 }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    op: 'setTyping',
    query: SET_TYPING,
    vars: (_w, t) => ({ chatId: t.chatId, isTyping: true }),
    unknown: () => ({ chatId: fakeId(), isTyping: true }),
    expect: { code: 'NOT_FOUND' },
  },
];

interface SubRow {
  op: string;
  query: Operation<Record<string, { chatId: string }>, { chatId?: string }>;
  /** Makes a member (B, or A for read receipts) cause one event of this kind in the chat; A, a member, must receive it. */
  trigger: (w: World, t: Target) => Promise<void>;
}

const SUB_ROWS: SubRow[] = [
  {
    op: 'newMessage',
    query: NEW_MESSAGE,
    trigger: async (w, t) => void (await send(stack, w.b, t.chatId, `ping ${w.secretWord}`)),
  },
  {
    op: 'messageUpdated',
    query: MESSAGE_UPDATED,
    trigger: async (w, t) => {
      const m = await send(stack, w.b, t.chatId, 'typo');
      await asOk(stack, w.b, EDIT_MESSAGE, { id: m.id, text: `fixed ${w.secretWord}` });
    },
  },
  {
    op: 'reactions',
    query: REACTIONS,
    trigger: async (w, t) => void (await asOk(stack, w.b, TOGGLE_REACTION, { messageId: t.messageId, emoji: '🔥' })),
  },
  {
    op: 'typing',
    query: TYPING,
    trigger: async (w, t) => void (await asOk(stack, w.b, SET_TYPING, { chatId: t.chatId, isTyping: true })),
  },
  {
    op: 'readReceipts',
    query: READ_RECEIPTS,
    trigger: async (w, t) => {
      const m = await send(stack, w.a, t.chatId, 'read me');
      await asOk(stack, w.b, MARK_READ, { chatId: t.chatId, seq: m.seq });
    },
  },
];

/** No data came back: `data` is null, or every (nullable) root field in it is. */
const noData = (r: Result) => Object.values(r.data ?? {}).every((v) => v === null);

/** The first error a subscription got, as the gateway formatted it. */
function subscriptionError(s: Subscription<unknown>): { message?: string; extensions?: { code?: string } } | undefined {
  const e = s.errors[0];
  return (Array.isArray(e) ? e[0] : e) as { message?: string; extensions?: { code?: string } } | undefined;
}

/** How a graphql-ws connection opened with this token ends. */
function closeOf(token?: string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const client: Client = wsClient(stack.gatewayUrl, token, {
      onClose: (code, reason) => {
        resolve({ code, reason });
        // Disposing a client whose connection was refused rejects: nothing to clean up then.
        void Promise.resolve(client.dispose()).catch(() => undefined);
      },
    });
  });
}

let stack: Stack;

describe('authorization: who may do what to a chat', () => {
  let w: World;
  const clients: Client[] = [];
  const ws = (s: Session) => {
    const c = wsClient(stack.gatewayUrl, s.accessToken);
    clients.push(c);
    return c;
  };

  /** Everything a member sees of a chat (A's view): a non-member's failed call must leave it exactly so. */
  const memberView = async (s: Session, chatId: string) => {
    const [chat, page] = await Promise.all([chatOf(stack, s, chatId), pageOf(stack, s, chatId, { limit: 100 })]);
    return { chat: { ...chat, members: [...chat.members].sort((x, y) => x.user.id.localeCompare(y.user.id)) }, messages: page.messages };
  };
  const snapshot = async () => {
    const views = await Promise.all([...w.targets.map((t) => memberView(w.a, t.chatId)), memberView(w.c, w.own.chatId)]);
    return JSON.stringify(views);
  };

  beforeAll(async () => {
    // Every case reads the whole state before and after: far more than a person reads in a minute.
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', GRAPHQL_COST_PER_MINUTE_USER: '100000000' } });
    const [a, b, c, d] = await Promise.all([login(stack), login(stack), login(stack), login(stack)]);
    const secretWord = `zanzibar${randomBytes(3).toString('hex')}`;
    const title = `Private plans ${secretWord}`;
    const group = await createGroup(stack, a, title, [b.userId]);
    const direct = await createDirect(stack, a, b.userId);
    const groupMsg = await send(stack, a, group.id, `the group secret is ${secretWord}`);
    const directMsg = await send(stack, a, direct.id, `the direct secret is ${secretWord}`);
    await send(stack, b, group.id, `b agrees about ${secretWord}`);
    await asOk(stack, b, TOGGLE_REACTION, { messageId: groupMsg.id, emoji: '👍' });
    const ownChat = await createDirect(stack, c, d.userId);
    const ownMsg = await send(stack, c, ownChat.id, 'a message of my own');
    const names = (await chatOf(stack, a, group.id)).members.map((m) => m.user.name);
    w = {
      a,
      b,
      c,
      d,
      targets: [
        { kind: 'group', chatId: group.id, messageId: groupMsg.id },
        { kind: 'direct', chatId: direct.id, messageId: directMsg.id },
      ],
      own: { chatId: ownChat.id, messageId: ownMsg.id },
      secrets: [title, secretWord, a.userId, b.userId, a.email, b.email, ...names],
      secretWord,
    };
    // The searches below would find the word for a member: the outsider's empty answer means something.
    const hits = await asOk(stack, a, SEARCH_MESSAGES, { query: secretWord });
    expect(hits.searchMessages.edges.length).toBeGreaterThanOrEqual(2);
  });

  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => Promise.resolve(c.dispose())));
    await stack?.stop();
  });

  describe.each(ROWS)('$op', (row) => {
    it('anonymous → UNAUTHENTICATED; non-member → the answer for a missing chat, nothing learnt, nothing written', async () => {
      const before = await snapshot();
      for (const t of w.targets) {
        const label = `${row.op} on the ${t.kind} chat`;
        const anon = await gql(stack.gatewayUrl, unchecked(row.query), row.vars(w, t));
        expect(errorCode(anon), label).toBe('UNAUTHENTICATED');
        expect(noData(anon), label).toBe(true);

        const r = await as(stack, w.c, unchecked(row.query), row.vars(w, t));
        if ('code' in row.expect) {
          expect(errorCode(r), label).toBe(row.expect.code);
          expect(r.errors, label).toHaveLength(1);
          expect(noData(r), label).toBe(true);
        } else if ('nullField' in row.expect) {
          expect(r.errors, label).toBeUndefined();
          expect(r.data, label).toEqual({ [row.expect.nullField]: null });
        } else {
          row.expect.check(r, w, t);
        }
        if (!('check' in row.expect)) {
          const text = JSON.stringify(r);
          for (const s of w.secrets) expect(text, `${label} leaks ${s}`).not.toContain(s);
        }
        if (row.unknown) {
          // A chat (or message) that exists and is foreign answers exactly like one that does not exist.
          const missing = await as(stack, w.c, unchecked(row.query), row.unknown(w, t));
          const shape = (x: Result) => ({ data: x.data ?? null, errors: x.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) });
          expect(shape(r), label).toEqual(shape(missing));
        }
      }
      expect(await snapshot(), `${row.op} changed what members see`).toBe(before);
    });
  });

  describe.each(SUB_ROWS)('subscription $op', (row) => {
    it('non-member naming a foreign chat → NOT_FOUND and no events, while members receive them', async () => {
      const member = ws(w.a);
      const outsider = ws(w.c);
      const subs = w.targets.map((t) => ({
        t,
        member: new Subscription(member, row.query, { chatId: t.chatId }),
        foreign: new Subscription(outsider, row.query, { chatId: t.chatId }),
        missing: new Subscription(outsider, row.query, { chatId: fakeId() }),
      }));
      const everything = new Subscription(outsider, row.query, {});
      await settle();
      for (const s of subs) await row.trigger(w, s.t);
      for (const s of subs) {
        const [event] = await s.member.waitFor(1);
        expect(event[row.op].chatId).toBe(s.t.chatId);
      }
      await sleep(1000);
      for (const s of subs) {
        expect(s.foreign.events, `${row.op} on the ${s.t.kind} chat`).toEqual([]);
        expect(subscriptionError(s.foreign)?.extensions?.code, `${row.op} on the ${s.t.kind} chat`).toBe('NOT_FOUND');
        // Same answer as for a chat that does not exist.
        expect(subscriptionError(s.foreign)).toEqual(subscriptionError(s.missing));
        for (const secret of w.secrets) expect(JSON.stringify(s.foreign.errors)).not.toContain(secret);
      }
      // Without a chatId the outsider's stream covers only their own chats.
      expect(everything.events).toEqual([]);
      expect(everything.errors).toEqual([]);
      for (const s of [...subs.flatMap((x) => [x.member, x.foreign, x.missing]), everything]) s.close();
    });
  });

  it('graphql-ws: connection_init without a token or with a garbage, foreign or signed-out token closes 4403; an expired one 4401', async () => {
    const s = await login(stack);
    expect((await closeOf(undefined)).code).toBe(4403);
    expect((await closeOf('garbage')).code).toBe(4403);
    const foreign = await signAccessToken('another-secret-another-secret-another', s.userId, 'x', 600);
    expect((await closeOf(foreign.token)).code).toBe(4403);
    const expired = await signAccessToken(DEV_JWT_SECRET, s.userId, 'x', 60, new Date(Date.now() - 3600_000));
    const closed = await closeOf(expired.token);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toContain('expired');
    await asOk(stack, s, 'mutation { logout }');
    expect((await closeOf(s.accessToken)).code).toBe(4403);

    // A refused connection carries no subscription: an anonymous subscribe gets an error, never events.
    const anon = wsClient(stack.gatewayUrl);
    clients.push(anon);
    const sub = new Subscription(anon, NEW_MESSAGE, { chatId: w.targets[0].chatId });
    await send(stack, w.a, w.targets[0].chatId, 'nobody anonymous hears this');
    await sleep(500);
    expect(sub.events).toEqual([]);
    expect(sub.errors.length + (sub.completed ? 1 : 0)).toBeGreaterThan(0);
  });

  it("a non-member's subscriptions stay silent while members' messages, edits, reactions, typing and reads flow", async () => {
    const [group] = w.targets;
    const outsider = ws(w.c);
    const member = ws(w.b);
    const KINDS = ['newMessage', 'messageUpdated', 'reactions', 'typing', 'readReceipts'] as const;
    const silent = KINDS.map((k) => new Subscription(outsider, unchecked(SUBSCRIPTIONS[k])));
    const heard = new Subscription(member, TYPING, { chatId: group.chatId });
    const messages = new Subscription(member, NEW_MESSAGE);
    await settle();

    // The outsider's own attempt to type into the group reaches no member.
    expect(errorCode(await as(stack, w.c, SET_TYPING, { chatId: group.chatId, isTyping: true }))).toBe('NOT_FOUND');
    const m = await send(stack, w.a, group.chatId, 'flowing');
    await asOk(stack, w.a, EDIT_MESSAGE, { id: m.id, text: 'flowing, edited' });
    await asOk(stack, w.a, TOGGLE_REACTION, { messageId: m.id, emoji: '🎉' });
    await asOk(stack, w.a, SET_TYPING, { chatId: group.chatId, isTyping: true });
    await asOk(stack, w.b, MARK_READ, { chatId: group.chatId, seq: m.seq });
    expect((await messages.waitFor(1))[0].newMessage.chatId).toBe(group.chatId);
    await heard.waitFor(1);
    await sleep(1000);
    expect(heard.events).toHaveLength(1); // A's typing only, not the outsider's
    for (const s of silent) {
      expect(s.events).toEqual([]);
      expect(s.errors).toEqual([]);
    }
    for (const s of [...silent, heard, messages]) s.close();
  });

  it("a removed member's open subscriptions stop receiving at once, while the others' keep flowing", async () => {
    const { a, b, d } = w;
    const group = await createGroup(stack, a, 'Soon without B', [b.userId, d.userId]);
    const direct = w.targets[1];
    const bClient = ws(b);
    const dClient = ws(d);
    const bInChat = new Subscription(bClient, NEW_MESSAGE, { chatId: group.id });
    const bAll = new Subscription(bClient, NEW_MESSAGE);
    // Their own small selections: the receipt B gets before the removal is compared whole below.
    const bOther = [
      'messageUpdated(chatId: $c) { id }',
      'reactions(chatId: $c) { emoji }',
      'typing(chatId: $c) { isTyping }',
      'readReceipts(chatId: $c) { lastReadSeq }',
    ].map((f) => new Subscription<unknown>(bClient, `subscription($c: ID) { ${f} }`, { c: group.id }));
    const dInChat = new Subscription(dClient, NEW_MESSAGE, { chatId: group.id });
    await settle();

    const first = await send(stack, a, group.id, 'before the removal');
    await bInChat.waitFor(1);
    await bAll.waitFor(1);
    await dInChat.waitFor(1);

    await asOk(stack, a, REMOVE_MEMBER, { chatId: group.id, userId: b.userId });
    const removedAt = Date.now();
    const after = await send(stack, a, group.id, 'after the removal');
    await asOk(stack, a, EDIT_MESSAGE, { id: first.id, text: 'before the removal, edited' });
    await asOk(stack, a, TOGGLE_REACTION, { messageId: first.id, emoji: '👀' });
    await asOk(stack, a, SET_TYPING, { chatId: group.id, isTyping: true });
    await asOk(stack, d, MARK_READ, { chatId: group.id, seq: after.seq });
    const dEvents = await dInChat.waitFor(3); // the "removed" notice and the new message
    expect(dEvents.map((e) => e.newMessage.id)).toContain(after.id);
    await sleep(Math.max(0, 1500 - (Date.now() - removedAt)));
    expect(bInChat.events.map((e) => e.newMessage.id)).toEqual([first.id]);
    expect(bAll.events.map((e) => e.newMessage.id)).toEqual([first.id]);
    // Before the removal B's receipts stream had A's read receipt of the first message (a send is one); nothing after.
    const [updated, reactions, typing, receipts] = bOther;
    for (const s of [updated, reactions, typing]) expect(s.events).toEqual([]);
    expect(receipts.events).toEqual([{ readReceipts: { lastReadSeq: first.seq } }]);

    // B's stream is alive, only the group is gone from it: a message in B's direct chat still arrives.
    const stillThere = await send(stack, a, direct.chatId, 'you still hear me here');
    const events = await bAll.waitFor(2);
    expect(events[1].newMessage.id).toBe(stillThere.id);

    // And B reads and writes nothing of the group any more.
    expect((await asOk(stack, b, CHAT, { id: group.id })).chat).toBeNull();
    expect(errorCode(await as(stack, b, MESSAGES, { chatId: group.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as(stack, b, SEND_MESSAGE, { input: { chatId: group.id, clientId: randomUUID(), text: 'still here?' } }))).toBe('NOT_FOUND');
    expect((await asOk(stack, b, MESSAGE, { id: first.id })).message).toBeNull();
    const lateSub = new Subscription(bClient, NEW_MESSAGE, { chatId: group.id });
    await settle();
    expect(subscriptionError(lateSub)?.extensions?.code).toBe('NOT_FOUND');
    for (const s of [bInChat, bAll, ...bOther, dInChat, lateSub]) s.close();
  });

  it('a MEMBER cannot rename, add, remove or change roles (FORBIDDEN), and nothing changes', async () => {
    const { a, b, c, d } = w;
    const group = await createGroup(stack, a, 'Members only', [b.userId, d.userId]);
    const before = JSON.stringify(await memberView(a, group.id));
    const attempts: Array<[string, AnyOperation, Vars]> = [
      ['renameGroup', RENAME_GROUP, { chatId: group.id, title: 'Renamed by a member' }],
      ['addMembers', ADD_MEMBERS, { chatId: group.id, userIds: [c.userId] }],
      ['removeMember (another member)', REMOVE_MEMBER, { chatId: group.id, userId: d.userId }],
      ['removeMember (the owner)', REMOVE_MEMBER, { chatId: group.id, userId: a.userId }],
      ['setMemberRole (oneself to ADMIN)', SET_MEMBER_ROLE, { chatId: group.id, userId: b.userId, role: 'ADMIN' }],
      ['setMemberRole (taking ownership)', SET_MEMBER_ROLE, { chatId: group.id, userId: b.userId, role: 'OWNER' }],
    ];
    for (const [op, query, vars] of attempts) {
      const r = await as(stack, b, unchecked(query), vars);
      expect(errorCode(r), op).toBe('FORBIDDEN');
      expect(noData(r), op).toBe(true);
    }
    expect(JSON.stringify(await memberView(a, group.id))).toBe(before);
  });

  it('an ADMIN (role seeded straight in the database) cannot remove the owner or another admin', async () => {
    const { a, b, c, d } = w;
    const group = await createGroup(stack, a, 'With admins', [b.userId, d.userId, c.userId]);
    const conn = await mongoose.createConnection(stack.mongoUrl, { dbName: stack.dbName }).asPromise();
    try {
      const res = await conn
        .collection('chats')
        .updateOne({ _id: new mongoose.Types.ObjectId(group.id) }, { $set: { [`members.${b.userId}.role`]: 'admin', [`members.${d.userId}.role`]: 'admin' } });
      expect(res.modifiedCount).toBe(1);
    } finally {
      await conn.close();
    }
    // The chat service reads chats through its Redis cache: drop the chat's entry so the change is seen.
    const redis = new Redis(stack.redis.url);
    await redis.del(`parley:chat:${group.id}`);
    redis.disconnect();
    const roles = (chat: ChatView) => Object.fromEntries(chat.members.map((m) => [m.user.id, m.role]));
    expect(roles(await chatOf(stack, a, group.id))).toEqual({ [a.userId]: 'OWNER', [b.userId]: 'ADMIN', [d.userId]: 'ADMIN', [c.userId]: 'MEMBER' });

    const before = JSON.stringify(await memberView(a, group.id));
    for (const [label, target] of [
      ['the owner', a.userId],
      ['another admin', b.userId],
    ]) {
      const r = await as(stack, d, REMOVE_MEMBER, { chatId: group.id, userId: target });
      expect(errorCode(r), label).toBe('FORBIDDEN');
    }
    expect(JSON.stringify(await memberView(a, group.id))).toBe(before);

    // What an admin may do: rename, and remove a plain member.
    expect((await asOk(stack, d, RENAME_GROUP, { chatId: group.id, title: 'Renamed by an admin' })).renameGroup.title).toBe('Renamed by an admin');
    const removed = await asOk(stack, d, REMOVE_MEMBER, { chatId: group.id, userId: c.userId });
    expect(removed.removeMember.members.map((m) => m.user.id)).not.toContain(c.userId);
    // The owner may remove an admin.
    const byOwner = await asOk(stack, a, REMOVE_MEMBER, { chatId: group.id, userId: b.userId });
    expect(byOwner.removeMember.members.map((m) => m.user.id).sort()).toEqual([a.userId, d.userId].sort());
  });
});
