import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_MEMBERS,
  as,
  asOk,
  createGroup,
  EDIT_MESSAGE,
  errorCode,
  FORWARD_MESSAGE,
  graphql,
  login,
  MESSAGE,
  MESSAGE_UPDATED,
  NEW_MESSAGE,
  pageOf,
  SEARCH_MESSAGES,
  send,
  SEND_MESSAGE,
  SET_CHAT_HISTORY,
  Stack,
  Subscription,
  TOGGLE_REACTION,
  unchecked,
  waitUntil,
  wsClient,
  type Session,
} from '#testing';

// Its own selection: the history setting a new group starts with, which ChatFields does not hold.
const CREATE = graphql(`
  mutation GroupHistoryCreateGroup($input: CreateGroupInput!) {
    createGroupChat(input: $input) {
      ...ChatFields
      history
    }
  }
`);

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
    const chat = (await asOk(stack, owner, CREATE, { input: { title: 'Shared', memberIds: [early.userId] } })).createGroupChat;
    expect(chat.history).toBe('SHARED');
    const before = await send(stack, owner, chat.id, 'said before');
    await asOk(stack, owner, ADD_MEMBERS, { chatId: chat.id, userIds: [late.userId] });
    expect((await pageOf(stack, late, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('said before');
    expect((await asOk(stack, late, MESSAGE, { id: before.id })).message?.id).toBe(before.id);
  });

  it('FROM_JOIN: a member added later sees nothing from before, in pages, message(id), search, quotes, forwards and events', async () => {
    const chat = (await asOk(stack, owner, CREATE, { input: { title: 'From join', memberIds: [early.userId], history: 'FROM_JOIN' } })).createGroupChat;
    expect(chat.history).toBe('FROM_JOIN');
    const secret = await send(stack, owner, chat.id, 'secret plans before');
    await asOk(stack, owner, ADD_MEMBERS, { chatId: chat.id, userIds: [late.userId] });

    // Pages: the "added" notice and what follows, nothing older; no more before.
    const page = await pageOf(stack, late, chat.id, { limit: 50 });
    expect(page.messages.map((m) => m.text)).not.toContain('secret plans before');
    expect(page.messages.every((m) => m.seq > secret.seq)).toBe(true);
    expect(page.hasMoreBefore).toBe(false);
    expect((await pageOf(stack, early, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('secret plans before');
    // message(id) (null, as for a missing one), search, forward, reactions, quotes: as if it did not exist.
    expect((await asOk(stack, late, MESSAGE, { id: secret.id })).message).toBeNull();
    expect((await asOk(stack, early, MESSAGE, { id: secret.id })).message?.id).toBe(secret.id);
    const hits = await asOk(stack, late, SEARCH_MESSAGES, { query: 'secret', chatId: chat.id });
    expect(hits.searchMessages.edges).toEqual([]);
    expect((await asOk(stack, early, SEARCH_MESSAGES, { query: 'secret', chatId: chat.id })).searchMessages.edges).toHaveLength(1);
    expect(errorCode(await as(stack, late, FORWARD_MESSAGE, { messageId: secret.id, chatIds: [chat.id] }))).toBe('NOT_FOUND');
    expect(errorCode(await as(stack, late, TOGGLE_REACTION, { messageId: secret.id, emoji: '👍' }))).toBe('NOT_FOUND');
    expect(errorCode(await as(stack, late, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), text: 'x', replyToId: secret.id } }))).toBe(
      'BAD_USER_INPUT',
    );

    // Events: an edit of the old message and a reply quoting it.
    const lateSocket = wsClient(stack.gatewayUrl, late.accessToken);
    const earlySocket = wsClient(stack.gatewayUrl, early.accessToken);
    const lateUpdates = new Subscription(lateSocket, MESSAGE_UPDATED, { chatId: chat.id });
    const earlyUpdates = new Subscription(earlySocket, MESSAGE_UPDATED, { chatId: chat.id });
    const lateNew = new Subscription(lateSocket, NEW_MESSAGE, { chatId: chat.id });
    const earlyNew = new Subscription(earlySocket, NEW_MESSAGE, { chatId: chat.id });
    try {
      await new Promise((r) => setTimeout(r, 300));
      await asOk(stack, owner, EDIT_MESSAGE, { id: secret.id, text: 'secret plans, edited' });
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
    const chat = await createGroup(stack, owner, 'Switch', [early.userId, late.userId]);
    await send(stack, owner, chat.id, 'old news');
    const refused = await as(stack, early, SET_CHAT_HISTORY, { chatId: chat.id, history: 'FROM_JOIN' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    // A value the ChatHistory enum does not have, on purpose.
    expect(errorCode(await as(stack, owner, unchecked(SET_CHAT_HISTORY), { chatId: chat.id, history: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
    expect((await asOk(stack, owner, SET_CHAT_HISTORY, { chatId: chat.id, history: 'FROM_JOIN' })).setChatHistory.history).toBe('FROM_JOIN');
    await asOk(stack, owner, ADD_MEMBERS, { chatId: chat.id, userIds: [later.userId] });
    const texts = (await pageOf(stack, later, chat.id, { limit: 50 })).messages.map((m) => m.text);
    expect(texts).not.toContain('old news');
    // Members from before keep what they had.
    expect((await pageOf(stack, late, chat.id, { limit: 50 })).messages.map((m) => m.text)).toContain('old news');
    await waitUntil(async () => (await pageOf(stack, later, chat.id, { limit: 50 })).messages.length > 0 || null, 'the later member to see the notice');
  });
});
