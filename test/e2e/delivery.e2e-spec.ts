import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  chatOf,
  createGroup,
  gqlOk,
  login,
  NEW_MESSAGE,
  pageOf,
  send,
  SEND_MESSAGE_ACK,
  sleep,
  Stack,
  Subscription,
  waitUntil,
  wsClient,
  type MessageView,
  type RunningApp,
  type Session,
} from '#testing';

/** Reads one Prometheus counter or gauge value (sum over the given label filter). */
async function metric(app: RunningApp, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

describe('delivery: order, idempotency, catch-up, two gateways × two chat replicas', () => {
  let stack: Stack;
  let users: Session[];
  let groupId: string;

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', RPC_TIMEOUT_MS: '15000' } });
    users = await Promise.all([login(stack), login(stack), login(stack)]);
    groupId = (
      await createGroup(
        stack,
        users[0],
        'Load',
        users.slice(1).map((u) => u.userId),
      )
    ).id;
  });
  afterAll(async () => stack?.stop());

  it('3 senders × 100 concurrent messages get unique, increasing seq; resending any clientId creates nothing', async () => {
    const before = (await chatOf(stack, users[0], groupId)).lastSeq;
    const jobs = users.flatMap((u) => Array.from({ length: 100 }, (_, i) => ({ u, clientId: randomUUID(), text: `${u.userId.slice(-4)} #${i}` })));
    const sent = await Promise.all(jobs.map((j) => asOk(stack, j.u, SEND_MESSAGE_ACK, { input: { chatId: groupId, clientId: j.clientId, text: j.text } })));
    const seqs = sent.map((r) => r.sendMessage.seq);
    expect(new Set(seqs).size).toBe(300);
    expect(Math.min(...seqs)).toBeGreaterThan(before);

    // The stored order: ascending, no duplicates, every sent message present exactly once.
    const stored: MessageView[] = [];
    let afterSeq = before;
    for (;;) {
      const page = await pageOf(stack, users[1], groupId, { afterSeq, limit: 100 });
      stored.push(...page.messages);
      if (!page.hasMoreAfter) break;
      afterSeq = page.messages.at(-1)!.seq;
    }
    expect(stored).toHaveLength(300);
    for (let i = 1; i < stored.length; i++) expect(stored[i].seq).toBeGreaterThan(stored[i - 1].seq);
    expect(new Set(stored.map((m) => m.id))).toEqual(new Set(sent.map((r) => r.sendMessage.id)));
    const lastSeq = (await chatOf(stack, users[0], groupId)).lastSeq;
    expect(lastSeq).toBe(Math.max(...seqs));

    // Unread counts were kept exact under the burst. Sending marks the chat read up to one's own
    // message, so each user's unread count is the others' messages after their own last one.
    for (const u of users) {
      const view = await chatOf(stack, u, groupId);
      const myLast = Math.max(...stored.filter((m) => m.sender.id === u.userId).map((m) => m.seq));
      expect(view.myLastReadSeq, u.userId).toBe(myLast);
      expect(view.unreadCount, u.userId).toBe(stored.filter((m) => m.sender.id !== u.userId && m.seq > myLast).length);
    }

    // Retries, all at once: the same ids come back and nothing new is stored.
    const again = await Promise.all(jobs.map((j) => asOk(stack, j.u, SEND_MESSAGE_ACK, { input: { chatId: groupId, clientId: j.clientId, text: j.text } })));
    expect(again.map((r) => r.sendMessage.id)).toEqual(sent.map((r) => r.sendMessage.id));
    expect((await chatOf(stack, users[0], groupId)).lastSeq).toBe(lastSeq);
  });

  it('catch-up: a subscriber that missed 50 messages gets exactly them from messages(afterSeq); live + catch-up has no gap or duplicate', async () => {
    const [a, b] = users;
    const seen = new Map<string, number>();
    const first = wsClient(stack.gatewayUrl, b.accessToken);
    const live1 = new Subscription(first, NEW_MESSAGE, { chatId: groupId });
    await sleep(300);
    for (let i = 0; i < 5; i++) await send(stack, a, groupId, `before ${i}`);
    for (const e of await live1.waitFor(5)) seen.set(e.newMessage.id, e.newMessage.seq);
    const lastLive = Math.max(...seen.values());
    live1.close();
    await first.dispose();

    const missed = [];
    for (let i = 0; i < 50; i++) missed.push(await send(stack, a, groupId, `while away ${i}`));

    const second = wsClient(stack.gatewayUrl, b.accessToken);
    const live2 = new Subscription(second, NEW_MESSAGE, { chatId: groupId });
    await sleep(300);
    const catchUp = await pageOf(stack, b, groupId, { afterSeq: lastLive, limit: 100 });
    expect(catchUp.messages.map((m) => m.id)).toEqual(missed.map((m) => m.id));
    expect(catchUp.hasMoreAfter).toBe(false);
    expect(catchUp.hasMoreBefore).toBe(true);
    for (const m of catchUp.messages) seen.set(m.id, m.seq);

    const after = [];
    for (let i = 0; i < 5; i++) after.push(await send(stack, a, groupId, `back ${i}`));
    const events = await live2.waitFor(5);
    for (const e of events) {
      expect(seen.has(e.newMessage.id), 'a live event repeats a caught-up message').toBe(false);
      seen.set(e.newMessage.id, e.newMessage.seq);
    }
    live2.close();
    await second.dispose();
    const seqs = [...seen.values()].sort((x, y) => x - y);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1] + 1);
    expect(seqs).toHaveLength(60);
  });

  it('two gateways and two chat replicas: each send is handled once, each event arrives once, on the right gateway only', async () => {
    const [a, b, c] = users;
    const gatewayA = stack.app('api-gateway');
    const gatewayB = await stack.startApp('api-gateway');
    const chatA = stack.app('chat');
    const chatB = await stack.startApp('chat');
    const sendsBeforeA = await metric(chatA, 'parley_rpc_handled_total', { subject: 'chat.message.send' });
    const sendsBeforeB = await metric(chatB, 'parley_rpc_handled_total', { subject: 'chat.message.send' });

    // b listens on gateway B only; c on gateway A only.
    const clientB = wsClient(gatewayB.url, b.accessToken);
    const subB = new Subscription(clientB, NEW_MESSAGE, { chatId: groupId });
    const clientC = wsClient(gatewayA.url, c.accessToken);
    const subC = new Subscription(clientC, NEW_MESSAGE, { chatId: groupId });
    await waitUntil(async () => (await metric(gatewayB, 'parley_routed_users')) === 1, 'gateway B to route b');

    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await gqlOk(
        gatewayA.url,
        SEND_MESSAGE_ACK,
        { input: { chatId: groupId, clientId: randomUUID(), text: `via A ${i}` } },
        { token: a.accessToken },
      );
      ids.push(r.sendMessage.id);
    }
    await subB.waitFor(40);
    await subC.waitFor(40);
    await sleep(800); // room for any duplicate to show up
    expect(subB.events.map((e) => e.newMessage.id)).toEqual(ids);
    expect(subC.events.map((e) => e.newMessage.id)).toEqual(ids);

    // Interest-based routing: gateway B subscribes for b only, gateway A for c only.
    expect(await metric(gatewayB, 'parley_routed_users')).toBe(1);
    expect(await metric(gatewayA, 'parley_routed_users')).toBe(1);

    // Every request of this test was handled by exactly one replica, and each replica took a
    // share of them (NATS picks a queue member at random: both getting none of 40 is 2 × 2^-40).
    const handledA = (await metric(chatA, 'parley_rpc_handled_total', { subject: 'chat.message.send' })) - sendsBeforeA;
    const handledB = (await metric(chatB, 'parley_rpc_handled_total', { subject: 'chat.message.send' })) - sendsBeforeB;
    expect(handledA + handledB).toBe(40);
    expect(handledA).toBeGreaterThan(0);
    expect(handledB).toBeGreaterThan(0);

    subB.close();
    subC.close();
    await clientB.dispose();
    await clientC.dispose();
    await waitUntil(async () => (await metric(gatewayB, 'parley_routed_users')) === 0, 'gateway B to drop the subscription of b');
    await stack.stopApp(gatewayB);
    await stack.stopApp(chatB);
  });
});
