import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { currentDeadline, InjectRedis, noteWaited, RedisScript, requireTimeLeft, turnWaiters } from '#common';
import { AppError } from '#contracts';

/**
 * Takes the lease, marks it dirty until a clean release, and reads KEYS[3..] in the same round
 * trip. Returns false when taken, else { wasDirty, values... }.
 */
const ACQUIRE = new RedisScript(`
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
local dirty = redis.call('GET', KEYS[2])
redis.call('SET', KEYS[2], ARGV[1])
local out = { dirty and 1 or 0 }
for i = 3, #KEYS do out[#out + 1] = redis.call('GET', KEYS[i]) or false end
return out
`);

/** Extends the lease while its holder still owns it. */
const RENEW = new RedisScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`);

/**
 * Applies the staged cache writes and releases the lease, atomically and only while the lease is
 * still ours. A holder that lost its lease drops the keys it meant to write instead: the next
 * holder rebuilds them from the database.
 */
const COMMIT = new RedisScript(`
local owned = redis.call('GET', KEYS[1]) == ARGV[1]
local ops = cjson.decode(ARGV[2])
for _, op in ipairs(ops) do
  local key = KEYS[op[2]]
  if not owned then redis.call('DEL', key)
  elseif op[1] == 'set' then redis.call('SET', key, op[3], 'EX', op[4])
  elseif op[1] == 'hset' then redis.call('HSET', key, op[3], op[4]); redis.call('EXPIRE', key, op[5])
  elseif op[1] == 'hdel' then redis.call('HDEL', key, op[3])
  elseif op[1] == 'del' then redis.call('DEL', key)
  end
