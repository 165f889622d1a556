import { describe, expect, it } from 'vitest';
import { asOk, badIds, fakeId, fakeIds, graphql, inputFixture, send, type InputCase } from '#testing';

/**
 * Bad input for what is done to a sent message (editMessage, deleteMessage, toggleReaction,
 * forwardMessage): a clear code and field, and nothing stored (libs/testing/src/input-cases.ts).
 */

const EDIT = graphql(`
  mutation InputEdit($m: ID!, $t: String!) {
    editMessage(id: $m, text: $t) {
      id
      text
    }
  }
`);
const DELETE = graphql(`
  mutation InputDelete($m: ID!, $e: Boolean) {
    deleteMessage(id: $m, forEveryone: $e) {
      id
      deleted
    }
  }
`);
const REACT = graphql(`
  mutation InputReact($m: ID!, $e: String!) {
    toggleReaction(messageId: $m, emoji: $e) {
      id
      reactions {
        emoji
        count
      }
    }
  }
`);
const FORWARD = graphql(`
  mutation InputForward($m: ID!, $c: [ID!]!) {
    forwardMessage(messageId: $m, chatIds: $c) {
      id
      chatId
    }
  }
`);

const CASES: InputCase[] = [
  // editMessage
  { name: "editMessage: someone else's message", who: 'b', query: EDIT, vars: (w) => ({ m: w.msgA, t: 'mine now' }), code: 'FORBIDDEN' },
  { name: 'editMessage: a SYSTEM message', query: EDIT, vars: (w) => ({ m: w.system, t: 'history rewritten' }), code: 'FORBIDDEN' },
  ...['', '  \n '].map((t): InputCase => ({
    name: `editMessage: to ${t ? 'whitespace-only' : 'empty'} text`,
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'empty',
  })),
  {
    name: 'editMessage: to 4001 characters',
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t: 'y'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'at most 4000',
  },
  {
    name: 'editMessage: to text with a control character',
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t: 'ring \u0007 bell' }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'control characters',
  },
  {
    name: 'editMessage: a deleted message',
    query: EDIT,
    vars: (w) => ({ m: w.deleted, t: 'resurrected' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
    says: 'deleted',
  },
  { name: 'editMessage: unknown message id', query: EDIT, vars: () => ({ m: fakeId(), t: 'x' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({ name: `editMessage: id "${id}"`, query: EDIT, vars: () => ({ m: id, t: 'x' }), code: 'BAD_USER_INPUT', field: 'id' })),

  // deleteMessage
  { name: "deleteMessage: someone else's message for everyone", who: 'b', query: DELETE, vars: (w) => ({ m: w.msgA, e: true }), code: 'FORBIDDEN' },
  { name: 'deleteMessage: a SYSTEM message for everyone', query: DELETE, vars: (w) => ({ m: w.system, e: true }), code: 'FORBIDDEN' },
  { name: 'deleteMessage: unknown message id', query: DELETE, vars: () => ({ m: fakeId(), e: true }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `deleteMessage: id "${id}"`,
    query: DELETE,
    vars: () => ({ m: id, e: false }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  })),
  { name: 'deleteMessage: forEveryone "yes" (wrong type)', query: DELETE, vars: (w) => ({ m: w.msgA, e: 'yes' }), code: 'BAD_USER_INPUT' },

  // toggleReaction
  ...['', ' ', 'ab', '👍👍', '1', 'x👍'].map((e): InputCase => ({
    name: `toggleReaction: emoji ${JSON.stringify(e)}`,
    query: REACT,
    vars: (w) => ({ m: w.msgA, e }),
    code: 'BAD_USER_INPUT',
    field: 'emoji',
    says: 'single emoji',
  })),
  { name: 'toggleReaction: a deleted message', query: REACT, vars: (w) => ({ m: w.deleted, e: '👍' }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'toggleReaction: unknown message id', query: REACT, vars: () => ({ m: fakeId(), e: '👍' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `toggleReaction: messageId "${id}"`,
    query: REACT,
    vars: () => ({ m: id, e: '👍' }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),

  // forwardMessage
  { name: 'forwardMessage: chatIds []', query: FORWARD, vars: (w) => ({ m: w.msgA, c: [] }), code: 'BAD_USER_INPUT', field: 'chatIds', says: 'at least 1' },
  {
    name: 'forwardMessage: 21 chatIds',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: fakeIds(21) }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds',
    says: 'at most 20',
  },
  { name: 'forwardMessage: chatIds ["nope"]', query: FORWARD, vars: (w) => ({ m: w.msgA, c: ['nope'] }), code: 'BAD_USER_INPUT', field: 'chatIds[0]' },
  {
    name: 'forwardMessage: chatIds [a chat, "123"] (nothing forwarded to the good one)',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: [w.other, '123'] }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds[1]',
  },
  {
    name: 'forwardMessage: chatIds [a chat, an unknown chat] (nothing forwarded to the good one)',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: [w.other, fakeId()] }),
    code: 'NOT_FOUND',
  },
  { name: 'forwardMessage: a SYSTEM message', query: FORWARD, vars: (w) => ({ m: w.system, c: [w.other] }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'forwardMessage: a deleted message', query: FORWARD, vars: (w) => ({ m: w.deleted, c: [w.other] }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'forwardMessage: unknown message id', query: FORWARD, vars: (w) => ({ m: fakeId(), c: [w.other] }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `forwardMessage: messageId "${id}"`,
    query: FORWARD,
    vars: (w) => ({ m: id, c: [w.other] }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),
  // Variables that do not fit the schema never reach a resolver.
  { name: 'forwardMessage: chatIds {} (wrong type)', query: FORWARD, vars: (w) => ({ m: w.msgA, c: {} }), code: 'BAD_USER_INPUT' },
];

describe('messaging input: edits, deletions, reactions and forwards refuse every bad argument with a clear code, and store nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: one emoji of several code points is a reaction', async () => {
    const { stack, w } = t;
    const long = await send(stack, w.a, w.direct, '😀'.repeat(4000));
    for (const emoji of ['❤️', '👍🏽', '🇫🇷', '👨‍👩‍👧', '#️⃣']) {
      const r = await asOk(stack, w.a, REACT, { m: long.id, e: emoji });
      expect(
        r.toggleReaction.reactions.map((x) => x.emoji),
        emoji,
      ).toContain(emoji);
    }
  });
});
