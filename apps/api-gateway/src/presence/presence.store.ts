import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis, RedisScript } from '#common';

/**
 * Presence in Redis, shared by every gateway:
 * - `parley:presence:<userId>`: hash gatewayId → live connections of that user on that gateway;
 * - `parley:gw:<gatewayId>`: a heartbeat key with a TTL, refreshed while the gateway lives.
 * A user is online when some gateway whose heartbeat is alive holds a connection, so a gateway
 * that dies cannot leave its users online beyond the heartbeat TTL.
 */
export const presenceKey = (userId: string) => `parley:presence:${userId}`;
export const gatewayKey = (gatewayId: string) => `parley:gw:${gatewayId}`;
export const gatewayUsersKey = (gatewayId: string) => `parley:gw-users:${gatewayId}`;
export const GATEWAYS_KEY = 'parley:gws';

/** Sum of a user's connections on live gateways. */
const LIVE_TOTAL = `
local function total(key)
  local t = 0
  local h = redis.call('HGETALL', key)
  for i = 1, #h, 2 do
    if redis.call('EXISTS', 'parley:gw:' .. h[i]) == 1 then t = t + tonumber(h[i + 1]) end
  end
  return t
end
`;

/** Adds ARGV[2] connections of gateway ARGV[1] to KEYS[1]; returns the user's live total after. Atomic, so exactly one caller sees a 0↔1 transition. */
const ADJUST = new RedisScript(`${LIVE_TOTAL}
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return total(KEYS[1])
`);

const TOTALS = new RedisScript(`${LIVE_TOTAL}
local out = {}
for i = 1, #KEYS do out[i] = total(KEYS[i]) end
return out
`);

@Injectable()
export class PresenceStore {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async online(userIds: readonly string[]): Promise<boolean[]> {
    if (!userIds.length) return [];
    const totals = (await TOTALS.run(this.redis, userIds.map(presenceKey))) as number[];
    return totals.map((t) => t > 0);
  }

  /** Changes the user's connection count on this gateway; returns the live total across gateways. */
  async adjust(gatewayId: string, userId: string, delta: number): Promise<number> {
    const total = (await ADJUST.run(this.redis, [presenceKey(userId)], [gatewayId, delta])) as number;
    if (delta > 0) await this.redis.sadd(gatewayUsersKey(gatewayId), userId);
    return total;
  }

  /**
   * Renews this gateway's heartbeat; true when it had lapsed: the first beat, or this gateway's
   * records were lost (Redis restarted empty, or others reaped it after a stall).
   */
  async heartbeat(gatewayId: string, ttlSeconds: number): Promise<boolean> {
    const replies = await this.redis.multi().set(gatewayKey(gatewayId), '1', 'EX', ttlSeconds, 'GET').sadd(GATEWAYS_KEY, gatewayId).exec();
    return replies?.[0]?.[1] === null;
  }

  /** Writes this gateway's connection counts back after its records were lost (idempotent). */
  async restore(gatewayId: string, counts: ReadonlyMap<string, number>): Promise<void> {
    if (!counts.size) return;
    const multi = this.redis.multi();
    for (const [userId, n] of counts) multi.hset(presenceKey(userId), gatewayId, n);
    await multi.sadd(gatewayUsersKey(gatewayId), ...counts.keys()).exec();
  }

  /** Gateways that registered but whose heartbeat ran out. */
  async deadGateways(): Promise<string[]> {
    const all = await this.redis.smembers(GATEWAYS_KEY);
    if (!all.length) return [];
    const alive = await this.redis.mget(all.map(gatewayKey));
    return all.filter((_, i) => alive[i] === null);
  }

  /** Takes a dead gateway's users off its books (once, across gateways); returns them. */
  async reap(gatewayId: string): Promise<string[]> {
    if ((await this.redis.set(`parley:gw-reap:${gatewayId}`, '1', 'EX', 60, 'NX')) !== 'OK') return [];
    const users = await this.redis.smembers(gatewayUsersKey(gatewayId));
    const multi = this.redis.multi();
    for (const u of users) multi.hdel(presenceKey(u), gatewayId);
    await multi.del(gatewayUsersKey(gatewayId)).srem(GATEWAYS_KEY, gatewayId).exec();
    return users;
  }

  async retire(gatewayId: string): Promise<void> {
    await this.redis.multi().del(gatewayKey(gatewayId)).del(gatewayUsersKey(gatewayId)).srem(GATEWAYS_KEY, gatewayId).exec();
  }
}
