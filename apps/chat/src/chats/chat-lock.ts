import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '@app/common';
import { AppError } from '@app/contracts';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const LEASE_MS = 10_000;
const WAIT_MS = 8_000;

/**
 * Serializes the writes of one chat across every chat replica: a local queue per chat (so a
 * replica sends one contender at a time) plus a Redis lease (SET NX PX) between replicas.
 *
 * Why: FerretDB 1.x, the embedded default, does not apply concurrent updates of one document
 * atomically ($inc loses increments, conditional updates all "win"; see docs/ferretdb.md).
 * With writes of a chat serialized, `seq` from $inc, unread counters and reaction sets stay
 * exact there too; on MongoDB the lease only costs two Redis round trips per write.
 */
@Injectable()
export class ChatLock {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(@InjectRedis() private readonly redis: Redis) {}

  run<T>(chatId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(chatId) ?? Promise.resolve();
    const next = previous.then(
      () => this.withLease(chatId, work),
      () => this.withLease(chatId, work),
    );
    const tail = next.catch(() => undefined);
    this.queues.set(chatId, tail);
    void tail.then(() => {
      if (this.queues.get(chatId) === tail) this.queues.delete(chatId);
    });
    return next;
  }

  private async withLease<T>(chatId: string, work: () => Promise<T>): Promise<T> {
    const key = `parley:chat-lock:${chatId}`;
    const token = randomBytes(8).toString('hex');
    const until = Date.now() + WAIT_MS;
    let delay = 2;
    while ((await this.redis.set(key, token, 'PX', LEASE_MS, 'NX')) !== 'OK') {
      if (Date.now() > until) throw new AppError(AppError.unavailable('chat').code, 'the chat is busy; try again');
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 50);
    }
    try {
      return await work();
    } finally {
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }
}
