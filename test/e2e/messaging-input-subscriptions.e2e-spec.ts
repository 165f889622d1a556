import type { Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fakeId,
  inputFixture,
  MESSAGE_UPDATED,
  NEW_MESSAGE,
  REACTIONS,
  READ_RECEIPTS,
  sleep,
  Subscription,
  TYPING,
  unchecked,
  wsClient,
  type AnyOperation,
} from '#testing';

/** Bad input for the chat subscriptions' chatId: refused with a clear code, and no events. */

/** Each subscription that takes a chatId, with a selection for the plain-string document below. */
const KINDS: Array<{ field: string; selection: string; query: AnyOperation }> = [
  { field: 'newMessage', selection: '{ id }', query: NEW_MESSAGE },
  { field: 'messageUpdated', selection: '{ id }', query: MESSAGE_UPDATED },
  { field: 'reactions', selection: '{ emoji }', query: REACTIONS },
  { field: 'typing', selection: '{ isTyping }', query: TYPING },
  { field: 'readReceipts', selection: '{ lastReadSeq }', query: READ_RECEIPTS },
];

describe('messaging input: subscriptions refuse a bad chatId with a clear code', () => {
  const t = inputFixture();
  const clients: Client[] = [];

  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => Promise.resolve(c.dispose())));
  });

  it('subscriptions refuse a malformed chatId (BAD_USER_INPUT, field chatId), an unknown one (NOT_FOUND) and a wrongly typed variable', async () => {
    const client = wsClient(t.stack.gatewayUrl, t.w.a.accessToken);
    clients.push(client);
    const first = (s: Subscription<unknown>) => {
      const e = s.errors[0];
      return (Array.isArray(e) ? e[0] : e) as { message: string; extensions?: { code?: string; field?: string } } | undefined;
    };
    const subs = KINDS.flatMap(({ field, selection, query }) => [
      { k: field, want: 'BAD_USER_INPUT', wantField: 'chatId', sub: new Subscription(client, unchecked(query), { chatId: 'nope' }) },
      { k: field, want: 'BAD_USER_INPUT', wantField: 'chatId', sub: new Subscription(client, unchecked(query), { chatId: '123' }) },
      { k: field, want: 'NOT_FOUND', wantField: undefined, sub: new Subscription(client, unchecked(query), { chatId: fakeId() }) },
      { k: field, want: 'BAD_USER_INPUT', wantField: undefined, sub: new Subscription(client, unchecked(query), { chatId: { id: 1 } }) },
      {
        k: field,
        want: 'BAD_USER_INPUT',
        wantField: undefined,
        // A plain string: codegen refuses a document with an argument the field does not have.
        sub: new Subscription<unknown>(client, `subscription { ${field}(chatId: 5, bogus: true) ${selection} }`),
      },
    ]);
    const deadline = Date.now() + 10_000;
    while (subs.some((s) => !s.sub.errors.length) && Date.now() < deadline) await sleep(100);
    for (const s of subs) {
      const e = first(s.sub);
      expect(e?.extensions?.code, `${s.k}: ${JSON.stringify(s.sub.errors)}`).toBe(s.want);
      if (s.wantField) expect(e?.extensions?.field, s.k).toBe(s.wantField);
      expect(s.sub.events).toEqual([]);
      s.sub.close();
    }
  });
});
