import { randomUUID } from 'node:crypto';
import { ClientProxyFactory, NatsRecordBuilder, Transport, type ClientProxy } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMessagesOf, as, createDirect, errorCode, login, SEND_MESSAGE_ACK, Stack, type Session } from '#testing';

describe('overload: a service refuses what it cannot take at once, and writes nothing for it', () => {
  let stack: Stack;
  let a: Session;
  let b: Session;
  let chatId: string;

  beforeAll(async () => {
    // A chat service that works on 2 requests at a time.
    stack = await Stack.start({ env: { RPC_MAX_IN_FLIGHT: '2', RATE_LIMIT_USER_PER_MINUTE: '10000' } });
    a = await login(stack);
    b = await login(stack);
    chatId = (await createDirect(stack, a, b.userId)).id;
  });
  afterAll(async () => stack?.stop());

  it('sends beyond the in-flight limit get SERVICE_UNAVAILABLE with retryAfterSeconds; only accepted ones are stored; a retry with the same clientId stores each once', async () => {
    const clientIds = Array.from({ length: 40 }, () => randomUUID());
    const first = await Promise.all(
      clientIds.map((clientId, i) => as(stack, i % 2 ? b : a, SEND_MESSAGE_ACK, { input: { chatId, clientId, text: `burst ${i}` } })),
    );
    const accepted = first.filter((r) => !r.errors);
    const refused = first.filter((r) => r.errors);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(errorCode(r)).toBe('SERVICE_UNAVAILABLE');
      expect(r.errors![0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    const acceptedIds = accepted.map((r) => r.data!.sendMessage.clientId);
    expect((await allMessagesOf(stack, a, chatId)).map((m) => m.clientId).sort()).toEqual([...acceptedIds].sort());

    // The client retries what was refused, with the same clientIds, one at a time.
    for (const [i, clientId] of clientIds.entries()) {
      const r = await as(stack, i % 2 ? b : a, SEND_MESSAGE_ACK, { input: { chatId, clientId, text: `burst ${i}` } });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    const all = await allMessagesOf(stack, a, chatId);
    expect(all.map((m) => m.clientId).sort()).toEqual([...clientIds].sort());
    expect(all.map((m) => m.seq)).toEqual(all.map((_, i) => i + 1));
  });

  it('a request that arrives after its deadline is dropped before any work: nothing is stored', async () => {
    const client: ClientProxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [stack.nats.url] } });
    try {
      const before = (await allMessagesOf(stack, a, chatId)).length;
      const headers = natsHeaders();
      headers.set('x-deadline', String(Date.now() - 1));
      const record = new NatsRecordBuilder({ viewerId: a.userId, chatId, clientId: randomUUID(), text: 'too late' }).setHeaders(headers).build();
      await expect(firstValueFrom(client.send('chat.message.send', record))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect((await allMessagesOf(stack, a, chatId)).length).toBe(before);

      // The same request in time is done.
      headers.set('x-deadline', String(Date.now() + 5000));
      const inTime = new NatsRecordBuilder({ viewerId: a.userId, chatId, clientId: randomUUID(), text: 'in time' }).setHeaders(headers).build();
      await expect(firstValueFrom(client.send('chat.message.send', inTime))).resolves.toMatchObject({ text: 'in time' });
      expect((await allMessagesOf(stack, a, chatId)).length).toBe(before + 1);
    } finally {
      await client.close();
    }
  });
});
