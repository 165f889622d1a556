import { describe, expect, it } from 'vitest';
import { directKeyOf } from '../chats/chat-rules.js';
import { highlightRanges } from './highlights.js';
import { groupReactions, toMessageDto } from './message.mapper.js';
import type { Reader } from '../chats/chat-state.js';

describe('chat rules', () => {
  it('one direct key per pair, whoever starts', () => {
    expect(directKeyOf('b', 'a')).toBe(directKeyOf('a', 'b'));
  });
});

describe('reactions', () => {
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