end
if not owned then return 0 end
redis.call('DEL', KEYS[2])
redis.call('DEL', KEYS[1])
return 1
`);

export const LEASE_MS = 10_000;
const WAIT_MS = 8_000;

/** A cache write applied together with the lease's release. */
export type StagedOp =
  | { op: 'set'; key: string; value: string; ttlSeconds: number }
  | { op: 'hset'; key: string; field: string; value: string; ttlSeconds: number }
  | { op: 'hdel'; key: string; field: string }
  | { op: 'del'; key: string };

/** What the holder of a lock can do. */
export interface Held {
  /** The values of the `read` keys, read when the lease was taken (null when absent or after a crashed holder). */
  readonly values: ReadonlyArray<string | null>;
  /** True when the previous holder stopped between writing and releasing: cached state may be stale. */
  readonly wasDirty: boolean;
  /**
   * Call right before each database write: refuses when the lease was lost or the request's
   * deadline has passed, and marks the key as written (a failure afterwards drops its caches).
   */
  beforeWrite(): void;
  /** A cache write applied atomically with the release, only if the lease is still held. */
  stage(op: StagedOp): void;
  /** Keys dropped when the work fails after a database write (their cached state may be wrong). */
  invalidateOnFailure(...keys: string[]): void;
  /** Runs `fn` once the work succeeded and the cache writes are in (e.g. publishing events). */
  afterCommit(fn: () => void): void;
}

/**
 * Serializes the writes of one key (a chat, a user's inbox) across every chat replica: a local
 * queue per key (so a replica sends one contender at a time) plus a Redis lease between replicas.
 *
 * Why: FerretDB 1.x, the embedded default, does not apply concurrent updates of one document
 * atomically ($inc loses increments, conditional updates all "win"; see docs/ferretdb.md), and
 * the caches of a chat are written by whoever holds its lease. The lease is renewed while work
 * runs; a holder that lost it (a stall longer than the lease) is refused before its next
 * database write and its cache writes are dropped instead of applied. A "dirty" mark set on
 * acquire and cleared on release tells the next holder that a holder died mid-write.
 */
@Injectable()
export class ChatLock {
  private readonly logger = new Logger('ChatLock');
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly waiting = new Map<string, number>();
  /** The last lease hold times (ms); their median, times a queue's length, is how long a newcomer would wait. */
  private readonly holds: number[] = [];
  /** The lease's length; renewed every third of it while the work runs. */
  leaseMs = LEASE_MS;

  constructor(@InjectRedis() private readonly redis: Redis) {}

  /**
   * Runs `work` holding the key's lease. A request whose deadline would pass while it waits
   * behind the ones already queued on this replica is refused at once instead of queueing.
   */
  run<T>(key: string, work: (held: Held) => Promise<T>, read: string[] = []): Promise<T> {
    const queued = this.waiting.get(key) ?? 0;
    const deadline = currentDeadline();
    const wait = queued * this.typicalHoldMs();
    if (queued && deadline !== undefined && Date.now() + wait > deadline)
      return Promise.reject(AppError.overloaded('this chat is busy; try again', wait / 1000));
    this.waiting.set(key, queued + 1);
    turnWaiters.count++;
    const asked = Date.now();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const turn = () => {
      const n = (this.waiting.get(key) ?? 1) - 1;
      if (n > 0) this.waiting.set(key, n);
      else this.waiting.delete(key);
      return this.withLease(key, read, work, asked);
    };
    const next = previous.then(turn, turn);
    const tail = next.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return next;
  }

  private async withLease<T>(key: string, read: string[], work: (held: Held) => Promise<T>, asked: number): Promise<T> {
    const lockKey = `parley:lock:${key}`;
    const dirtyKey = `parley:lock-dirty:${key}`;
    const token = randomBytes(8).toString('hex');
    let got: Array<string | number | null> | null;
    try {
      requireTimeLeft();
      const until = Date.now() + WAIT_MS;
      let delay = 2;
      for (;;) {
        got = (await ACQUIRE.run(this.redis, [lockKey, dirtyKey, ...read], [token, this.leaseMs])) as Array<string | number | null> | null;
        if (got) break;
        if (Date.now() > until) throw AppError.overloaded('the chat is busy; try again');
        requireTimeLeft();
        await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
        delay = Math.min(delay * 2, 50);
      }
    } finally {
      turnWaiters.count--;
    }
    const acquired = Date.now();
    noteWaited(acquired - asked);
    let lost = false;
    const renew = setInterval(() => {
      RENEW.run(this.redis, [lockKey], [token, this.leaseMs]).then(
        (ok) => {
          if (ok !== 1) lost = true;
        },
        () => undefined,
      );
    }, this.leaseMs / 3);
    renew.unref();
    const staged: StagedOp[] = [];
    const onFailure = new Set<string>();
    const committed: Array<() => void> = [];
    let wrote = false;
    const wasDirty = got[0] === 1;
    const held: Held = {
      values: got.slice(1).map((v) => (typeof v === 'string' ? v : null)),
      wasDirty,
      beforeWrite: () => {
        if (lost) throw new AppError(AppError.unavailable('chat').code, 'the chat lock was lost; try again');
        requireTimeLeft();
        wrote = true;
      },
      stage: (op) => staged.push(op),
      invalidateOnFailure: (...keys) => keys.forEach((k) => onFailure.add(k)),
      afterCommit: (fn) => committed.push(fn),
    };
    try {
      const result = await work(held);
      await this.commit(lockKey, dirtyKey, token, staged);
      for (const fn of committed) fn();
      return result;
    } catch (err) {
      const drop: StagedOp[] = wrote ? [...onFailure].map((k) => ({ op: 'del', key: k })) : [];
      await this.commit(lockKey, dirtyKey, token, drop).catch((e: unknown) => this.logger.warn(`release of ${key} failed: ${String(e)}`));
      throw err;
    } finally {
      clearInterval(renew);
      this.holds.push(Date.now() - acquired);
      if (this.holds.length > 64) this.holds.shift();
    }
  }

  /** Median of the recent hold times: a slow group change does not make every chat look busy. */
  private typicalHoldMs(): number {
    if (!this.holds.length) return 5;
    return [...this.holds].sort((a, b) => a - b)[this.holds.length >> 1];
  }

  private async commit(lockKey: string, dirtyKey: string, token: string, staged: StagedOp[]): Promise<void> {
    const keys = [lockKey, dirtyKey];
    const index = (k: string) => {
      let i = keys.indexOf(k);
      if (i < 0) i = keys.push(k) - 1;
      return i + 1;
    };
    const ops = staged.map((s) => {
      switch (s.op) {
        case 'set':
          return ['set', index(s.key), s.value, s.ttlSeconds];
        case 'hset':
          return ['hset', index(s.key), s.field, s.value, s.ttlSeconds];
        case 'hdel':
          return ['hdel', index(s.key), s.field];
        case 'del':
          return ['del', index(s.key)];
      }
    });
    const owned = await COMMIT.run(this.redis, keys, [token, JSON.stringify(ops)]);
    if (owned !== 1) this.logger.warn(`lease ${lockKey} was lost before its release; its cached state was dropped`);
  }
}
