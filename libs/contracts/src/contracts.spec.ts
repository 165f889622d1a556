import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { createValidationPipe } from '#common';
import { AppError, ErrorCode, renameFields, underArgument } from './errors.js';
import { Contracts, type RequestOf, type Subject } from './contracts.js';
import { Subjects } from './subjects.js';

/** The chat and user services' pipe, as a NATS payload meets it. */
const pipe = createValidationPipe();
const ID = '0123456789abcdef01234567';
const OTHER = 'fedcba9876543210fedcba98';

/** The request as the handler receives it, or the BAD_USER_INPUT it was refused with. */
async function check<S extends Subject>(subject: S, payload: Record<string, unknown>): Promise<RequestOf<S> | AppError> {
  try {
    return (await pipe.transform(payload, { type: 3 as never, metatype: Contracts[subject].request })) as RequestOf<S>;
  } catch (err) {
    return err as AppError;
  }
}

async function refused(subject: Subject, payload: Record<string, unknown>): Promise<{ field?: string; message: string }> {
  const r = await check(subject, payload);
  if (!(r instanceof AppError)) throw new Error(`accepted ${JSON.stringify(payload)}`);
  expect(r.code).toBe(ErrorCode.BAD_USER_INPUT);
  return { field: r.details.field, message: r.message };
}

const send = (patch: Record<string, unknown>) => ({ viewerId: ID, chatId: ID, clientId: 'c-1', text: 'hello', ...patch });

describe('the contract map', () => {
  it('has a request class for every request/reply subject', () => {
    const subjects = [...Object.values(Subjects.user), ...Object.values(Subjects.chat)];
    for (const s of subjects) expect(Contracts[s as Subject]?.request, s).toBeTypeOf('function');
  });
});

describe('sendMessage (chat.message.send)', () => {
  it('trims text and lower-cases ids, and drops fields the contract does not have', async () => {
    const r = await check(Subjects.chat.send, send({ chatId: ID.toUpperCase(), text: '  hi\nthere ', sticker: 'cat' }));
    expect(r).toMatchObject({ chatId: ID, text: 'hi\nthere', clientId: 'c-1' });
    expect(r).not.toHaveProperty('sticker');
  });

  it('accepts 4000 characters (counted as characters, not UTF-16 units), and blank text beside attachments (dropped)', async () => {
    expect(await check(Subjects.chat.send, send({ text: '😀'.repeat(4000) }))).not.toBeInstanceOf(AppError);
    const r = await check(Subjects.chat.send, send({ text: '   ', attachmentIds: [ID] }));
    expect(r).toMatchObject({ attachmentIds: [ID] });
    expect((r as { text?: string }).text).toBeUndefined();
  });

  it.each([
    [send({ text: 'x'.repeat(4001) }), 'text', 'at most 4000'],
    [send({ text: ' \n\t ' }), 'text', 'must not be empty'],
    [send({ text: null }), 'text', 'is required'],
    [send({ text: null, attachmentIds: [] }), 'text', 'is required'],
    [send({ text: 'bell \u0007' }), 'text', 'control characters'],
    [send({ text: 42 }), 'text', 'must be a string'],
    [send({ chatId: 'nope' }), 'chatId', 'is not a valid id'],
    [send({ replyToId: '123' }), 'replyToId', 'is not a valid id'],
    [send({ attachmentIds: [ID, 'nope'] }), 'attachmentIds[1]', 'is not a valid id'],
    [send({ attachmentIds: Array.from({ length: 11 }, (_, i) => ID.slice(0, -2) + String(i).padStart(2, '0')) }), 'attachmentIds', 'at most 10'],
    [send({ attachmentIds: 'nope' }), 'attachmentIds', 'must be a list of ids'],
    [send({ clientId: '   ' }), 'clientId', '1..100 characters'],
    [send({ clientId: 'c'.repeat(101) }), 'clientId', '1..100 characters'],
    [send({ viewerId: undefined }), 'viewerId', 'is not a valid id'],
  ])('refuses %j naming %s', async (payload, field, says) => {
    const r = await refused(Subjects.chat.send, payload);
    expect(r.field).toBe(field);
    expect(r.message).toBe(`${field}: ${r.message.slice(field.length + 2)}`);
    expect(r.message).toContain(says);
  });
});

