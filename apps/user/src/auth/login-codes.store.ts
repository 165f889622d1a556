import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '#common';
import { Secrets } from '../crypto/secrets.js';

/** How often codes may be sent. */
export interface SendLimits {
  /** Seconds before the same address may be sent another code (0: no cooldown). */
  cooldownSeconds: number;
  perAddressPerHour: number;
  perIpPerHour: number;
}

/** How many wrong codes an address gets. */
export interface TryLimits {
  /** Wrong codes the live codes of an address share; the one that reaches it ends them all. */
  maxTries: number;
  /** Wrong codes for an address after which each try waits 1, 2, 4 ... s (up to an hour) after the last wrong one. */
  failuresBeforeBackoff: number;
  /** Wrong codes for an address in 24 hours after which its tries are refused until they are over. */
  failuresPerDay: number;
}

/**
 * What one try found: `ok` (a live code matched; every code of the address ended and its
 * failures were cleared), `none` (no live code), `wrong` (counted; `tries` of the live codes'
 * budget used), or refused before any comparison: `wait` (backoff) or `capped` (the day's cap).
 */
export type TryOutcome = { kind: 'ok' } | { kind: 'none' } | { kind: 'wrong'; tries: number } | { kind: 'wait' | 'capped'; retryAfterSeconds: number };

/**
 * Where login codes and their counters live. Each method is one atomic step, so parallel
 * requests share the counters exactly. Codes arrive already hashed: the store never sees one.
 */
export abstract class LoginCodeStore {
  /**
   * Checks the cooldown and the hourly caps of the address and the IP and, when all allow it,
   * takes the slot: starts the cooldown and counts the request in both caps. Returns 0, or the
   * seconds to wait (the longest of the waits); a refused request is not counted.
   */
  abstract takeSendSlot(email: string, ip: string, limits: SendLimits): Promise<number>;

  /** Adds a live code for `ttlSeconds` from `now`; earlier live codes of the address stay valid. */
  abstract addCode(email: string, codeHash: string, now: Date, ttlSeconds: number): Promise<void>;

  /** One try of a code at `now`, counted against the address's tries and failures. */
  abstract tryCode(email: string, codeHash: string, now: Date, limits: TryLimits): Promise<TryOutcome>;
}

/**
 * Checks the cooldown and the hourly caps and, when all allow it, takes the slot: sets the
 * cooldown and counts the request in both caps. One script, so parallel requests share the
 * counters exactly. Returns 0, or the seconds to wait.
 * KEYS: cooldown, email counter, ip counter. ARGV: cooldown s, email cap, ip cap.
 */
const TAKE_SLOT = `
local wait = 0
local cd = redis.call('TTL', KEYS[1])
if cd > 0 then wait = cd end
local e = tonumber(redis.call('GET', KEYS[2]) or '0')
if e >= tonumber(ARGV[2]) then wait = math.max(wait, redis.call('TTL', KEYS[2])) end
local i = tonumber(redis.call('GET', KEYS[3]) or '0')
if i >= tonumber(ARGV[3]) then wait = math.max(wait, redis.call('TTL', KEYS[3])) end
if wait > 0 then return wait end
if tonumber(ARGV[1]) > 0 then redis.call('SET', KEYS[1], '1', 'EX', ARGV[1]) end
if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], 3600) end
if redis.call('INCR', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], 3600) end
return 0
`;

/**
 * Adds a code to the address's live codes (a hash: `c:<hmac>` = expiry in ms, and the shared
 * `tries`), dropping expired ones; earlier live codes stay valid.
 * KEYS: codes. ARGV: field, expires at (ms), now (ms), key TTL (s).
 */
const ADD_CODE = `
for _, f in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(f, 1, 2) == 'c:' and tonumber(redis.call('HGET', KEYS[1], f)) <= tonumber(ARGV[3]) then redis.call('HDEL', KEYS[1], f) end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSETNX', KEYS[1], 'tries', 0)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
`;

/**
 * One verification, atomically: refused while the address is over its daily failure cap or in
 * its backoff; otherwise a live code matching `field` ends every code of the address (single
 * use) and clears its failures, and a wrong one counts against the code's tries and the day.
 * KEYS: codes, failures (hash n, last). ARGV: field, now (ms), max tries, failures per day,
 * failures before backoff.
 * Returns {'capped', ttl s} | {'wait', s} | {'none'} | {'ok'} | {'wrong', tries}.
 */
const VERIFY = `
local now = tonumber(ARGV[2])
local n = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
if n >= tonumber(ARGV[4]) then return {'capped', math.max(1, redis.call('TTL', KEYS[2]))} end
local from = tonumber(ARGV[5])
if n >= from then
  local wait = math.min(2 ^ (n - from), 3600) * 1000 - (now - tonumber(redis.call('HGET', KEYS[2], 'last') or '0'))
  if wait > 0 then return {'wait', math.ceil(wait / 1000)} end
end
if redis.call('EXISTS', KEYS[1]) == 0 then return {'none'} end
local expires = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if expires > now then
  redis.call('DEL', KEYS[1], KEYS[2])
  return {'ok'}
end
local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
redis.call('HINCRBY', KEYS[2], 'n', 1)
redis.call('HSET', KEYS[2], 'last', ARGV[2])
if redis.call('TTL', KEYS[2]) < 0 then redis.call('EXPIRE', KEYS[2], 86400) end
if tries >= tonumber(ARGV[3]) then redis.call('DEL', KEYS[1]) end
return {'wrong', tries}
`;

/** The login code store in Redis: three Lua scripts, one per step. */
@Injectable()
export class RedisLoginCodeStore extends LoginCodeStore {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly secrets: Secrets,
  ) {
    super();
  }

  private key(kind: string, value: string): string {
    // Addresses are hashed so Redis holds no personal data in its key names.
    return `parley:${kind}:${this.secrets.sha256(value)}`;
  }

  async takeSendSlot(email: string, ip: string, limits: SendLimits): Promise<number> {
    return (await this.redis.eval(
      TAKE_SLOT,
      3,
      this.key('otp-cooldown', email),
      this.key('otp-hour-email', email),
      this.key('otp-hour-ip', ip),
      limits.cooldownSeconds,
      limits.perAddressPerHour,
      limits.perIpPerHour,
    )) as number;
  }

  async addCode(email: string, codeHash: string, now: Date, ttlSeconds: number): Promise<void> {
    const ms = now.getTime();
    await this.redis.eval(ADD_CODE, 1, this.key('otp', email), `c:${codeHash}`, ms + ttlSeconds * 1000, ms, ttlSeconds);
  }

  async tryCode(email: string, codeHash: string, now: Date, limits: TryLimits): Promise<TryOutcome> {
    const [kind, n] = (await this.redis.eval(
      VERIFY,
      2,
      this.key('otp', email),
      this.key('otp-fail-day', email),
      `c:${codeHash}`,
      now.getTime(),
      limits.maxTries,
      limits.failuresPerDay,
      limits.failuresBeforeBackoff,
    )) as [string, number?];
    switch (kind) {
      case 'ok':
      case 'none':
        return { kind };
      case 'wrong':
        return { kind, tries: n ?? limits.maxTries };
      case 'wait':
      case 'capped':
        return { kind, retryAfterSeconds: n ?? 1 };
    }
    throw new Error(`the login code script answered ${kind}`);
  }
}
