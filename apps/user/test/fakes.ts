import { AppError } from '#contracts';
import { LoginCodeStore, type SendLimits, type TryLimits, type TryOutcome } from '../src/auth/login-codes.store.js';
import { Clock } from '../src/crypto/secrets.js';

// In-memory adapters for the user service's unit tests.

/** The error a call was refused with (fails when it succeeded or threw something else). */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

/** A clock the test moves. */
export class FakeClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
  advance(seconds: number): void {
    this.at = new Date(this.at.getTime() + seconds * 1000);
  }
}

/** A value that goes away at `until` (ms) on the store's clock, like a Redis key with a TTL. */
interface Expiring {
  until: number;
}

interface Codes extends Expiring {
  /** Code hash → expiry (ms, on the caller's `now`). */
  live: Map<string, number>;
  tries: number;
}

interface Failures extends Expiring {
  n: number;
  /** When the last wrong code came (ms, on the caller's `now`). */
  last: number;
}

/**
 * The login code store in memory, step for step what the Redis store's scripts do: keys expire
 * on the store's clock, code expiries and the backoff go by the `now` each call passes. The
 * same contract tests run against this and against Redis (login-code-store.contract.ts).
 */
export class FakeLoginCodeStore extends LoginCodeStore {
  private readonly cooldowns = new Map<string, Expiring>();
  private readonly hourly = new Map<string, Expiring & { n: number }>();
  private readonly codes = new Map<string, Codes>();
  private readonly failures = new Map<string, Failures>();
  /** Every code hash the store was given, to show what it holds. */
  readonly hashesSeen: string[] = [];

  constructor(private readonly clock: Clock) {
    super();
  }

  private get ms(): number {
    return this.clock.now().getTime();
  }

  /** The entry under `key` unless its time is up (then it is dropped). */
  private live<T extends Expiring>(map: Map<string, T>, key: string): T | undefined {
    const v = map.get(key);
    if (v && v.until <= this.ms) map.delete(key);
    return map.get(key);
  }

  /** Redis's TTL: whole seconds left, rounded. */
  private ttl(v: Expiring): number {
    return Math.round((v.until - this.ms) / 1000);
  }

  private count(key: string): void {
    const v = this.live(this.hourly, key);
    if (v) v.n++;
    else this.hourly.set(key, { n: 1, until: this.ms + 3600_000 });
  }

  async takeSendSlot(email: string, ip: string, limits: SendLimits): Promise<number> {
    let wait = 0;
    const cooldown = this.live(this.cooldowns, email);
    if (cooldown && this.ttl(cooldown) > 0) wait = this.ttl(cooldown);
    for (const [key, cap] of [
      [`email:${email}`, limits.perAddressPerHour],
      [`ip:${ip}`, limits.perIpPerHour],
    ] as const) {
      const counted = this.live(this.hourly, key);
      if (counted && counted.n >= cap) wait = Math.max(wait, this.ttl(counted));
    }
    if (wait > 0) return wait;
    if (limits.cooldownSeconds > 0) this.cooldowns.set(email, { until: this.ms + limits.cooldownSeconds * 1000 });
    this.count(`email:${email}`);
    this.count(`ip:${ip}`);
    return 0;
  }

  async addCode(email: string, codeHash: string, now: Date, ttlSeconds: number): Promise<void> {
    this.hashesSeen.push(codeHash);
    const codes = this.live(this.codes, email) ?? { live: new Map<string, number>(), tries: 0, until: 0 };
    for (const [hash, expires] of codes.live) if (expires <= now.getTime()) codes.live.delete(hash);
    codes.live.set(codeHash, now.getTime() + ttlSeconds * 1000);
    codes.until = this.ms + ttlSeconds * 1000;
    this.codes.set(email, codes);
  }

  async tryCode(email: string, codeHash: string, now: Date, limits: TryLimits): Promise<TryOutcome> {
    const at = now.getTime();
    const failures = this.live(this.failures, email);
    const n = failures?.n ?? 0;
    if (failures && n >= limits.failuresPerDay) return { kind: 'capped', retryAfterSeconds: Math.max(1, this.ttl(failures)) };
    if (n >= limits.failuresBeforeBackoff) {
      const wait = Math.min(2 ** (n - limits.failuresBeforeBackoff), 3600) * 1000 - (at - (failures?.last ?? 0));
      if (wait > 0) return { kind: 'wait', retryAfterSeconds: Math.ceil(wait / 1000) };
    }
    const codes = this.live(this.codes, email);
    if (!codes) return { kind: 'none' };
    if ((codes.live.get(codeHash) ?? 0) > at) {
      this.codes.delete(email);
      this.failures.delete(email);
      return { kind: 'ok' };
    }
    codes.tries++;
    this.failures.set(email, { n: n + 1, last: at, until: failures?.until ?? this.ms + 86400_000 });
    if (codes.tries >= limits.maxTries) this.codes.delete(email);
    return { kind: 'wrong', tries: codes.tries };
  }
}