describe('id lists', () => {
  it('drop repeats before counting (forward, add members) but keep order and repeats where answers follow the ids', async () => {
    expect(await check(Subjects.chat.forward, { viewerId: ID, messageId: ID, chatIds: [ID, ID.toUpperCase(), OTHER] })).toMatchObject({ chatIds: [ID, OTHER] });
    expect(await check(Subjects.user.byIds, { ids: [OTHER, ID, OTHER] })).toMatchObject({ ids: [OTHER, ID, OTHER] });
  });

  it.each([
    [{ chatIds: [] }, 'chatIds', 'must name at least 1'],
    [{ chatIds: Array.from({ length: 21 }, (_, i) => ID.slice(0, -2) + String(i).padStart(2, '0')) }, 'chatIds', 'must name at most 20'],
    [{ chatIds: [ID, '123'] }, 'chatIds[1]', 'is not a valid id'],
  ])('forward refuses %j naming %s', async (patch, field, says) => {
    const r = await refused(Subjects.chat.forward, { viewerId: ID, messageId: ID, ...patch });
    expect(r).toEqual({ field, message: `${field}: ${says}` });
  });
});

describe('chats', () => {
  it('a group title is trimmed with runs of white space as one space', async () => {
    expect(await check(Subjects.chat.createGroup, { viewerId: ID, title: ' Team   A ', memberIds: [OTHER] })).toMatchObject({ title: 'Team A' });
  });

  it.each([
    [{ title: '' }, 'title', 'must not be empty'],
    [{ title: 't'.repeat(101) }, 'title', 'at most 100 characters (got 101)'],
    [{ title: 'tab\ttitle' }, 'title', 'control characters'],
    [{ memberIds: ['nope'] }, 'memberIds[0]', 'is not a valid id'],
    [{ history: 'everything' }, 'history', 'must be SHARED or FROM_JOIN'],
  ])('createGroup refuses %j naming %s', async (patch, field, says) => {
    const r = await refused(Subjects.chat.createGroup, { viewerId: ID, title: 'Team', memberIds: [OTHER], ...patch });
    expect(r.field).toBe(field);
    expect(r.message).toContain(says);
  });

  it.each([
    [Subjects.chat.list, { viewerId: ID, first: 0 }, 'first', 'must be between 1 and 100'],
    [Subjects.chat.list, { viewerId: ID, first: 101 }, 'first', 'must be between 1 and 100'],
    [Subjects.chat.listMessages, { viewerId: ID, chatId: ID, limit: 1.5 }, 'limit', 'must be between 1 and 100'],
    [Subjects.chat.listMessages, { viewerId: ID, chatId: ID, limit: 10, beforeSeq: -1 }, 'beforeSeq', 'must be a whole number ≥ 0'],
    [Subjects.chat.listMessages, { viewerId: ID, chatId: ID, limit: 10, beforeSeq: 5, afterSeq: 1 }, 'afterSeq', 'give beforeSeq or afterSeq, not both'],
    [Subjects.chat.markRead, { viewerId: ID, chatId: ID, seq: '3' }, 'seq', 'must be a whole number ≥ 0'],
    [Subjects.chat.search, { viewerId: ID, query: '   ', first: 10 }, 'query', 'must be 1..200 characters'],
    [Subjects.chat.search, { viewerId: ID, query: 'hi', first: 51 }, 'first', 'must be between 1 and 50'],
    [Subjects.chat.delete, { viewerId: ID, messageId: ID, forEveryone: 'yes' }, 'forEveryone', 'must be true or false'],
    [Subjects.chat.react, { viewerId: ID, messageId: ID, emoji: '👍', change: 'flip' }, 'change', 'must be add, remove or toggle'],
  ])('%s refuses %j naming %s', async (subject, payload, field, says) => {
    expect(await refused(subject, payload)).toEqual({ field, message: `${field}: ${says}` });
  });
});

describe('reactions', () => {
  it.each(['👍', '❤️', '🇫🇷', '👩‍💻', '1️⃣', '🙋🏽', ' 🎉 '])('accepts %j', async (emoji) => {
    expect(await check(Subjects.chat.react, { viewerId: ID, messageId: ID, emoji })).toMatchObject({ emoji: emoji.trim() });
  });
  it.each(['', 'ab', '👍👍', 'a', '1', 'x👍'])('refuses %j naming emoji', async (emoji) => {
    expect(await refused(Subjects.chat.react, { viewerId: ID, messageId: ID, emoji })).toEqual({ field: 'emoji', message: 'emoji: must be a single emoji' });
  });
});

