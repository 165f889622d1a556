import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { pino } from 'pino';
import { isDuplicateKey, toErrorPayload } from '#common';
import { ErrorCode } from '#contracts';
import { UserSchema } from '../src/users/user.schema.js';
import { SessionSchema } from '../src/sessions/session.schema.js';

describe('user collections on the embedded database', () => {
  let conn: mongoose.Connection;
  beforeAll(async () => {
    conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `parley_int_${randomBytes(4).toString('hex')}` }).asPromise();
    await conn.model('UserDoc', UserSchema).init();
    await conn.model('SessionDoc', SessionSchema).init();
  });
  afterAll(async () => {
    await conn?.dropDatabase();
    await conn?.close();
  });

  it('creates the indexes of the design', async () => {
    const users = await conn.model('UserDoc').collection.indexes();
    expect(users.find((i) => i.name === 'email_1')).toMatchObject({ unique: true });
    const sessions = await conn.model('SessionDoc').collection.indexes();
    expect(sessions.find((i) => i.name === 'tokenHash_1')).toMatchObject({ unique: true });
    expect(sessions.some((i) => i.name === 'userId_1')).toBe(true);
  });

  it('a unique index rejects a duplicate, mapped to CONFLICT, and keeps one document', async () => {
    const User = conn.model('UserDoc');
    await User.create({ email: 'Ada@Example.com', name: 'Ada', nameKey: 'ada' });
    const err = await User.create({ email: 'ada@example.com', name: 'Ada 2', nameKey: 'ada 2' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDuplicateKey(err)).toBe(true);
    expect(toErrorPayload(err, pino({ level: 'silent' }))).toEqual({ code: ErrorCode.CONFLICT, message: 'already exists' });
    expect(await User.countDocuments({ email: 'ada@example.com' })).toBe(1);
  });
});
