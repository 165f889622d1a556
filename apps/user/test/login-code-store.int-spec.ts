import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, startRedis, type Server } from '#testing';
import { RedisLoginCodeStore } from '../src/auth/login-codes.store.js';
import { Secrets } from '../src/crypto/secrets.js';
import { loginCodeStoreContract } from './login-code-store.contract.js';

// The Redis store's scripts on a real Redis: the contract the unit tests' fake is held to, and
// what only Redis can show (parallel requests). Parallel tries of codes: accounts.e2e-spec.ts.

let server: Server;
let redis: Redis;
let store: RedisLoginCodeStore;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  store = new RedisLoginCodeStore(redis, new Secrets());
});
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

loginCodeStoreContract('RedisLoginCodeStore', async () => ({
  store,
  now: () => new Date(),
  // Keys expire on Redis's clock; a little over the time, so a key set just before is gone.
  pass: async (seconds) => {
    await sleep(seconds * 1000 + 50);
  },
}));

describe('RedisLoginCodeStore under parallel requests', () => {
  it('of 20 requests at once for one address with a cap of 5, exactly 5 are let through', async () => {
    const limits = { cooldownSeconds: 0, perAddressPerHour: 5, perIpPerHour: 100 };
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => store.takeSendSlot('parallel@example.com', `192.0.2.${i}`, limits)));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 3590)).toHaveLength(15);
  });
});
