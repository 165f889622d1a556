import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sleep, startRedis, type Server } from '#testing';
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
    expect(await redis[0].exists('parley:lock:chat-2')).toBe(0);
    const order: string[] = [];
    let release!: () => void;
    const slow = lock.run('chat-3', () => new Promise<void>((r) => (release = r)).then(() => order.push('slow')));
    await lock.run('chat-4', async () => order.push('other chat'));
    release();
    await slow;
    expect(order).toEqual(['other chat', 'slow']);
  });

  it('reads keys with the lease and applies staged writes with the release, after the work', async () => {
    const lock = new ChatLock(redis[0]);
    await redis[0].set('state:5', 'before');
    const seen = await lock.run(
      'chat-5',
      async (held) => {
        held.stage({ op: 'set', key: 'state:5', value: 'after', ttlSeconds: 60 });
        held.stage({ op: 'hset', key: 'window:5', field: '1', value: 'one', ttlSeconds: 60 });
        // Staged, not yet written: readers still see the state before this write.
        expect(await redis[1].get('state:5')).toBe('before');
        return held.values;
      },
      ['state:5', 'absent:5'],
    );
    expect(seen).toEqual(['before', null]);
    expect(await redis[0].get('state:5')).toBe('after');
    expect(await redis[0].hget('window:5', '1')).toBe('one');
    expect(await redis[0].ttl('window:5')).toBeGreaterThan(50);
  });

  it('a failure after a database write drops the caches it names; one before any write keeps them', async () => {
    const lock = new ChatLock(redis[0]);
    await redis[0].set('state:6', 'cached');
    await expect(
      lock.run('chat-6', async (held) => {
        held.invalidateOnFailure('state:6');
        throw new Error('refused before writing');
      }),
    ).rejects.toThrow('refused');
    expect(await redis[0].get('state:6')).toBe('cached');
    await expect(
      lock.run('chat-6', async (held) => {
        held.invalidateOnFailure('state:6');
        held.beforeWrite();
        throw new Error('failed after a write');
      }),
    ).rejects.toThrow('failed after');
    expect(await redis[0].exists('state:6')).toBe(0);
  });

  it('the lease is renewed while the work runs longer than it', async () => {
    const [a, b] = redis.map((r) => new ChatLock(r));
    a.leaseMs = b.leaseMs = 300;
    const order: string[] = [];
    const long = a.run('chat-7', async (held) => {
      await sleep(1000);
      held.beforeWrite();
      order.push('long');
    });
    await sleep(100);
    await b.run('chat-7', async () => order.push('next'));
    await long;
    expect(order).toEqual(['long', 'next']);
  });

  it('a holder whose lease was lost is refused before its next write; one that wrote before has its staged writes dropped', async () => {
    const lock = new ChatLock(redis[0]);
    lock.leaseMs = 600;
    await redis[0].set('state:8', 'cached');
    const loseLease = async () => {
      // As if the lease ran out during a stall and another replica took it.
      await redis[1].set('parley:lock:chat-8', 'someone-else', 'PX', 5000);
      await sleep(lock.leaseMs / 3 + 200);
    };
    await expect(
      lock.run('chat-8', async (held) => {
        held.stage({ op: 'set', key: 'state:8', value: 'stale', ttlSeconds: 60 });
        await loseLease();
        held.beforeWrite();
      }),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await redis[0].get('parley:lock:chat-8')).toBe('someone-else');
    // Nothing was written: the cache is still right.
    expect(await redis[0].get('state:8')).toBe('cached');

    await redis[0].del('parley:lock:chat-8');
    await lock.run('chat-8', async (held) => {
      held.beforeWrite();
      held.stage({ op: 'set', key: 'state:8', value: 'written under a lost lease', ttlSeconds: 60 });
      await loseLease();
    });
    // The write happened while another holder may have read the state: the cache is dropped, not written.
    expect(await redis[0].exists('state:8')).toBe(0);
    expect(await redis[0].get('parley:lock:chat-8')).toBe('someone-else');
  });

  it('a holder that stopped between its write and its release leaves the next one told so', async () => {
    const lock = new ChatLock(redis[0]);
    expect(await lock.run('chat-9', (held) => Promise.resolve(held.wasDirty))).toBe(false);
    // A holder that died: its lease ran out, its dirty mark stayed.
    await redis[0].set('parley:lock-dirty:chat-9', 'dead-holder');
    expect(await lock.run('chat-9', (held) => Promise.resolve(held.wasDirty))).toBe(true);
    expect(await lock.run('chat-9', (held) => Promise.resolve(held.wasDirty))).toBe(false);
  });
});
