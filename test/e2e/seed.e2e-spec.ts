import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql, gqlOk, Stack } from '#testing';

const run = promisify(execFile);
const seed = (gatewayUrl: string) => run(process.execPath, ['dist/tools/seed.js'], { env: { ...process.env, GATEWAY_URL: gatewayUrl } });
const CHATS = '{ chats(first: 50) { edges { node { id kind title lastSeq unreadCount members { user { id } } } } } }';

interface Chats {
  chats: {
    edges: Array<{ node: { id: string; kind: string; title: string; lastSeq: number; unreadCount: number; members: Array<{ user: { id: string } }> } }>;
  };
}

describe('demo mode and npm run seed', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({ env: { DEMO_MODE: 'true', RATE_LIMIT_USER_PER_MINUTE: '1000' } });
  });
  afterAll(async () => stack?.stop());

  it('demoLogin signs in as a demo account and refuses other addresses', async () => {
    const r = await gqlOk<{ demoLogin: { accessToken: string; user: { name: string; email: string } } }>(
      stack.gatewayUrl,
      'mutation { demoLogin { accessToken user { name email } } }',
    );
    expect(r.demoLogin.user).toEqual({ name: 'Ada Lovelace', email: 'ada@demo.parley.local' });
    const other = await gql(stack.gatewayUrl, 'mutation { demoLogin(email: "someone@example.com") { accessToken } }');
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
  });

  it('creates demo users with direct and group chats and a few hundred messages, and a second run adds nothing', async () => {
    const first = await seed(stack.gatewayUrl);
    expect(first.stdout).toMatch(/seed: 4 demo users, 7 chats, 300 messages/);
    const login = await gqlOk<{ demoLogin: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation { demoLogin(email: "grace@demo.parley.local") { accessToken } }',
    );
    const token = login.demoLogin.accessToken;
    const before = (await gqlOk<Chats>(stack.gatewayUrl, CHATS, {}, { token })).chats.edges.map((e) => e.node);
    expect(before.filter((c) => c.kind === 'DIRECT')).toHaveLength(3);
    const group = before.find((c) => c.kind === 'GROUP');
    expect(group?.title).toBe('Parley demo');
    expect(group?.members).toHaveLength(4);
    expect(group!.lastSeq).toBeGreaterThanOrEqual(121);
    expect(before.every((c) => c.lastSeq >= 30)).toBe(true);

    await seed(stack.gatewayUrl);
    const after = (await gqlOk<Chats>(stack.gatewayUrl, CHATS, {}, { token })).chats.edges.map((e) => e.node);
    expect(after.map((c) => [c.id, c.lastSeq]).sort()).toEqual(before.map((c) => [c.id, c.lastSeq]).sort());
  });
});
