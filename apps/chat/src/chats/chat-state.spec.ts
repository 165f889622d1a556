import { describe, expect, it } from 'vitest';
import { chatDtoOf, directChatIdOf, memberRows, messageIdOf, unreadOf, type ChatState } from './chat-state.js';

const chat = (over: Partial<ChatState> = {}): ChatState => ({
  id: 'c'.repeat(24),
  kind: 'group',
  directKey: 'group:c',
  title: 'Team',
  lastSeq: 10,
  lastActivityAt: 5000,
  createdAt: 1000,
  members: {
    a: { role: 'owner', joinedAt: 1000, lastReadSeq: 10 },
    b: { role: 'member', joinedAt: 2000, lastReadSeq: 4 },
    c: { role: 'admin', joinedAt: 1000, lastReadSeq: 0, hidden: [2, 7, 12] },
  },
  former: { d: { role: 'member', joinedAt: 1000, leftAt: 3000, lastReadSeq: 6 } },
  deletedSeqs: [3, 6],
  ...over,
});

describe('unread counts from read positions', () => {
  it('counts the seqs above the read position, less those deleted for everyone', () => {
    expect(unreadOf(chat(), 'a')).toBe(0);
    // 5..10 is six messages; 6 was deleted for everyone.
    expect(unreadOf(chat(), 'b')).toBe(5);
  });

  it('less those the member deleted for themselves, each seq once even when also deleted for everyone', () => {
    // 1..10 is ten; deleted 3 and 6, hidden 2 and 7 (12 is beyond lastSeq and does not count).
    expect(unreadOf(chat(), 'c')).toBe(6);
    expect(unreadOf(chat({ members: { c: { role: 'member', joinedAt: 0, lastReadSeq: 0, hidden: [3, 5] } } }), 'c')).toBe(7);
  });

  it('is zero for someone who is not a member and never negative', () => {
    expect(unreadOf(chat(), 'nobody')).toBe(0);
    expect(unreadOf(chat({ lastSeq: 2 }), 'b')).toBe(0);
  });
});

describe('derived ids', () => {
  it('a message id is a stable function of (chat, seq), shaped like an ObjectId', () => {
    const id = messageIdOf('a'.repeat(24), 7);
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(messageIdOf('a'.repeat(24), 7)).toBe(id);
    expect(messageIdOf('a'.repeat(24), 8)).not.toBe(id);
    expect(messageIdOf('b'.repeat(24), 7)).not.toBe(id);
  });

  it('a direct chat id follows from the sorted pair', () => {
    expect(directChatIdOf('x:y')).toMatch(/^[0-9a-f]{24}$/);
    expect(directChatIdOf('x:y')).not.toBe(directChatIdOf('x:z'));
  });
});

describe('chat as a member sees it', () => {
  it("lists current members longest-serving first, with read positions and the viewer's unread count", () => {
    expect(memberRows(chat()).map((m) => m.userId)).toEqual(['a', 'c', 'b']);
    const dto = chatDtoOf(chat(), 'b', null);
    expect(dto).toMatchObject({ title: 'Team', lastSeq: 10, unreadCount: 5, myLastReadSeq: 4, updatedAt: new Date(5000).toISOString() });
    expect(dto.members.map((m) => [m.userId, m.role, m.lastReadSeq])).toEqual([
      ['a', 'owner', 10],
      ['c', 'admin', 0],
      ['b', 'member', 4],
    ]);
  });

  it('a member who left sees the chat with their last read position and nothing unread', () => {
    expect(chatDtoOf(chat(), 'd', null)).toMatchObject({ myLastReadSeq: 6, unreadCount: 0 });
    expect(chatDtoOf(chat(), 'd', null).members.map((m) => m.userId)).not.toContain('d');
  });
});
