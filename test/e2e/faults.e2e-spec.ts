import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allMessagesOf,
  as,
  asOk,
  chatOf,
  createDirect,
  errorCode,
  login,
  NEW_MESSAGE,
  requestCode,
  SEND_MESSAGE_ACK,
  sleep,
  Stack,
  Subscription,
  uniqueEmail,
  USER,
  verifyCode,
  waitForLoginCode,
  waitUntil,
  wsClient,
  type Session,
} from '#testing';

/** What a client does: retry a send refused as unavailable (the same clientId), for up to 30 s. */
async function sendRetrying(stack: Stack, s: Session, input: { chatId: string; clientId: string; text: string }) {
  const until = Date.now() + 30_000;
  for (;;) {
    const r = await as(stack, s, SEND_MESSAGE_ACK, { input });
    if (errorCode(r) !== 'SERVICE_UNAVAILABLE' || Date.now() > until) return r;
    await sleep(250);
  }
}

describe('faults: real processes stopped by their PIDs', () => {
  let stack: Stack;
  let a: Session;
  let b: Session;

  beforeAll(async () => {
    // Presence heartbeats every second (TTL / 3), so a lost record is written back quickly.
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', GRAPHQL_COST_PER_MINUTE_USER: '100000000', PRESENCE_TTL_SECONDS: '3' } });
    [a, b] = await Promise.all([login(stack), login(stack)]);
  });
  afterAll(async () => stack?.stop());

  it('the chat service SIGKILLed with 100 sends in flight: every acknowledged send is stored once, retries create nothing, seq stays unique and increasing', async () => {
    const chatId = (await createDirect(stack, a, b.userId)).id;
    const clientIds = Array.from({ length: 100 }, () => randomUUID());
    const textOf = (i: number) => `in flight ${i}`;
    let answered = 0;
    const sending = clientIds.map((clientId, i) =>
      as(stack, i % 2 ? b : a, SEND_MESSAGE_ACK, { input: { chatId, clientId, text: textOf(i) } }).then((r) => {
        answered++;
        return r;
      }),
    );
    // Killed in the middle: some sends answered, the rest queued or being written.
    await waitUntil(() => answered >= 20 || null, '20 sends answered', 20_000, 2);
    await stack.stopApp(stack.app('chat'), 'SIGKILL');
    const first = await Promise.all(sending);
    await stack.startApp('chat');

    const acked = new Map<string, string>();
    for (const r of first) if (r.data) acked.set(r.data.sendMessage.clientId!, r.data.sendMessage.id);
    for (const r of first) if (!r.data) expect(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(errorCode(r));
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(100);

    // Every client retries every send with the same clientId: an acknowledged one returns the same message.
    for (const [i, clientId] of clientIds.entries()) {
      const r = await sendRetrying(stack, i % 2 ? b : a, { chatId, clientId, text: textOf(i) });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      if (acked.has(clientId)) expect(r.data!.sendMessage.id).toBe(acked.get(clientId));
    }
    const all = await allMessagesOf(stack, a, chatId);
    expect(all.map((m) => m.clientId).sort()).toEqual([...clientIds].sort());
    const seqs = all.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    // Without gaps either (unread counts are lastSeq minus the read position).
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    // The chat's newest seq is the newest message's, and a new send follows it.
    expect((await chatOf(stack, a, chatId)).lastSeq).toBe(seqs.at(-1));
    const after = await sendRetrying(stack, a, { chatId, clientId: randomUUID(), text: 'after the crash' });
    expect(after.data?.sendMessage.seq).toBe(seqs.at(-1)! + 1);
  }, 120_000);

  it('NATS paused (SIGSTOP) for 10 s: every request gets an answer within its timeout, then everything works again without restarts', async () => {
    const chatId = (await createDirect(stack, a, b.userId)).id;
    const socket = wsClient(stack.gatewayUrl, b.accessToken);
    const events = new Subscription(socket, NEW_MESSAGE, { chatId });
    try {
      await sleep(300);
      stack.nats.proc.child.kill('SIGSTOP');
      const paused = Date.now();
      const timings: number[] = [];
      const answers = [];
      try {
        while (Date.now() - paused < 10_000) {
          const started = Date.now();
          const r = await as(stack, a, SEND_MESSAGE_ACK, { input: { chatId, clientId: randomUUID(), text: 'during the pause' } });
          timings.push(Date.now() - started);
          answers.push(r);
        }
      } finally {
        stack.nats.proc.child.kill('SIGCONT');
      }
      // The test stack's RPC timeout is 2 s: each send was answered, as unavailable, within it.
      expect(answers.length).toBeGreaterThanOrEqual(3);
      for (const r of answers) expect(errorCode(r)).toBe('SERVICE_UNAVAILABLE');
      expect(Math.max(...timings)).toBeLessThan(4000);

      const clientId = randomUUID();
      const ok = await waitUntil(
        async () => {
          const r = await as(stack, a, SEND_MESSAGE_ACK, { input: { chatId, clientId, text: 'after the pause' } });
          return r.data?.sendMessage ?? null;
        },
        'a send to succeed after NATS resumed',
        30_000,
        500,
      );
      expect(ok.clientId).toBe(clientId);
      // The socket opened before the pause still gets events.
      await waitUntil(() => events.events.some((e) => e.newMessage.clientId === clientId) || null, 'the event on the old socket', 15_000);
      // The retried send (one clientId) is stored once.
      const texts = (await allMessagesOf(stack, a, chatId)).map((m) => m.text);
      expect(texts.filter((t) => t === 'after the pause')).toHaveLength(1);
    } finally {
      events.close();
      await socket.dispose();
    }
  }, 120_000);

  it('Redis away: requests fail fast as SERVICE_UNAVAILABLE; restarted empty: sockets, subscriptions and presence recover, codes issued before fail cleanly', async () => {
    const chatId = (await createDirect(stack, a, b.userId)).id;
    const email = uniqueEmail();
    await requestCode(stack, email);
    const code = await waitForLoginCode(stack.mailbox.httpUrl, email);
    const socket = wsClient(stack.gatewayUrl, b.accessToken);
    const events = new Subscription(socket, NEW_MESSAGE, { chatId });
    const bOnline = async () => (await asOk(stack, a, USER, { id: b.userId })).user!.online;
    try {
      await waitUntil(async () => (await bOnline()) || null, 'b online');
      await stack.redis.stop();
      // Rate limits, budgets and the chat lock live in Redis: without it, a send is refused at once, not hung.
      const started = Date.now();
      const away = await as(stack, a, SEND_MESSAGE_ACK, { input: { chatId, clientId: randomUUID(), text: 'while Redis is away' } });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(errorCode(away)).toBe('SERVICE_UNAVAILABLE');

      await stack.redis.restart();
      const clientId = randomUUID();
      await waitUntil(
        async () => (await as(stack, a, SEND_MESSAGE_ACK, { input: { chatId, clientId, text: 'after Redis came back' } })).data?.sendMessage ?? null,
        'a send after Redis came back',
        30_000,
        500,
      );
      await waitUntil(() => events.events.some((e) => e.newMessage.clientId === clientId) || null, 'the event on the socket opened before', 15_000);
      // The gateway writes its connections back: b is online again without reconnecting.
      await waitUntil(async () => (await bOnline()) || null, 'b online again', 15_000);
      // The code issued before is gone with Redis: refused cleanly.
      const late = await verifyCode(stack, email, code);
      expect(errorCode(late)).toBe('UNAUTHENTICATED');
      expect(late.errors![0].message).toContain('request a new one');
      // (The pair's direct chat also holds the earlier tests' messages.) Refused while away: not stored.
      const texts = (await allMessagesOf(stack, a, chatId)).map((m) => m.text);
      expect(texts.filter((t) => t === 'after Redis came back')).toHaveLength(1);
      expect(texts).not.toContain('while Redis is away');
    } finally {
      events.close();
      await socket.dispose();
    }
  }, 120_000);
});
