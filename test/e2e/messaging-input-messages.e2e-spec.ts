import { describe, expect, it } from 'vitest';
import { asOk, badIds, DELETE_MESSAGE, EDIT_MESSAGE, fakeId, fakeIds, FORWARD_MESSAGE, inputFixture, send, TOGGLE_REACTION, type InputCase } from '#testing';

/**
 * Bad input for what is done to a sent message (editMessage, deleteMessage, toggleReaction,
 * forwardMessage): a clear code and field, and nothing stored (libs/testing/src/input-cases.ts).
 */

const CASES: InputCase[] = [
  // editMessage
  { name: "editMessage: someone else's message", who: 'b', query: EDIT_MESSAGE, vars: (w) => ({ id: w.msgA, text: 'mine now' }), code: 'FORBIDDEN' },
  { name: 'editMessage: a SYSTEM message', query: EDIT_MESSAGE, vars: (w) => ({ id: w.system, text: 'history rewritten' }), code: 'FORBIDDEN' },
  ...['', '  \n '].map((t): InputCase => ({
    name: `editMessage: to ${t ? 'whitespace-only' : 'empty'} text`,
    query: EDIT_MESSAGE,
    vars: (w) => ({ id: w.msgA, text: t }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'empty',
  })),
  {
    name: 'editMessage: to 4001 characters',
    query: EDIT_MESSAGE,
    vars: (w) => ({ id: w.msgA, text: 'y'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'at most 4000',
  },
  {
    name: 'editMessage: to text with a control character',
    query: EDIT_MESSAGE,
    vars: (w) => ({ id: w.msgA, text: 'ring \u0007 bell' }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'control characters',
  },
  {
    name: 'editMessage: a deleted message',
    query: EDIT_MESSAGE,
    vars: (w) => ({ id: w.deleted, text: 'resurrected' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
    says: 'deleted',
  },
  { name: 'editMessage: unknown message id', query: EDIT_MESSAGE, vars: () => ({ id: fakeId(), text: 'x' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `editMessage: id "${id}"`,
    query: EDIT_MESSAGE,
    vars: () => ({ id, text: 'x' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  })),

  // deleteMessage
  {
    name: "deleteMessage: someone else's message for everyone",
    who: 'b',
    query: DELETE_MESSAGE,
    vars: (w) => ({ id: w.msgA, forEveryone: true }),
    code: 'FORBIDDEN',
  },
  { name: 'deleteMessage: a SYSTEM message for everyone', query: DELETE_MESSAGE, vars: (w) => ({ id: w.system, forEveryone: true }), code: 'FORBIDDEN' },
  { name: 'deleteMessage: unknown message id', query: DELETE_MESSAGE, vars: () => ({ id: fakeId(), forEveryone: true }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `deleteMessage: id "${id}"`,
    query: DELETE_MESSAGE,
    vars: () => ({ id, forEveryone: false }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  })),
  { name: 'deleteMessage: forEveryone "yes" (wrong type)', query: DELETE_MESSAGE, vars: (w) => ({ id: w.msgA, forEveryone: 'yes' }), code: 'BAD_USER_INPUT' },

  // toggleReaction
  ...['', ' ', 'ab', '👍👍', '1', 'x👍'].map((e): InputCase => ({
    name: `toggleReaction: emoji ${JSON.stringify(e)}`,
    query: TOGGLE_REACTION,
    vars: (w) => ({ messageId: w.msgA, emoji: e }),
    code: 'BAD_USER_INPUT',
    field: 'emoji',
    says: 'single emoji',
  })),
  {
    name: 'toggleReaction: a deleted message',
    query: TOGGLE_REACTION,
    vars: (w) => ({ messageId: w.deleted, emoji: '👍' }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  },
  { name: 'toggleReaction: unknown message id', query: TOGGLE_REACTION, vars: () => ({ messageId: fakeId(), emoji: '👍' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `toggleReaction: messageId "${id}"`,
    query: TOGGLE_REACTION,
    vars: () => ({ messageId: id, emoji: '👍' }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),

  // forwardMessage
  {
    name: 'forwardMessage: chatIds []',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.msgA, chatIds: [] }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds',
    says: 'at least 1',
  },
  {
    name: 'forwardMessage: 21 chatIds',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.msgA, chatIds: fakeIds(21) }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds',
    says: 'at most 20',
  },
  {
    name: 'forwardMessage: chatIds ["nope"]',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.msgA, chatIds: ['nope'] }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds[0]',
  },
  {
    name: 'forwardMessage: chatIds [a chat, "123"] (nothing forwarded to the good one)',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.msgA, chatIds: [w.other, '123'] }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds[1]',
  },
  {
    name: 'forwardMessage: chatIds [a chat, an unknown chat] (nothing forwarded to the good one)',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.msgA, chatIds: [w.other, fakeId()] }),
    code: 'NOT_FOUND',
  },
  {
    name: 'forwardMessage: a SYSTEM message',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.system, chatIds: [w.other] }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  },
  {
    name: 'forwardMessage: a deleted message',
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: w.deleted, chatIds: [w.other] }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  },
  { name: 'forwardMessage: unknown message id', query: FORWARD_MESSAGE, vars: (w) => ({ messageId: fakeId(), chatIds: [w.other] }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `forwardMessage: messageId "${id}"`,
    query: FORWARD_MESSAGE,
    vars: (w) => ({ messageId: id, chatIds: [w.other] }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),
  // Variables that do not fit the schema never reach a resolver.
  { name: 'forwardMessage: chatIds {} (wrong type)', query: FORWARD_MESSAGE, vars: (w) => ({ messageId: w.msgA, chatIds: {} }), code: 'BAD_USER_INPUT' },
];

describe('messaging input: edits, deletions, reactions and forwards refuse every bad argument with a clear code, and store nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: one emoji of several code points is a reaction', async () => {
    const { stack, w } = t;
    const long = await send(stack, w.a, w.direct, '😀'.repeat(4000));
    for (const emoji of ['❤️', '👍🏽', '🇫🇷', '👨‍👩‍👧', '#️⃣']) {
      const r = await asOk(stack, w.a, TOGGLE_REACTION, { messageId: long.id, emoji });
      expect(
        r.toggleReaction.reactions.map((x) => x.emoji),
        emoji,
      ).toContain(emoji);
    }
  });
});
