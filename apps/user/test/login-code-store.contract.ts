import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LoginCodeStore, SendLimits, TryLimits } from '../src/auth/login-codes.store.js';

/** A store to test, and its time. */
export interface StoreUnderTest {
  store: LoginCodeStore;
  /** The time to pass as `now`. */
  now(): Date;
  /** Lets `seconds` go by for the store's keys (a fake clock moves; with Redis, the test waits). */
  pass(seconds: number): Promise<void>;
}

const uniqueAddress = () => `${randomBytes(6).toString('hex')}@example.com`;
const uniqueIp = () => `10.${[0, 0, 0].map(() => randomBytes(1)[0]).join('.')}`;
const hash = () => randomBytes(32).toString('hex');
const later = (t: Date, seconds: number) => new Date(t.getTime() + seconds * 1000);

const send = (over: Partial<SendLimits> = {}): SendLimits => ({ cooldownSeconds: 0, perAddressPerHour: 100, perIpPerHour: 100, ...over });
const tries = (over: Partial<TryLimits> = {}): TryLimits => ({ maxTries: 10, failuresBeforeBackoff: 100, failuresPerDay: 100, ...over });

/**
 * What LoginCodesService relies on from its store, run against the Redis store (int) and the
 * in-memory fake the service's unit tests use (unit), so the fake cannot drift from the scripts.
 */
