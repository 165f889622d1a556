import { describe, expect, it } from 'vitest';
import {
  as,
  asOk,
  badIds,
  CHAT,
  CHATS,
  fakeId,
  inputFixture,
  MARK_READ,
  MESSAGE,
  MESSAGES,
  pageOf,
  SEARCH_MESSAGES,
  send,
  SET_TYPING,
  type InputCase,
} from '#testing';

/**
 * Bad input for reading chats and messages (messages, message, chat, chats, searchMessages) and
 * for saying what one has read or is doing (markRead, setTyping): a clear code and field, and
 * nothing stored (libs/testing/src/input-cases.ts).
 */

const CASES: InputCase[] = [
  // markRead
  { name: 'markRead: negative seq', query: MARK_READ, vars: (w) => ({ chatId: w.group, seq: -1 }), code: 'BAD_USER_INPUT', field: 'seq', says: '≥ 0' },
  { name: 'markRead: seq "x" (wrong type)', query: MARK_READ, vars: (w) => ({ chatId: w.group, seq: 'x' }), code: 'BAD_USER_INPUT', says: '$seq' },
  { name: 'markRead: seq 1.5 (not an Int)', query: MARK_READ, vars: (w) => ({ chatId: w.group, seq: 1.5 }), code: 'BAD_USER_INPUT' },
  { name: 'markRead: seq 2^31 (beyond Int)', query: MARK_READ, vars: (w) => ({ chatId: w.group, seq: 2 ** 31 }), code: 'BAD_USER_INPUT' },
  { name: 'markRead: unknown chat id', query: MARK_READ, vars: () => ({ chatId: fakeId(), seq: 1 }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `markRead: chatId "${id}"`,
    query: MARK_READ,
    vars: () => ({ chatId: id, seq: 1 }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
  // Documents the schema refuses stay plain strings: codegen checks every graphql() document against the schema.
  {
    name: 'markRead: seq "x" as an inline literal',
    query: 'mutation($c: ID!) { markRead(chatId: $c, seq: "x") { id } }',
    vars: (w) => ({ c: w.group }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'markRead: an argument the field does not have',
    query: 'mutation($c: ID!) { markRead(chatId: $c, seq: 1, everything: true) { id } }',
    vars: (w) => ({ c: w.group }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'markRead: seq missing', query: 'mutation($c: ID!) { markRead(chatId: $c) { id } }', vars: (w) => ({ c: w.group }), code: 'BAD_USER_INPUT' },

  // setTyping
  { name: 'setTyping: unknown chat id', query: SET_TYPING, vars: () => ({ chatId: fakeId(), isTyping: true }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `setTyping: chatId "${id}"`,
    query: SET_TYPING,
    vars: () => ({ chatId: id, isTyping: true }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
  { name: 'setTyping: isTyping "yes" (wrong type)', query: SET_TYPING, vars: (w) => ({ chatId: w.group, isTyping: 'yes' }), code: 'BAD_USER_INPUT' },

  // messages
  ...[101, 0, -5].map((l): InputCase => ({
    name: `messages: limit ${l}`,
    query: MESSAGES,
    vars: (w) => ({ chatId: w.group, limit: l }),
    code: 'BAD_USER_INPUT',
    field: 'limit',
    says: 'between 1 and 100',
  })),
  { name: 'messages: limit "ten" (wrong type)', query: MESSAGES, vars: (w) => ({ chatId: w.group, limit: 'ten' }), code: 'BAD_USER_INPUT' },
  {
    name: 'messages: beforeSeq together with afterSeq',
    query: MESSAGES,
    vars: (w) => ({ chatId: w.group, beforeSeq: 5, afterSeq: 1 }),
    code: 'BAD_USER_INPUT',
    field: 'afterSeq',
    says: 'not both',
  },
  { name: 'messages: negative beforeSeq', query: MESSAGES, vars: (w) => ({ chatId: w.group, beforeSeq: -1 }), code: 'BAD_USER_INPUT', field: 'beforeSeq' },
  { name: 'messages: negative afterSeq', query: MESSAGES, vars: (w) => ({ chatId: w.group, afterSeq: -1 }), code: 'BAD_USER_INPUT', field: 'afterSeq' },
  { name: 'messages: unknown chat id', query: MESSAGES, vars: () => ({ chatId: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `messages: chatId "${id}"`,
    query: MESSAGES,
    vars: () => ({ chatId: id }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // chat, message, chats
  ...badIds.map((id): InputCase => ({ name: `chat: id "${id}"`, query: CHAT, vars: () => ({ id }), code: 'BAD_USER_INPUT', field: 'id' })),
  ...badIds.map((id): InputCase => ({ name: `message: id "${id}"`, query: MESSAGE, vars: () => ({ id }), code: 'BAD_USER_INPUT', field: 'id' })),
  ...[0, 101].map((f): InputCase => ({ name: `chats: first ${f}`, query: CHATS, vars: () => ({ first: f }), code: 'BAD_USER_INPUT', field: 'first' })),
  { name: 'chats: after "garbage"', query: CHATS, vars: () => ({ after: 'garbage' }), code: 'BAD_USER_INPUT', field: 'after' },

  // searchMessages
  ...['', '   ', 's'.repeat(201)].map((q): InputCase => ({
    name: `searchMessages: query of ${q.length} characters${q.trim() ? '' : ' (blank)'}`,
    query: SEARCH_MESSAGES,
    vars: () => ({ query: q }),
    code: 'BAD_USER_INPUT',
    field: 'query',
    says: '1..200',
  })),
  ...badIds.map((id): InputCase => ({
    name: `searchMessages: chatId "${id}"`,
    query: SEARCH_MESSAGES,
    vars: () => ({ query: 'hello', chatId: id }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
  { name: 'searchMessages: unknown chat id', query: SEARCH_MESSAGES, vars: () => ({ query: 'hello', chatId: fakeId() }), code: 'NOT_FOUND' },
  ...[0, 51].map((f): InputCase => ({
    name: `searchMessages: first ${f}`,
    query: SEARCH_MESSAGES,
    vars: () => ({ query: 'hello', first: f }),
    code: 'BAD_USER_INPUT',
    field: 'first',
  })),
  {
    name: 'searchMessages: after "garbage"',
    query: SEARCH_MESSAGES,
    vars: () => ({ query: 'hello', after: 'garbage' }),
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
];

describe('messaging input: reads, markRead and setTyping refuse every bad argument with a clear code, and store nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: 200-character literal searches, limit 1..100, seq 0', async () => {
    const { stack, w } = t;
    expect((await asOk(stack, w.a, SEARCH_MESSAGES, { query: 's'.repeat(200) })).searchMessages.edges).toEqual([]);
    expect((await pageOf(stack, w.a, w.group, { limit: 100 })).messages.length).toBeGreaterThan(0);
    expect((await pageOf(stack, w.a, w.group, { limit: 1 })).messages).toHaveLength(1);
    expect((await as(stack, w.b, MARK_READ, { chatId: w.direct, seq: 0 })).errors).toBeUndefined();
    // Search terms are literal text, not patterns.
    const literal = await send(stack, w.a, w.direct, 'costs (.*) dollars');
    const found = await asOk(stack, w.a, SEARCH_MESSAGES, { query: '(.*)' });
    expect(found.searchMessages.edges.map((e) => e.node.message.id)).toEqual([literal.id]);
  });
});
