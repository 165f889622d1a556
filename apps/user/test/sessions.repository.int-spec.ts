import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SessionDoc, SessionSchema } from '../src/sessions/session.schema.js';
import { SessionsRepository } from '../src/sessions/sessions.repository.js';

// SessionsRepository on the embedded database: the bookkeeping AuthService's unit tests take
// from their in-memory sessions (auth.service.spec.ts), checked on the real queries. What the
// whole stack shows (refresh, reuse, logout, the expiry sweep) is in accounts and sweeps e2e.

const hex = () => randomBytes(8).toString('hex');
const T1 = new Date('2026-12-01T10:00:00Z');
const T2 = new Date('2026-12-01T11:00:00Z');

describe('SessionsRepository on the embedded database', () => {
  let conn: mongoose.Connection;
  let sessions: SessionsRepository;
  let model: mongoose.Model<SessionDoc>;

  beforeAll(async () => {
    conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `parley_int_${hex()}` }).asPromise();
    model = conn.model(SessionDoc.name, SessionSchema);
    await model.init();
    sessions = new SessionsRepository(model);
  });
  afterAll(async () => {
    await conn?.dropDatabase();
    await conn?.close();
  });

  /** A new session of `userId` in `familyId`; returns its id and token hash. */
  const open = async (userId: string, familyId: string) => {
    const s = { id: sessions.newId(), userId, familyId, tokenHash: hex(), expiresAt: new Date(T1.getTime() + 30 * 86400_000) };
    await sessions.create(s);
    return s;
  };
  const revokedAt = async (tokenHash: string) => (await sessions.byTokenHash(tokenHash))?.revokedAt;

  it('a session is found by its token hash, with the rotation markRotated recorded; an unknown hash finds nothing', async () => {
    const s = await open(hex(), hex());
    expect(await sessions.byTokenHash(s.tokenHash)).toMatchObject({ id: s.id, userId: s.userId, familyId: s.familyId, expiresAt: s.expiresAt });
    const fresh = await sessions.byTokenHash(s.tokenHash);
    expect([fresh?.replacedBy, fresh?.rotatedAt, fresh?.revokedAt]).toEqual([undefined, undefined, undefined]);

    const replacement = sessions.newId();
    await sessions.markRotated(s.id, replacement, T1);
    expect(await sessions.byTokenHash(s.tokenHash)).toMatchObject({ replacedBy: replacement, rotatedAt: T1 });
    expect(await sessions.byTokenHash(hex())).toBeNull();
  });

  it('revokeFamily revokes the live sessions of that family only, and keeps the time of an earlier revocation', async () => {
    const [user, family, other] = [hex(), hex(), hex()];
    const [a, b, c] = [await open(user, family), await open(user, family), await open(user, other)];
    await sessions.revokeFamily(family, T1);
    // A session the family got afterwards (a refresh that raced the revocation) is revoked by the next one.
    const late = await open(user, family);
    await sessions.revokeFamily(family, T2);
    expect([await revokedAt(a.tokenHash), await revokedAt(b.tokenHash), await revokedAt(late.tokenHash)]).toEqual([T1, T1, T2]);
    expect(await revokedAt(c.tokenHash)).toBeUndefined();
  });

  it('revokeUser revokes every session of the user and names only the families that were live; other users keep theirs', async () => {
    const [user, other] = [hex(), hex()];
    const [live1, live2, ended] = [hex(), hex(), hex()];
    const mine = [await open(user, live1), await open(user, live1), await open(user, live2), await open(user, ended)];
    const theirs = await open(other, hex());
    await sessions.revokeFamily(ended, T1);

    expect((await sessions.revokeUser(user, T2)).sort()).toEqual([live1, live2].sort());
    expect(await Promise.all(mine.map((s) => revokedAt(s.tokenHash)))).toEqual([T2, T2, T2, T1]);
    expect(await revokedAt(theirs.tokenHash)).toBeUndefined();
    expect(await sessions.revokeUser(user, T2)).toEqual([]);
  });
});
