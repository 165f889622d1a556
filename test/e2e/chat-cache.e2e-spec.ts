import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOk, chatOf, CHATS, createDirect, createGroup, login, MARK_READ, pageOf, send, Stack, type Session } from '#testing';

describe('the chat cache: Redis in front of the database, which stays the truth', () => {
  let stack: Stack;
  let a: Session;
  let b: Session;
  let c: Session;
  let redis: Redis;
  let conn: mongoose.Connection;

  beforeAll(async () => {
    stack = await Stack.start();
    [a, b, c] = await Promise.all([login(stack), login(stack), login(stack)]);
    redis = new Redis(stack.redis.url);
    conn = await mongoose.createConnection(stack.mongoUrl, { dbName: stack.dbName }).asPromise();
  });
  afterAll(async () => {
    redis?.disconnect();
    await conn?.close();
    await stack?.stop();
  });

  const everything = async (s: Session, chatId: string) => ({
    chat: await chatOf(stack, s, chatId),
    page: await pageOf(stack, s, chatId, { limit: 100 }),
    list: (await asOk(stack, s, CHATS, { first: 30 })).chats.edges.map((e) => e.node),
  });

  it('losing every cached key changes no answer: sends the chat document has not heard of yet are taken from the messages', async () => {
    const direct = (await createDirect(stack, a, b.userId)).id;
    const group = (await createGroup(stack, a, 'Cache', [b.userId, c.userId])).id;
    for (let i = 0; i < 5; i++) await send(stack, a, direct, `a ${i}`);
    for (let i = 0; i < 3; i++) await send(stack, b, direct, `b ${i}`);
    for (let i = 0; i < 4; i++) await send(stack, c, group, `c ${i}`);
    await asOk(stack, b, MARK_READ, { chatId: group, seq: 2 });

    const before = { a: await everything(a, direct), b: await everything(b, direct), c: await everything(c, group), bGroup: await everything(b, group) };
    expect(before.a.chat).toMatchObject({ lastSeq: 8, unreadCount: 3, myLastReadSeq: 5 });
    expect(before.b.chat).toMatchObject({ lastSeq: 8, unreadCount: 0, myLastReadSeq: 8 });
    expect(before.bGroup.chat).toMatchObject({ lastSeq: 5, unreadCount: 3, myLastReadSeq: 2 });
    // The chat document has not been written since the sends (it is, at the latest, every 16 sends).
    const stored = await conn.collection('chats').findOne({ _id: new mongoose.Types.ObjectId(direct) });
    expect(stored?.lastSeq).toBeLessThan(8);

    await redis.flushdb();

    expect(await everything(a, direct)).toEqual(before.a);
    expect(await everything(b, direct)).toEqual(before.b);
    expect(await everything(c, group)).toEqual(before.c);
    expect(await everything(b, group)).toEqual(before.bGroup);

    // Sending goes on from the right seq, and the chat document catches up.
    const next = await send(stack, b, direct, 'after the cache was lost');
    expect(next.seq).toBe(9);
    expect((await chatOf(stack, a, direct)).unreadCount).toBe(4);
    await asOk(stack, a, MARK_READ, { chatId: direct, seq: 9 });
    const saved = await conn
      .collection<{ lastSeq: number; members: Record<string, { lastReadSeq: number }> }>('chats')
      .findOne({ _id: new mongoose.Types.ObjectId(direct) });
    expect(saved?.lastSeq).toBe(9);
    expect(saved?.members[b.userId].lastReadSeq).toBe(9);
    expect(saved?.members[a.userId].lastReadSeq).toBe(9);
  });
});