describe('attachments', () => {
  const record = {
    ownerId: ID,
    storageKey: 'abcdefghijklmnop.jpg',
    thumbnailKey: 'abcdefghijklmnoq.png',
    mimeType: 'image/jpeg',
    size: 10,
    width: 2,
    height: 3,
    sha256: 'a'.repeat(64),
  };
  it('accepts a stored upload', async () => {
    expect(await check(Subjects.chat.createAttachment, record)).toMatchObject(record);
  });
  it.each([
    [{ storageKey: '../etc/passwd.jpg' }, 'storageKey', 'is not a media key'],
    [{ thumbnailKey: 'short.jpg' }, 'thumbnailKey', 'is not a media key'],
    [{ mimeType: 'image/gif' }, 'mimeType', 'must be image/jpeg, image/png or image/webp'],
    [{ width: 0 }, 'width', 'must be a positive whole number'],
    [{ sha256: 'xyz' }, 'sha256', 'must be 64 hex digits'],
  ])('refuses %j naming %s', async (patch, field, says) => {
    expect(await refused(Subjects.chat.createAttachment, { ...record, ...patch })).toEqual({ field, message: `${field}: ${says}` });
  });
});

describe('users', () => {
  it('e-mail addresses are trimmed and lower-cased; names trimmed with white space collapsed', async () => {
    expect(await check(Subjects.user.requestLoginCode, { email: '  Ada.Lovelace@Example.COM ', ip: '::1' })).toMatchObject({
      email: 'ada.lovelace@example.com',
    });
    expect(await check(Subjects.user.updateProfile, { userId: ID, name: '  Grace   Hopper ' })).toMatchObject({ name: 'Grace Hopper' });
    expect(await check(Subjects.user.updateProfile, { userId: ID, name: '😀'.repeat(64) })).toMatchObject({ name: '😀'.repeat(64) });
  });

  it.each(['', 'ada', 'ada@', '@example.com', 'a@b', 'a b@example.com', `${'x'.repeat(250)}@example.com`, 42])('refuses the address %j', async (email) => {
    expect((await refused(Subjects.user.requestLoginCode, { email, ip: '::1' })).field).toBe('email');
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['a\u0000b', 'control characters'],
    ['a\u200eb', 'control characters'],
    ['😀'.repeat(65), 'at most 64'],
  ])('refuses the name %j', async (name, says) => {
    const r = await refused(Subjects.user.updateProfile, { userId: ID, name });
    expect(r.field).toBe('name');
    expect(r.message).toContain(says);
  });

  it.each(['', '12345', '1234567', '12 345', ' 123456', 'abcdef', '１２３４５６', 123456])(
    'refuses the login code %j before any attempt is counted',
    async (code) => {
      const r = await refused(Subjects.user.verifyLoginCode, { email: 'ada@example.com', code, ip: '::1' });
      expect(r).toEqual({ field: 'code', message: 'code: must be the 6 digits from the e-mail' });
    },
  );

  it('a user search needs a term; a refresh without a token is left to the service (UNAUTHENTICATED there)', async () => {
    expect(await refused(Subjects.user.search, { search: '  ', first: 5 })).toMatchObject({ field: 'search' });
    expect(await check(Subjects.user.refreshSession, {})).not.toBeInstanceOf(AppError);
  });
});

describe('field paths', () => {
  it('a GraphQL argument names its fields under it, and the gateway renames a service field to its argument', async () => {
    const err: unknown = await pipe
      .transform({ chatId: 'nope' }, { type: 3 as never, metatype: Contracts[Subjects.chat.send].request, data: 'input' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ message: 'input.chatId: is not a valid id', details: { field: 'input.chatId' } });
    const fromService = AppError.badInput('messageId', 'a deleted message cannot be edited');
    expect(fromService.withFieldPath(renameFields({ messageId: 'id' }))).toMatchObject({
      message: 'id: a deleted message cannot be edited',
      details: { field: 'id' },
    });
    expect(AppError.badInput('attachmentIds[2]', 'x').withFieldPath(underArgument('input')).details.field).toBe('input.attachmentIds[2]');
    expect(AppError.notFound('chat').withFieldPath(underArgument('input')).message).toBe('chat not found');
  });
});
