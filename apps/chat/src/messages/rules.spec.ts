import { describe, expect, it } from 'vitest';
import { AppError } from '#contracts';
import { directKeyOf, requireId, requireIds, validateText, validateTitle } from '../chats/chat-rules.js';
import { highlightRanges } from './highlights.js';
import { groupReactions, toMessageDto } from './message.mapper.js';
import { validateEmoji } from './reaction-rules.js';
import type { Reader } from '../chats/chat-state.js';

const field = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as AppError).details.field;
  }
  throw new Error('did not throw');
};

describe('chat rules', () => {
  it('ids are 24-hex ObjectIds', () => {
    expect(requireId('0123456789ABCDEF01234567', 'chatId')).toBe('0123456789abcdef01234567');
    expect(field(() => requireId('nope', 'chatId'))).toBe('chatId');
    expect(field(() => requireIds(['0123456789abcdef01234567', 'x'], 'userIds', 1, 5))).toBe('userIds[1]');
    expect(field(() => requireIds([], 'userIds', 1, 5))).toBe('userIds');
    expect(requireIds(['0123456789abcdef01234567', '0123456789abcdef01234567'], 'userIds', 1, 5)).toHaveLength(1);
  });

  it('text: 1..4000 characters after trimming, newlines allowed', () => {
    expect(validateText('  hi\nthere ', 'input.text', true)).toBe('hi\nthere');
    expect(validateText('x'.repeat(4000), 'input.text', true)).toHaveLength(4000);
    expect(field(() => validateText('x'.repeat(4001), 'input.text', true))).toBe('input.text');
    expect(field(() => validateText('   ', 'input.text', true))).toBe('input.text');
    expect(validateText('   ', 'input.text', false)).toBeUndefined();
    expect(field(() => validateText('a\u0007', 'input.text', true))).toBe('input.text');
  });

  it('titles: 1..100 characters', () => {
    expect(validateTitle(' Team  A ')).toBe('Team A');
    expect(field(() => validateTitle('x'.repeat(101), 'input.title'))).toBe('input.title');
  });

  it('one direct key per pair, whoever starts', () => {
    expect(directKeyOf('b', 'a')).toBe(directKeyOf('a', 'b'));
  });
});

describe('reactions', () => {
  it.each(['👍', '❤️', '🇫🇷', '👩‍💻', '1️⃣', '🙋🏽'])('accepts %s', (e) => expect(validateEmoji(e)).toBe(e));
  it.each(['', 'ab', '👍👍', 'a', '1'])('refuses %j', (e) => expect(field(() => validateEmoji(e))).toBe('emoji'));

  it('groups by emoji in first-seen order', () => {
    expect(
      groupReactions([
        { emoji: '👍', userId: 'a' },
        { emoji: '❤️', userId: 'a' },
        { emoji: '👍', userId: 'b' },
      ]),
    ).toEqual([
      { emoji: '👍', userIds: ['a', 'b'] },
      { emoji: '❤️', userIds: ['a'] },
    ]);
  });
});

describe('highlights', () => {
  it('finds every case-insensitive occurrence as UTF-16 ranges', () => {
    expect(highlightRanges('Parley parley PARLEY', 'parley')).toEqual([
      { start: 0, length: 6 },
      { start: 7, length: 6 },
      { start: 14, length: 6 },
    ]);
    expect(highlightRanges('😀 a.b( x', 'a.b(')).toEqual([{ start: 3, length: 4 }]);
    expect(highlightRanges('nothing', 'zz')).toEqual([]);
  });
});

describe('message mapping', () => {
  const member = (userId: string, lastReadSeq: number): Reader => ({ userId, lastReadSeq });
  const stored = {
    id: 'm',
    chatId: 'c',
    seq: 5,
    senderId: 'a',
    clientId: 'k',
    type: 'text' as const,
    text: 'hello',
    attachmentIds: [],
    reactions: [{ emoji: '👍', userId: 'b' }],
    edits: [{ text: 'helo', editedAt: new Date(0) }],
    hiddenFor: [],
    createdAt: new Date(0),
  };

  it('seenBy lists the other members who read up to the message', () => {
    const dto = toMessageDto(stored, [member('a', 9), member('b', 5), member('c', 4)]);
    expect(dto.seenBy).toEqual(['b']);
    expect(dto.text).toBe('hello');
  });

  it('a tombstone drops text, reactions and history but keeps seq', () => {
    const dto = toMessageDto({ ...stored, deletedAt: new Date(1) }, []);
    expect(dto).toMatchObject({ seq: 5, text: null, reactions: [], edits: [], deleted: true });
  });
});
