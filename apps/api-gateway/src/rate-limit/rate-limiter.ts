import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '@app/common';

/** Counts a hit in a fixed window; returns the count and the seconds left in the window. */
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('TTL', KEYS[1])}
`;

/** Redis-backed fixed-window counters, shared by every gateway. */
@Injectable()
export class RateLimiter {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  /** Counts one hit for `key`; returns null when allowed, or the seconds until it will be. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<number | null> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const [count, ttl] = (await this.redis.eval(HIT, 1, `parley:rl:${key}:${window}`, windowSeconds)) as [number, number];
    return count > limit ? Math.max(1, ttl) : null;
  }
}
