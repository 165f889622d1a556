import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRedis, type Server } from '@app/testing';
import { ChatLock } from '../src/chats/chat-lock.js';

describe('ChatLock against the embedded database and a real Redis', () => {
  let redisServer: Server;
  let redis: Redis[];
  let conn: mongoose.Connection;
  let counters: mongoose.mongo.Collection<{ _id: string; n: number }>;

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = [new Redis(redisServer.url), new Redis(redisServer.url)];
    conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `parley_lock_${randomBytes(4).toString('hex')}` }).asPromise();
    counters = conn.db!.collection('counters');
  });
  afterAll(async () => {
    await conn?.dropDatabase();
    await conn?.close();
    redis?.forEach((r) => r.disconnect());
    await redisServer?.stop();
  });

  it('two replicas × 50 concurrent $inc of one chat under the lock: every increment counts, every result is distinct', async () => {
    await counters.insertOne({ _id: 'chat-1', n: 0 });
    // Two lock instances stand for two chat replicas sharing Redis.
    const replicas = redis.map((r) => new ChatLock(r));
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        replicas[i % 2].run('chat-1', async () => {
          const doc = await counters.findOneAndUpdate({ _id: 'chat-1' }, { $inc: { n: 1 } }, { returnDocument: 'after' });
          return doc!.n;
        }),
      ),
    );
    expect((await counters.findOne({ _id: 'chat-1' }))!.n).toBe(100);
    expect(new Set(results).size).toBe(100);
  });

  it('different chats do not wait for each other, and an error releases the lock', async () => {
    const lock = new ChatLock(redis[0]);
    await expect(lock.run('chat-2', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await redis[0].exists('parley:chat-lock:chat-2')).toBe(0);
    const order: string[] = [];
    let release!: () => void;
    const slow = lock.run('chat-3', () => new Promise<void>((r) => (release = r)).then(() => order.push('slow')));
    await lock.run('chat-4', async () => order.push('other chat'));
    release();
    await slow;
    expect(order).toEqual(['other chat', 'slow']);
  });
});
