import type { NatsConnection } from '@nats-io/transport-node';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { accessTokenService, parseConfig } from '#common';
import { AppError, ErrorCode, Subjects, revokedSessionKey, type UserDto } from '#contracts';
import { userConfigSpec } from '../config/user.config.js';
import { Secrets } from '../crypto/secrets.js';
import type { Session, SessionsRepository } from '../sessions/sessions.repository.js';
import type { UsersRepository } from '../users/users.repository.js';
import { FakeClock, refusal } from '../../test/fakes.js';
import { AuthService } from './auth.service.js';
import type { LoginCodesService } from './login-codes.service.js';

// AuthService with fake adapters: sessions and users in memory, Redis as a key set, NATS as a
// list of published messages, a clock the test moves. Tokens and hashes are the real ones.

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const T0 = new Date('2026-12-01T10:00:00Z');

type StoredSession = Session & { tokenHash: string; device?: string };

class FakeSessions {
  readonly rows = new Map<string, StoredSession>();
  private n = 0;
  newId(): string {
    return `s${++this.n}`;
  }
  async create(s: { id: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date; device?: string }): Promise<void> {
    this.rows.set(s.id, { ...s });
  }
  async byTokenHash(tokenHash: string): Promise<Session | null> {
    return [...this.rows.values()].find((s) => s.tokenHash === tokenHash) ?? null;
  }
  async markRotated(id: string, replacementId: string, at: Date): Promise<void> {
    Object.assign(this.rows.get(id)!, { replacedBy: replacementId, rotatedAt: at });
  }
  async revokeFamily(familyId: string, at: Date): Promise<void> {
    for (const s of this.rows.values()) if (s.familyId === familyId) s.revokedAt ??= at;
  }
  async revokeUser(userId: string, at: Date): Promise<string[]> {
    const families = new Set<string>();
    for (const s of this.rows.values())
      if (s.userId === userId && !s.revokedAt) {
        s.revokedAt = at;
        families.add(s.familyId);
      }
    return [...families];
  }
}

class FakeUsers {
  readonly byEmail = new Map<string, UserDto>();
  async findOrCreateByEmail(email: string, name: string): Promise<UserDto> {
    let user = this.byEmail.get(email);
    if (!user) {
      user = { id: `u${this.byEmail.size + 1}`, email, name, createdAt: T0.toISOString() };
      this.byEmail.set(email, user);
    }
    return user;
  }
  async byIds(ids: readonly string[]): Promise<UserDto[]> {
    return [...this.byEmail.values()].filter((u) => ids.includes(u.id));
  }
}

/** Codes as the real service hands them out, without the Redis scripts: one live code per address. */
class FakeCodes {
  readonly live = new Map<string, string>();
  async consume(email: string, code: string): Promise<void> {
    if (this.live.get(email) !== code) throw AppError.badInput('code', 'is wrong or expired');
    this.live.delete(email);
  }
}

/** The few Redis commands AuthService sends: EXISTS, SET (EX, NX) and MULTI of SETs. */
class FakeRedis {
  readonly keys = new Map<string, string>();
  async exists(key: string): Promise<number> {
    return this.keys.has(key) ? 1 : 0;
  }
  async set(key: string, value: string, ...options: (string | number)[]): Promise<'OK' | null> {
    if (options.includes('NX') && this.keys.has(key)) return null;
    this.keys.set(key, value);
    return 'OK';
  }
  multi() {
    const ops: [string, string][] = [];
    const chain = {
      set: (key: string, value: string) => {
        ops.push([key, value]);
        return chain;
      },
      exec: async () => {
        for (const [k, v] of ops) this.keys.set(k, v);
        return ops.map(() => [null, 'OK']);
      },
    };
    return chain;
  }
}

class FakeNats {
  readonly published: { subject: string; data: unknown }[] = [];
  publish(subject: string, data: string): void {
    this.published.push({ subject, data: JSON.parse(data) });
  }
}

function setup(env: Record<string, string> = {}) {
  const config = parseConfig(userConfigSpec, { NODE_ENV: 'development', JWT_SECRET: SECRET, REFRESH_REUSE_GRACE_SECONDS: '5', ...env });
  const clock = new FakeClock(T0);
  const sessions = new FakeSessions();
  const users = new FakeUsers();
  const codes = new FakeCodes();
  const redis = new FakeRedis();
  const nats = new FakeNats();
  const tokens = accessTokenService(SECRET);
  const auth = new AuthService(
    config,
    redis as unknown as Redis,
    nats as unknown as NatsConnection,
    codes as unknown as LoginCodesService,
    users as unknown as UsersRepository,
    sessions as unknown as SessionsRepository,
    new Secrets(),
    clock,
    tokens,
  );
  return { auth, clock, sessions, users, codes, redis, nats, tokens };
}

