import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '#common';
import type { UserDto } from '#contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';
import { UsersRepository } from './users.repository.js';

const userKey = (id: string) => `parley:user:${id}`;
/** Hash userId → last time seen (ISO): written on every last disconnect, stored in the database in batches. */
const LAST_SEEN = 'parley:last-seen';
/** Users whose last-seen time has not reached the database yet. */
const LAST_SEEN_DIRTY = 'parley:last-seen:dirty';
const FLUSH_LEASE = 'parley:last-seen:flush-lease';
const FLUSH_BATCH = 500;

/**
 * Users as every operation reads them, from Redis in front of the database: a profile per key
 * (`parley:user:<id>`, written after each profile change; a miss is read by `_id` and put back
 * unless a writer got there first), and last-seen times in one hash, written on each last
 * disconnect instead of the database and stored there by one replica at a time every
 * LAST_SEEN_FLUSH_SECONDS, one command per batch.
 */
@Injectable()
export class UserCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('UserCache');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly users: UsersRepository,
    @Inject(USER_CONFIG) private readonly config: UserConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), this.config.LAST_SEEN_FLUSH_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** The users among `ids` that exist. */
  async byIds(ids: string[]): Promise<Map<string, UserDto>> {
    const out = new Map<string, UserDto>();
    if (!ids.length) return out;
    const [[, cached], [, seen]] = (await this.redis
      .multi()
      .mget(...ids.map(userKey))
      .hmget(LAST_SEEN, ...ids)
      .exec()) as [[unknown, Array<string | null>], [unknown, Array<string | null>]];
    const missing: string[] = [];
    ids.forEach((id, i) => {
      const json = cached[i];
      if (json) out.set(id, JSON.parse(json) as UserDto);
      else missing.push(id);
    });
    if (missing.length) {
      const loaded = await this.users.byIds(missing);
      if (loaded.length) {
        const fill = this.redis.pipeline();
        // NX: a profile change meanwhile has already put the newer profile there.
        for (const u of loaded) fill.set(userKey(u.id), JSON.stringify(u), 'EX', this.config.USER_CACHE_TTL_SECONDS, 'NX');
        await fill.exec();
      }
      for (const u of loaded) out.set(u.id, u);
    }
    ids.forEach((id, i) => {
      const u = out.get(id);
      const at = seen[i];
      if (u && at && (!u.lastSeenAt || at > u.lastSeenAt)) out.set(id, { ...u, lastSeenAt: at });
    });
    return out;
  }

  /** After a profile change: the cache holds the new profile (written after the database). */
  async put(user: UserDto): Promise<void> {
    await this.redis.set(userKey(user.id), JSON.stringify(user), 'EX', this.config.USER_CACHE_TTL_SECONDS);
  }

  async setLastSeen(userId: string, at: Date): Promise<void> {
    await this.redis.multi().hset(LAST_SEEN, userId, at.toISOString()).sadd(LAST_SEEN_DIRTY, userId).exec();
  }

  /** Stores pending last-seen times in the database (one replica at a time). Returns how many. */
  async flush(): Promise<number> {
    let stored = 0;
    try {
      if ((await this.redis.set(FLUSH_LEASE, '1', 'EX', 60, 'NX')) !== 'OK') return 0;
      try {
        for (;;) {
          const ids = await this.redis.spop(LAST_SEEN_DIRTY, FLUSH_BATCH);
          if (!ids.length) break;
          const times = await this.redis.hmget(LAST_SEEN, ...ids);
          const entries = ids.flatMap((id, i) => (times[i] ? [{ id, at: new Date(times[i]) }] : []));
          try {
            await this.users.setLastSeenMany(entries);
          } catch (err) {
            await this.redis.sadd(LAST_SEEN_DIRTY, ...ids);
            throw err;
          }
          stored += entries.length;
          if (ids.length < FLUSH_BATCH) break;
        }
      } finally {
        await this.redis.del(FLUSH_LEASE);
      }
    } catch (err) {
      this.logger.warn(`last-seen times not stored yet: ${err instanceof Error ? err.message : String(err)}`);
    }
    return stored;
  }
}