export function loginCodeStoreContract(name: string, setup: () => Promise<StoreUnderTest>): void {
  describe(`${name}: the login code store contract`, () => {
    it('the cooldown holds one address for the seconds left, not another; then it may ask again', async () => {
      const { store, pass } = await setup();
      const [a, b, ip] = [uniqueAddress(), uniqueAddress(), uniqueIp()];
      expect(await store.takeSendSlot(a, ip, send({ cooldownSeconds: 30 }))).toBe(0);
      expect(await store.takeSendSlot(a, ip, send({ cooldownSeconds: 30 }))).toBe(30);
      expect(await store.takeSendSlot(b, ip, send({ cooldownSeconds: 30 }))).toBe(0);

      const c = uniqueAddress();
      expect(await store.takeSendSlot(c, ip, send({ cooldownSeconds: 1 }))).toBe(0);
      await pass(1);
      expect(await store.takeSendSlot(c, ip, send({ cooldownSeconds: 1 }))).toBe(0);
    });

    it('the hourly cap of an address holds it for the hour whatever the IP; a refused request is not counted', async () => {
      const { store, pass } = await setup();
      const a = uniqueAddress();
      const limits = send({ cooldownSeconds: 1, perAddressPerHour: 2 });
      expect(await store.takeSendSlot(a, uniqueIp(), limits)).toBe(0);
      expect(await store.takeSendSlot(a, uniqueIp(), limits)).toBe(1); // the cooldown: not counted
      await pass(1);
      expect(await store.takeSendSlot(a, uniqueIp(), limits)).toBe(0); // the second of two
      await pass(1);
      const wait = await store.takeSendSlot(a, uniqueIp(), limits);
      expect(wait).toBeGreaterThan(3590);
      expect(wait).toBeLessThanOrEqual(3600);
    });

    it('the hourly cap of an IP counts every address from it and holds only that IP; the longest wait is the answer', async () => {
      const { store } = await setup();
      const [ip, other] = [uniqueIp(), uniqueIp()];
      const limits = send({ cooldownSeconds: 30, perIpPerHour: 2 });
      expect(await store.takeSendSlot(uniqueAddress(), ip, limits)).toBe(0);
      const a = uniqueAddress();
      expect(await store.takeSendSlot(a, ip, limits)).toBe(0);
      const capped = await store.takeSendSlot(uniqueAddress(), ip, limits);
      expect(capped).toBeGreaterThan(3590);
      expect(capped).toBeLessThanOrEqual(3600);
      // `a` is in its 30 s cooldown and over the IP's cap: the hour wins.
      expect(await store.takeSendSlot(a, ip, limits)).toBeGreaterThan(3590);
      expect(await store.takeSendSlot(uniqueAddress(), other, limits)).toBe(0);
    });

    it('a new code leaves the earlier one valid; the first used ends every code of the address (single use)', async () => {
      const { store, now } = await setup();
      const a = uniqueAddress();
      const [first, second] = [hash(), hash()];
      await store.addCode(a, first, now(), 300);
      await store.addCode(a, second, now(), 300);
      expect(await store.tryCode(a, first, now(), tries())).toEqual({ kind: 'ok' });
      expect(await store.tryCode(a, second, now(), tries())).toEqual({ kind: 'none' });
      expect(await store.tryCode(a, first, now(), tries())).toEqual({ kind: 'none' });
    });

    it('wrong codes count tries shared by all live codes of the address; the one reaching maxTries ends them all', async () => {
      const { store, now } = await setup();
      const [a, b] = [uniqueAddress(), uniqueAddress()];
      const first = hash();
      const limits = tries({ maxTries: 3 });
      await store.addCode(a, first, now(), 300);
      await store.addCode(b, hash(), now(), 300);
      expect(await store.tryCode(a, hash(), now(), limits)).toEqual({ kind: 'wrong', tries: 1 });
      await store.addCode(a, hash(), now(), 300); // a new code does not reset the tries
      expect(await store.tryCode(a, hash(), now(), limits)).toEqual({ kind: 'wrong', tries: 2 });
      expect(await store.tryCode(b, hash(), now(), limits)).toEqual({ kind: 'wrong', tries: 1 });
      expect(await store.tryCode(a, hash(), now(), limits)).toEqual({ kind: 'wrong', tries: 3 });
      expect(await store.tryCode(a, first, now(), limits)).toEqual({ kind: 'none' });
    });

    it('a code past its expiry is not accepted and counts as wrong; when the last code is over the address has none', async () => {
      const { store, now, pass } = await setup();
      const a = uniqueAddress();
      const code = hash();
      const t = now();
      await store.addCode(a, code, t, 60);
      expect(await store.tryCode(a, code, later(t, 60), tries())).toEqual({ kind: 'wrong', tries: 1 });

      const b = uniqueAddress();
      const short = hash();
      await store.addCode(b, short, now(), 1);
      await pass(1);
      expect(await store.tryCode(b, short, now(), tries())).toEqual({ kind: 'none' });
    });

    it('from failuresBeforeBackoff wrong codes on, each try waits 1, 2 ... s after the last wrong one', async () => {
      const { store, now } = await setup();
      const a = uniqueAddress();
      const code = hash();
      const limits = tries({ failuresBeforeBackoff: 2 });
      const t = now();
      await store.addCode(a, code, t, 300);
      for (let i = 1; i <= 2; i++) expect(await store.tryCode(a, hash(), t, limits)).toEqual({ kind: 'wrong', tries: i });
      expect(await store.tryCode(a, code, t, limits)).toEqual({ kind: 'wait', retryAfterSeconds: 1 });
      expect(await store.tryCode(a, hash(), later(t, 1), limits)).toEqual({ kind: 'wrong', tries: 3 });
      expect(await store.tryCode(a, code, later(t, 1.5), limits)).toEqual({ kind: 'wait', retryAfterSeconds: 2 });
      expect(await store.tryCode(a, code, later(t, 3), limits)).toEqual({ kind: 'ok' });
      // Another address was never held.
      const b = uniqueAddress();
      const its = hash();
      await store.addCode(b, its, t, 300);
      expect(await store.tryCode(b, its, t, limits)).toEqual({ kind: 'ok' });
    });

    it('a right code clears the failures of its address', async () => {
      const { store, now } = await setup();
      const a = uniqueAddress();
      const limits = tries({ failuresBeforeBackoff: 2 });
      const t = now();
      const code = hash();
      await store.addCode(a, code, t, 300);
      await store.tryCode(a, hash(), t, limits);
      await store.tryCode(a, hash(), t, limits);
      expect(await store.tryCode(a, code, later(t, 1), limits)).toEqual({ kind: 'ok' });
      await store.addCode(a, hash(), later(t, 1), 300);
      // Without the failures before, the second of these would wait.
      expect(await store.tryCode(a, hash(), later(t, 1), limits)).toEqual({ kind: 'wrong', tries: 1 });
      expect(await store.tryCode(a, hash(), later(t, 1), limits)).toEqual({ kind: 'wrong', tries: 2 });
    });

    it('after failuresPerDay wrong codes even the right code is refused for the rest of the day', async () => {
      const { store, now } = await setup();
      const a = uniqueAddress();
      const code = hash();
      const limits = tries({ failuresPerDay: 2 });
      await store.addCode(a, code, now(), 300);
      await store.tryCode(a, hash(), now(), limits);
      await store.tryCode(a, hash(), now(), limits);
      const capped = await store.tryCode(a, code, now(), limits);
      expect(capped.kind).toBe('capped');
      expect(capped.kind === 'capped' && capped.retryAfterSeconds).toBeGreaterThan(86390);
      expect(capped.kind === 'capped' && capped.retryAfterSeconds).toBeLessThanOrEqual(86400);
    });
  });
}