describe('AuthService (fake adapters)', () => {
  it('a right code creates the user once and opens a session whose access token names it', async () => {
    const { auth, codes, sessions, tokens } = setup();
    codes.live.set('ada@example.com', '123456');
    const first = await auth.verifyLoginCode('ada@example.com', ' 123456 ', 'Firefox');
    expect(first.user).toMatchObject({ email: 'ada@example.com', name: expect.any(String) as string });
    const claims = await tokens.verify(first.accessToken);
    expect(claims.userId).toBe(first.user.id);
    const stored = [...sessions.rows.values()];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ userId: first.user.id, familyId: claims.sessionId, device: 'Firefox' });
    expect(stored[0].tokenHash).not.toContain(first.refreshToken); // only the hash is kept
    expect(new Date(first.refreshTokenExpiresAt).getTime() - T0.getTime()).toBe(30 * 86400_000);

    codes.live.set('ada@example.com', '654321');
    const again = await auth.verifyLoginCode('ada@example.com', '654321');
    expect(again.user.id).toBe(first.user.id); // the same account, a second session family
    expect((await tokens.verify(again.accessToken)).sessionId).not.toBe(claims.sessionId);
  });

  it('a wrong code opens nothing', async () => {
    const { auth, codes, sessions } = setup();
    codes.live.set('ada@example.com', '123456');
    const err = await refusal(auth.verifyLoginCode('ada@example.com', '000000'));
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(sessions.rows.size).toBe(0);
  });

  it('refresh rotates: the new token works, in the same family; the old one after the grace revokes the whole family', async () => {
    const { auth, codes, clock, redis, nats, sessions, tokens } = setup();
    codes.live.set('bo@example.com', '111111');
    const login = await auth.verifyLoginCode('bo@example.com', '111111');
    const family = (await tokens.verify(login.accessToken)).sessionId;

    clock.advance(60);
    const rotated = await auth.refresh(login.refreshToken);
    expect(rotated.refreshToken).not.toBe(login.refreshToken);
    expect((await tokens.verify(rotated.accessToken)).sessionId).toBe(family);
    expect(sessions.rows.size).toBe(2);

    clock.advance(10); // past the 5 s grace
    const reuse = await refusal(auth.refresh(login.refreshToken));
    expect(reuse.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(reuse.message).toContain('already used');
    expect([...sessions.rows.values()].every((s) => s.revokedAt)).toBe(true);
    expect(redis.keys.has(revokedSessionKey(family))).toBe(true);
    expect(nats.published).toEqual([{ subject: Subjects.sessionsRevoked, data: { sessionIds: [family] } }]);
    // The thief's newer token is dead too.
    expect((await refusal(auth.refresh(rotated.refreshToken))).message).toContain('signed out');
  });

  it('the old token again within the grace is a retry, refused without revoking anything', async () => {
    const { auth, codes, clock, nats, sessions } = setup();
    codes.live.set('cy@example.com', '222222');
    const login = await auth.verifyLoginCode('cy@example.com', '222222');
    const rotated = await auth.refresh(login.refreshToken);
    clock.advance(2);
    const retry = await refusal(auth.refresh(login.refreshToken));
    expect(retry.message).toContain('just used by another request');
    expect([...sessions.rows.values()].some((s) => s.revokedAt)).toBe(false);
    expect(nats.published).toEqual([]);
    await expect(auth.refresh(rotated.refreshToken)).resolves.toMatchObject({ user: login.user });
  });

  it('refuses missing, malformed, unknown and expired refresh tokens with UNAUTHENTICATED', async () => {
    const { auth, codes, clock } = setup();
    codes.live.set('di@example.com', '333333');
    const login = await auth.verifyLoginCode('di@example.com', '333333');
    for (const token of [undefined, 'short', 'x'.repeat(201), 'y'.repeat(43)]) {
      expect((await refusal(auth.refresh(token))).code).toBe(ErrorCode.UNAUTHENTICATED);
    }
    clock.advance(31 * 86400);
    expect((await refusal(auth.refresh(login.refreshToken))).message).toContain('expired');
  });

  it('logout on all devices revokes every family of the user and announces them; other users keep theirs', async () => {
    const { auth, codes, redis, nats, sessions, tokens } = setup();
    const open = async (email: string, code: string) => {
      codes.live.set(email, code);
      return auth.verifyLoginCode(email, code);
    };
    const laptop = await open('ed@example.com', '444444');
    const phone = await open('ed@example.com', '555555');
    const other = await open('flo@example.com', '666666');
    const laptopFamily = (await tokens.verify(laptop.accessToken)).sessionId;
    const phoneFamily = (await tokens.verify(phone.accessToken)).sessionId;

    await expect(auth.logout(laptop.user.id, laptopFamily, true)).resolves.toBe(true);
    expect(redis.keys.has(revokedSessionKey(laptopFamily)) && redis.keys.has(revokedSessionKey(phoneFamily))).toBe(true);
    expect(nats.published).toHaveLength(1);
    expect((nats.published[0].data as { sessionIds: string[] }).sessionIds.sort()).toEqual([laptopFamily, phoneFamily].sort());
    expect([...sessions.rows.values()].filter((s) => s.userId === other.user.id).every((s) => !s.revokedAt)).toBe(true);
    await expect(auth.refresh(other.refreshToken)).resolves.toMatchObject({ user: other.user });
  });

  it('demoLogin: off unless DEMO_MODE (FORBIDDEN); only the demo addresses (BAD_USER_INPUT naming email)', async () => {
    expect((await refusal(setup().auth.demoLogin(undefined))).code).toBe(ErrorCode.FORBIDDEN);
    const { auth } = setup({ DEMO_MODE: 'true' });
    const err = await refusal(auth.demoLogin('someone@example.com'));
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.details.field).toBe('email');
    await expect(auth.demoLogin(undefined)).resolves.toMatchObject({ user: { email: 'ada@demo.parley.local', name: 'Ada Lovelace' } });
  });
});
