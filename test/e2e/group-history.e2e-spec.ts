import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asOk, errorCode, login, pageOf, send, Stack, Subscription, waitUntil, wsClient, type Session } from '#testing';

const CREATE = 'mutation($i: CreateGroupInput!) { createGroupChat(input: $i) { id history } }';
const ADD = 'mutation($c: ID!, $u: [ID!]!) { addMembers(chatId: $c, userIds: $u) { id } }';
const SET = 'mutation($c: ID!, $h: ChatHistory!) { setChatHistory(chatId: $c, history: $h) { id history } }';
const MESSAGE = 'query($id: ID!) { message(id: $id) { id text } }';
const SEARCH = 'query($q: String!, $c: ID) { searchMessages(query: $q, chatId: $c) { edges { node { message { id } } } } }';

describe('history for new members: a group setting, SHARED or FROM_JOIN', () => {
  let stack: Stack;
  let owner: Session;
  let early: Session;
  let late: Session;
  let later: Session;

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    [owner, early, late, later] = await Promise.all([login(stack), login(stack), login(stack), login(stack)]);
  });
  afterAll(async () => stack?.stop());

  it('SHARED (the default): a member added later reads everything', async () => {
    const chat = (await asOk<{ createGroupChat: { id: string; history: string } }>(stack, owner, CREATE, { i: { title: 'Shared', memberIds: [early.userId] } }))
      .createGroupChat;
    expect(chat.history).toBe('SHARED');
    const before = await send(stack, owner, chat.id, 'said before');
    await asOk(stack, owner, ADD, { c: chat.id, u: [late.userId] });
    expect((await pageOf(stack, late, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('said before');
    expect((await asOk<{ message: { id: string } }>(stack, late, MESSAGE, { id: before.id })).message.id).toBe(before.id);
  });

  it('FROM_JOIN: a member added later sees nothing from before, in pages, message(id), search, quotes, forwards and events', async () => {
    const chat = (
      await asOk<{ createGroupChat: { id: string; history: string } }>(stack, owner, CREATE, {
        i: { title: 'From join', memberIds: [early.userId], history: 'FROM_JOIN' },
      })
    ).createGroupChat;
    expect(chat.history).toBe('FROM_JOIN');
    const secret = await send(stack, owner, chat.id, 'secret plans before');
    await asOk(stack, owner, ADD, { c: chat.id, u: [late.userId] });

    // Pages: the "added" notice and what follows, nothing older; no more before.
    const page = await pageOf(stack, late, chat.id, { limit: 50 });
    expect(page.messages.map((m) => m.text)).not.toContain('secret plans before');
    expect(page.messages.every((m) => m.seq > secret.seq)).toBe(true);
    expect(page.hasMoreBefore).toBe(false);
    expect((await pageOf(stack, early, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('secret plans before');
    // message(id) (null, as for a missing one), search, forward, reactions, quotes: as if it did not exist.
    expect((await asOk<{ message: unknown }>(stack, late, MESSAGE, { id: secret.id })).message).toBeNull();
    expect((await asOk<{ message: { id: string } }>(stack, early, MESSAGE, { id: secret.id })).message.id).toBe(secret.id);
    const hits = await asOk<{ searchMessages: { edges: unknown[] } }>(stack, late, SEARCH, { q: 'secret', c: chat.id });
    expect(hits.searchMessages.edges).toEqual([]);
    expect((await asOk<{ searchMessages: { edges: unknown[] } }>(stack, early, SEARCH, { q: 'secret', c: chat.id })).searchMessages.edges).toHaveLength(1);
    expect(
      errorCode(await as(stack, late, 'mutation($m: ID!, $c: [ID!]!) { forwardMessage(messageId: $m, chatIds: $c) { id } }', { m: secret.id, c: [chat.id] })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await as(stack, late, 'mutation($m: ID!) { toggleReaction(messageId: $m, emoji: "👍") { id } }', { m: secret.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await as(stack, late, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }', {
          i: { chatId: chat.id, clientId: randomUUID(), text: 'x', replyToId: secret.id },
        }),
      ),
    ).toBe('BAD_USER_INPUT');

    // Events: an edit of the old message and a reply quoting it.
    const lateSocket = wsClient(stack.gatewayUrl, late.accessToken);
    const earlySocket = wsClient(stack.gatewayUrl, early.accessToken);
    const Q = 'subscription($c: ID) { messageUpdated(chatId: $c) { id text } }';
    const N = 'subscription($c: ID) { newMessage(chatId: $c) { id text replyTo { id text deleted } } }';
    type Updated = { messageUpdated: { id: string; text: string } };
    type Created = { newMessage: { id: string; text: string; replyTo: { id: string; text: string | null; deleted: boolean } | null } };
    const lateUpdates = new Subscription<Updated>(lateSocket, Q, { c: chat.id });
    const earlyUpdates = new Subscription<Updated>(earlySocket, Q, { c: chat.id });
    const lateNew = new Subscription<Created>(lateSocket, N, { c: chat.id });
    const earlyNew = new Subscription<Created>(earlySocket, N, { c: chat.id });
    try {
      await new Promise((r) => setTimeout(r, 300));
      await asOk(stack, owner, 'mutation($id: ID!) { editMessage(id: $id, text: "secret plans, edited") { id } }', { id: secret.id });
      const reply = await send(stack, owner, chat.id, 'about that', { replyToId: secret.id });
      await earlyUpdates.waitFor(1);
      const [earlyReply] = (await earlyNew.waitFor(1)).map((e) => e.newMessage);
      expect(earlyReply.replyTo).toMatchObject({ id: secret.id, text: 'secret plans, edited', deleted: false });
      const [lateReply] = (await lateNew.waitFor(1)).map((e) => e.newMessage);
      expect(lateReply.id).toBe(reply.id);
      expect(lateReply.replyTo).toMatchObject({ id: secret.id, text: null, deleted: true });
      // The edit went to the early member only (events of one user arrive in order: the reply came after it).
      expect(lateUpdates.events).toEqual([]);
      const inPage = (await pageOf(stack, late, chat.id, { limit: 50 })).messages.find((m) => m.id === reply.id);
      expect(inPage).toBeDefined();
    } finally {
      for (const s of [lateUpdates, earlyUpdates, lateNew, earlyNew]) s.close();
      await lateSocket.dispose();
      await earlySocket.dispose();
    }
  });

  it('only the owner changes the setting; it applies to members added afterwards', async () => {
    const chat = (await asOk<{ createGroupChat: { id: string } }>(stack, owner, CREATE, { i: { title: 'Switch', memberIds: [early.userId, late.userId] } }))
      .createGroupChat;
    await send(stack, owner, chat.id, 'old news');
    const refused = await as(stack, early, SET, { c: chat.id, h: 'FROM_JOIN' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(errorCode(await as(stack, owner, SET, { c: chat.id, h: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
    expect((await asOk<{ setChatHistory: { history: string } }>(stack, owner, SET, { c: chat.id, h: 'FROM_JOIN' })).setChatHistory.history).toBe('FROM_JOIN');
    await asOk(stack, owner, ADD, { c: chat.id, u: [later.userId] });
    const texts = (await pageOf(stack, later, chat.id, { limit: 50 })).messages.map((m) => m.text);
    expect(texts).not.toContain('old news');
    // Members from before keep what they had.
    expect((await pageOf(stack, late, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('old news');
    await waitUntil(async () => (await pageOf(stack, later, chat.id, { limit: 50 })).messages.length > 0 || null, 'the later member to see the notice');
  });
});
