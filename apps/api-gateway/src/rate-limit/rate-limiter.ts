import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis, RedisScript } from '#common';

/**
 * Counts `ARGV[2]` in the fixed window of each key (KEYS[i], limit ARGV[i + 2], window ARGV[1]
 * seconds); returns, per key, 0 when allowed or the seconds left in its window when over.
 */
const HIT = new RedisScript(`
local out = {}
for i = 1, #KEYS do
  local n = redis.call('INCRBY', KEYS[i], ARGV[2])
  if n == 1 then redis.call('EXPIRE', KEYS[i], ARGV[1]) end
  if n > tonumber(ARGV[i + 2]) then out[i] = math.max(1, redis.call('TTL', KEYS[i])) else out[i] = 0 end
end
return out
`);

export interface Limit {
  key: string;
  perWindow: number;
}

/** Redis-backed fixed-window counters, shared by every gateway. */
@Injectable()
export class RateLimiter {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  /**
   * Counts `amount` hits (1, or e.g. a query's cost) on each limit in one round trip; returns the
   * first limit that is exceeded with the seconds until it allows again, or null when all allow.
   */
  async hit(limits: Limit[], windowSeconds: number, amount = 1): Promise<{ limit: Limit; waitSeconds: number } | null> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const waits = (await HIT.run(
      this.redis,
      limits.map((l) => `parley:rl:${l.key}:${window}`),
      [windowSeconds, amount, ...limits.map((l) => l.perWindow)],
    )) as number[];
    const i = waits.findIndex((w) => w > 0);
    return i < 0 ? null : { limit: limits[i], waitSeconds: waits[i] };
  }
}
