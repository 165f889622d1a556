import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, asOk, createGroup, errorCode, graphql, login, Stack, USERS, waitUntil, wsClient, type Session } from '#testing';

// Their own selections, compared whole: a user's presence as another sees it, and the presence of
// the members in the answer of createDirectChat.
const PRESENCE = graphql(`
  query PrivacyPresenceOf($id: ID!) {
    user(id: $id) {
      id
      online
      lastSeenAt
    }
  }
`);
const CREATE_DIRECT_WITH_PRESENCE = graphql(`
  mutation PrivacyCreateDirectChat($userId: ID!) {
    createDirectChat(userId: $userId) {
      members {
        user {
          id
          online
        }
      }
    }
  }
`);

describe('privacy: presence for the people one shares a chat with, no listing of everyone, address lookups limited', () => {
  let stack: Stack;
  let a: Session;
  let friend: Session;
  let stranger: Session;

  beforeAll(async () => {
    stack = await Stack.start({ env: { EMAIL_LOOKUPS_PER_HOUR: '3' } });
    [a, friend, stranger] = await Promise.all([login(stack), login(stack), login(stack)]);
    await createGroup(stack, a, 'Friends', [friend.userId]);
  });
  afterAll(async () => stack?.stop());

  it('online and lastSeenAt are shown to oneself and to people who share a chat, false and null to anyone else', async () => {
    const socket = wsClient(stack.gatewayUrl, a.accessToken);
    const seenBy = async (who: Session) => (await asOk(stack, who, PRESENCE, { id: a.userId })).user!;
    await waitUntil(async () => (await seenBy(friend)).online || null, 'a to be online for the friend');
    expect((await seenBy(a)).online).toBe(true);
    expect(await seenBy(stranger)).toEqual({ id: a.userId, online: false, lastSeenAt: null });

    await socket.dispose();
    const seen = await waitUntil(async () => (await seenBy(friend)).lastSeenAt, 'a last seen for the friend');
    expect(Date.parse(seen)).toBeGreaterThan(Date.now() - 60_000);
    expect((await seenBy(a)).lastSeenAt).toBe(seen);
    expect(await seenBy(stranger)).toEqual({ id: a.userId, online: false, lastSeenAt: null });
  });

  it('a new chat makes presence visible at once: the answer of createDirectChat already shows it', async () => {
    const socket = wsClient(stack.gatewayUrl, stranger.accessToken);
    try {
      await waitUntil(async () => (await asOk(stack, stranger, PRESENCE, { id: stranger.userId })).user?.online || null, 'the stranger online');
      const r = await asOk(stack, a, CREATE_DIRECT_WITH_PRESENCE, { userId: stranger.userId });
      expect(r.createDirectChat.members.find((m) => m.user.id === stranger.userId)?.user.online).toBe(true);
    } finally {
      await socket.dispose();
    }
  });

  it('users() needs a search term: without one, or with only spaces, BAD_USER_INPUT naming search', async () => {
    for (const variables of [{}, { search: '   ' }, { first: 100 }]) {
      const r = await as(stack, a, USERS, variables);
      expect(errorCode(r), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions?.field).toBe('search');
      expect(r.data?.users ?? null).toBeNull();
    }
  });

  it('exact-address lookups are limited per user (EMAIL_LOOKUPS_PER_HOUR), searches by name are not', async () => {
    const looker = await login(stack);
    for (let i = 0; i < 3; i++) {
      const r = await asOk(stack, looker, USERS, { search: i === 0 ? friend.email : `nobody${i}@example.com` });
      expect(r.users.edges.map((e) => e.node.id)).toEqual(i === 0 ? [friend.userId] : []);
    }
    const fourth = await as(stack, looker, USERS, { search: stranger.email });
    expect(errorCode(fourth)).toBe('RATE_LIMITED');
    expect(fourth.errors![0].extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect(fourth.errors![0].message).toContain('too many searches by address');
    // Another user has their own allowance; names still work for the limited one.
    expect((await as(stack, a, USERS, { search: stranger.email })).errors).toBeUndefined();
    expect((await as(stack, looker, USERS, { search: 'someone' })).errors).toBeUndefined();
  });
});
