import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  as,
  badIds,
  chatOf,
  errorCode,
  fakeId,
  fakeIds,
  inputFixture,
  pageOf,
  send,
  SEND_MESSAGE,
  type InputCase,
  type InputWorld,
  type Session,
  type Vars,
} from '#testing';

/**
 * Bad input for sendMessage: a clear code and field, and nothing stored (libs/testing/src/input-cases.ts);
 * the limits from their good side, and sends made once per clientId.
 */

const sendInput = (w: InputWorld, patch: Vars): Vars => ({ input: { chatId: w.group, clientId: randomUUID(), text: 'hello', ...patch } });

const CASES: InputCase[] = [
  {
    name: 'sendMessage: text of 4001 characters',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: 'x'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'at most 4000',
  },
  {
    name: 'sendMessage: empty text without attachments',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: '' }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'empty',
  },
  {
    name: 'sendMessage: whitespace-only text without attachments',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: ' \n\t  \r\n ' }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'empty',
  },
  {
    name: 'sendMessage: no text and no attachments',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: null }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'required',
  },
  {
    name: 'sendMessage: no text and an empty attachment list',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: null, attachmentIds: [] }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
  },
  ...['bell \u0007 ring', 'nul \u0000 byte', 'escape \u001b[2J clear', 'delete \u007f char', 'vertical \u000b tab'].map((text): InputCase => ({
    name: `sendMessage: text with the control character U+${text
      .charCodeAt(text.indexOf(' ') + 1)
      .toString(16)
      .padStart(4, '0')}`,
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'control characters',
  })),
  { name: 'sendMessage: unknown chat id', query: SEND_MESSAGE, vars: (w) => sendInput(w, { chatId: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `sendMessage: chatId "${id}"`,
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { chatId: id }),
    code: 'BAD_USER_INPUT',
    field: 'input.chatId',
    says: 'not a valid id',
  })),
  ...badIds.map((id): InputCase => ({
    name: `sendMessage: replyToId "${id}"`,
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { replyToId: id }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
  })),
  {
    name: 'sendMessage: replyToId of a message of another chat (of the sender)',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { replyToId: w.otherMsg }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
    says: 'not a message of this chat',
  },
  {
    name: 'sendMessage: replyToId naming no message',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { replyToId: fakeId() }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
  },
  ...badIds.map((id): InputCase => ({
    name: `sendMessage: attachmentIds ["${id}"]`,
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { attachmentIds: [id] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds[0]',
  })),
  {
    name: 'sendMessage: attachmentIds naming no upload',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { attachmentIds: [fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
    says: 'uploads',
  },
  {
    name: 'sendMessage: attachmentIds naming no upload, without text',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { text: null, attachmentIds: [fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
  },
  {
    name: 'sendMessage: 11 attachmentIds',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { attachmentIds: fakeIds(11) }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
    says: 'at most 10',
  },
  ...['', '   ', 'c'.repeat(101)].map((clientId): InputCase => ({
    name: `sendMessage: clientId of ${clientId.length} characters${clientId.trim() ? '' : ' (blank)'}`,
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { clientId }),
    code: 'BAD_USER_INPUT',
    field: 'input.clientId',
  })),

  // Variables that do not fit the schema never reach a resolver.
  { name: 'sendMessage: text 42 (wrong type)', query: SEND_MESSAGE, vars: (w) => sendInput(w, { text: 42 }), code: 'BAD_USER_INPUT', says: '$input' },
  {
    name: 'sendMessage: clientId missing',
    query: SEND_MESSAGE,
    vars: (w) => ({ input: { chatId: w.group, text: 'hi' } }),
    code: 'BAD_USER_INPUT',
    says: 'clientId',
  },
  {
    name: 'sendMessage: a field the input does not have',
    query: SEND_MESSAGE,
    vars: (w) => sendInput(w, { sticker: 'cat' }),
    code: 'BAD_USER_INPUT',
    says: 'sticker',
  },
];

describe('messaging input: sendMessage refuses every bad argument with a clear code, and stores nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: 4000 characters, newlines, a 100-character clientId', async () => {
    const { stack, w } = t;
    const long = await send(stack, w.a, w.direct, '😀'.repeat(4000));
    expect([...long.text!]).toHaveLength(4000);
    const lines = await send(stack, w.a, w.direct, '  first line\n\tsecond line\r\nthird  ');
    expect(lines.text).toBe('first line\n\tsecond line\r\nthird');
    const clientId = 'k'.repeat(100);
    expect((await send(stack, w.a, w.direct, 'long client id', { clientId })).clientId).toBe(clientId);
  });

  describe('idempotent sends', () => {
    interface SendInput {
      chatId: string;
      clientId: string;
      text: string;
      replyToId?: string;
    }
    const lastSeq = async (s: Session, chatId: string) => (await chatOf(t.stack, s, chatId)).lastSeq;
    const trySend = (s: Session, input: SendInput) => as(t.stack, s, SEND_MESSAGE, { input });

    it('the same clientId and content returns the same message and writes nothing more', async () => {
      const { stack, w } = t;
      const clientId = randomUUID();
      const input = { chatId: w.group, clientId, text: 'exactly once', replyToId: w.msgA };
      const first = (await trySend(w.a, input)).data!.sendMessage;
      const seq = await lastSeq(w.a, w.group);
      const count = (await pageOf(stack, w.a, w.group, { limit: 100 })).messages.length;
      expect(first.seq).toBe(seq);

      const again = await trySend(w.a, input);
      expect(again.errors).toBeUndefined();
      expect(again.data!.sendMessage.id).toBe(first.id);
      expect(again.data!.sendMessage.seq).toBe(first.seq);
      // Surrounding whitespace of the text is not a different message.
      const padded = await trySend(w.a, { ...input, text: '  exactly once \n' });
      expect(padded.data?.sendMessage.id).toBe(first.id);
      expect(await lastSeq(w.a, w.group)).toBe(seq);
      expect((await pageOf(stack, w.a, w.group, { limit: 100 })).messages).toHaveLength(count);

      // Concurrent first tries with one new clientId (a client retrying over a flaky network) make one message.
      const burstInput = { chatId: w.group, clientId: randomUUID(), text: 'sent five times at once' };
      const burst = await Promise.all(Array.from({ length: 5 }, () => trySend(w.a, burstInput)));
      expect(burst.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
      expect(new Set(burst.map((r) => r.data!.sendMessage.id)).size).toBe(1);
      expect(await lastSeq(w.a, w.group)).toBe(seq + 1);
      expect((await pageOf(stack, w.a, w.group, { limit: 100 })).messages).toHaveLength(count + 1);
    });

    it('the same clientId with different content is a CONFLICT, and nothing is stored', async () => {
      const { w } = t;
      const clientId = randomUUID();
      const first = (await trySend(w.a, { chatId: w.group, clientId, text: 'original' })).data!.sendMessage;
      const before = await t.state();
      const tries: Array<[string, SendInput]> = [
        ['other text', { chatId: w.group, clientId, text: 'changed' }],
        ['another chat', { chatId: w.direct, clientId, text: 'original' }],
        ['a reply this time', { chatId: w.group, clientId, text: 'original', replyToId: w.msgA }],
      ];
      for (const [label, input] of tries) {
        const r = await trySend(w.a, input);
        expect(errorCode(r), label).toBe('CONFLICT');
        expect(r.errors![0].message, label).toContain('clientId');
      }
      expect(await t.state()).toBe(before);
      // The original is intact, and a clientId belongs to its sender: B may use the same one.
      expect((await trySend(w.a, { chatId: w.group, clientId, text: 'original' })).data?.sendMessage.id).toBe(first.id);
      const bs = (await trySend(w.b, { chatId: w.group, clientId, text: 'original' })).data!.sendMessage;
      expect(bs.id).not.toBe(first.id);
      expect(bs.sender.id).toBe(w.b.userId);
    });
  });
});
