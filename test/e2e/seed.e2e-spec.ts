import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHATS, DEMO_LOGIN, errorCode, gql, gqlOk, Stack } from '#testing';

const run = promisify(execFile);
const seed = (gatewayUrl: string) => run(process.execPath, ['dist/tools/seed.js'], { env: { ...process.env, GATEWAY_URL: gatewayUrl } });

describe('demo mode and npm run seed', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({ env: { DEMO_MODE: 'true', RATE_LIMIT_USER_PER_MINUTE: '1000' } });
  });
  afterAll(async () => stack?.stop());

  it('demoLogin signs in as a demo account and refuses other addresses', async () => {
    const { user } = (await gqlOk(stack.gatewayUrl, DEMO_LOGIN)).demoLogin;
    expect({ name: user.name, email: user.email }).toEqual({ name: 'Ada Lovelace', email: 'ada@demo.parley.local' });
    const other = await gql(stack.gatewayUrl, DEMO_LOGIN, { email: 'someone@example.com' });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
  });

  it('creates demo users with direct and group chats and a few hundred messages, and a second run adds nothing', async () => {
    const first = await seed(stack.gatewayUrl);
    expect(first.stdout).toMatch(/seed: 4 demo users, 7 chats, 300 messages/);
    const login = await gqlOk(stack.gatewayUrl, DEMO_LOGIN, { email: 'grace@demo.parley.local' });
    const token = login.demoLogin.accessToken;
    const before = (await gqlOk(stack.gatewayUrl, CHATS, { first: 50 }, { token })).chats.edges.map((e) => e.node);
    expect(before.filter((c) => c.kind === 'DIRECT')).toHaveLength(3);
    const group = before.find((c) => c.kind === 'GROUP');
    expect(group?.title).toBe('Parley demo');
    expect(group?.members).toHaveLength(4);
    expect(group!.lastSeq).toBeGreaterThanOrEqual(121);
    expect(before.every((c) => c.lastSeq >= 30)).toBe(true);

    await seed(stack.gatewayUrl);
    const after = (await gqlOk(stack.gatewayUrl, CHATS, { first: 50 }, { token })).chats.edges.map((e) => e.node);
    expect(after.map((c) => [c.id, c.lastSeq]).sort()).toEqual(before.map((c) => [c.id, c.lastSeq]).sort());
  });
});
