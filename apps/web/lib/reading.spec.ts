import { describe, expect, it } from 'vitest';
import { firstUnread, joins, newerCount, planJump, readMark, seenUpTo, snippet, splitByRanges } from './reading';

describe('search highlights: a text cut by the matched ranges', () => {
  it('marks each range and keeps the text around it', () => {
    expect(
      splitByRanges('Meet at the Harbour, harbour side', [
        { start: 12, length: 7 },
        { start: 21, length: 7 },
      ]),
    ).toEqual([
      { text: 'Meet at the ', match: false },
      { text: 'Harbour', match: true },
      { text: ', ', match: false },
      { text: 'harbour', match: true },
      { text: ' side', match: false },
    ]);
  });

  it('joins overlapping and touching ranges, sorts them, and clips them to the text', () => {
    expect(
      splitByRanges('abcdef', [
        { start: 4, length: 10 },
        { start: 0, length: 2 },
        { start: 1, length: 2 },
        { start: 3, length: 1 },
      ]),
    ).toEqual([{ text: 'abcdef', match: true }]);
    expect(
      splitByRanges('abcdef', [
        { start: 4, length: 1 },
        { start: 0, length: 2 },
      ]),
    ).toEqual([
      { text: 'ab', match: true },
      { text: 'cd', match: false },
      { text: 'e', match: true },
      { text: 'f', match: false },
    ]);
    expect(splitByRanges('abc', [{ start: -5, length: 6 }])).toEqual([
      { text: 'a', match: true },
      { text: 'bc', match: false },
    ]);
  });

  it('ignores empty and out-of-text ranges; no ranges leave the text whole; markup stays text', () => {
    expect(
      splitByRanges('<b>hi</b>', [
        { start: 3, length: 0 },
        { start: 40, length: 2 },
      ]),
    ).toEqual([{ text: '<b>hi</b>', match: false }]);
    expect(splitByRanges('<b>hi</b>', [{ start: 3, length: 2 }])).toEqual([
      { text: '<b>', match: false },
      { text: 'hi', match: true },
      { text: '</b>', match: false },
    ]);
    expect(splitByRanges('', [{ start: 0, length: 3 }])).toEqual([]);
  });

  it('counts UTF-16 code units, as the server does', () => {
    expect(splitByRanges('🎉 party', [{ start: 3, length: 5 }])).toEqual([
      { text: '🎉 ', match: false },
      { text: 'party', match: true },
    ]);
  });
});

describe('what the reader has seen', () => {
  const items = [
    { seq: 10, top: -80, bottom: -20 },
    { seq: 11, top: -10, bottom: 40 },
    { seq: 12, top: 50, bottom: 100 },
    { seq: 13, top: 110, bottom: 190 },
    { seq: 14, top: 200, bottom: 260 },
  ];

  it('is the newest message wholly in view; one cut off at the bottom is not seen yet', () => {
    expect(seenUpTo(items, 0, 200)).toBe(13);
    expect(seenUpTo(items, 0, 230)).toBe(13);
    expect(seenUpTo(items, 0, 260)).toBe(14);
  });

  it('a message taller than the view counts once it fills it; nothing in view is 0', () => {
    expect(seenUpTo([{ seq: 5, top: -300, bottom: 900 }], 0, 600)).toBe(5);
    expect(seenUpTo(items, 1000, 1400)).toBe(0);
  });

  it('marks read only newer than the server and than sent before, and only while the page is active', () => {
    expect(readMark({ seen: 13, lastRead: 10, sent: 0, active: true })).toBe(13);
    expect(readMark({ seen: 13, lastRead: 10, sent: 0, active: false })).toBeNull();
    expect(readMark({ seen: 13, lastRead: 13, sent: 0, active: true })).toBeNull();
    expect(readMark({ seen: 13, lastRead: 10, sent: 13, active: true })).toBeNull();
    expect(readMark({ seen: 0, lastRead: 0, sent: 0, active: true })).toBeNull();
  });
});

describe('the unread divider and the count of newer messages', () => {
  const me = { id: 'me' };
  const them = { id: 'them' };
  const list = [
    { seq: 1, sender: them },
    { seq: 2, sender: me },
    { seq: 3, sender: me },
    { seq: 4, sender: them },
    { seq: 5, sender: them },
  ];

  it('the divider goes above the first message from someone else after the last read one', () => {
    expect(firstUnread(list, 1, 'me')).toBe(4);
    expect(firstUnread(list, 0, 'me')).toBe(1);
    expect(firstUnread(list, 5, 'me')).toBeNull();
    expect(firstUnread([{ seq: 9, sender: them, type: 'SYSTEM' }], 0, 'me')).toBeNull();
  });

  it('counts the newer messages of others; with more not loaded, at least the unread count', () => {
    expect(newerCount(list, 1, 'me', { hasMoreAfter: false, unreadCount: 0 })).toBe(2);
    expect(newerCount(list, 5, 'me', { hasMoreAfter: false, unreadCount: 3 })).toBe(0);
    expect(newerCount(list, 3, 'me', { hasMoreAfter: true, unreadCount: 40 })).toBe(40);
  });
});

describe('a jump to a message', () => {
  const loaded = { oldest: 500, newest: 530, hasMoreBefore: true, hasMoreAfter: false };

  it('scrolls when the message is loaded, or cannot be loaded', () => {
    expect(planJump(510, loaded)).toEqual({ kind: 'loaded' });
    expect(planJump(3, { ...loaded, hasMoreBefore: false })).toEqual({ kind: 'loaded' });
    expect(planJump(600, loaded)).toEqual({ kind: 'loaded' });
  });

  it('loads older pages for a message a few pages back, and a window around one far back or past a window', () => {
    expect(planJump(300, loaded)).toEqual({ kind: 'older' });
    expect(planJump(20, loaded)).toEqual({ kind: 'window' });
    expect(planJump(600, { ...loaded, hasMoreAfter: true })).toEqual({ kind: 'window' });
    expect(planJump(1, null)).toEqual({ kind: 'window' });
  });
});

describe('a snippet of a long result', () => {
  it('keeps a short text whole and its ranges as they are', () => {
    expect(snippet('find the harbour', [{ start: 9, length: 7 }])).toEqual({ text: 'find the harbour', ranges: [{ start: 9, length: 7 }] });
  });

  it('starts shortly before the first match at a word break, cuts the end, and moves the ranges', () => {
    const text = `${'word '.repeat(40)}harbour ${'tail '.repeat(100)}`;
    const s = snippet(text, [{ start: 200, length: 7 }], 40, 100);
    expect(s.text.startsWith('…word')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const r = s.ranges[0];
    expect(s.text.slice(r.start, r.start + r.length)).toBe('harbour');
    expect(s.text.length).toBeLessThanOrEqual(102);
  });
});

describe('a page joins the loaded list only without a gap', () => {
  const loaded = [50, 51, 52, 53, 54, 55];

  it('older pages join from the oldest message; pages before a far earlier seq do not', () => {
    expect(joins(loaded, [40, 45, 49], { beforeSeq: 50 })).toBe(true);
    expect(joins(loaded, [], { beforeSeq: 50 })).toBe(true);
    expect(joins(loaded, [5, 6, 7], { beforeSeq: 8 })).toBe(false);
    expect(joins(loaded, [54, 55, 56, 57], { beforeSeq: 58 })).toBe(true);
    expect(joins(loaded, [58, 59], { beforeSeq: 60 })).toBe(false);
  });

  it('newer pages join from the newest message; pages after a far later seq do not', () => {
    expect(joins(loaded, [56, 57], { afterSeq: 55 })).toBe(true);
    expect(joins(loaded, [], { afterSeq: 55 })).toBe(true);
    expect(joins(loaded, [101, 102], { afterSeq: 100 })).toBe(false);
    expect(joins(loaded, [11, 12], { afterSeq: 10 })).toBe(false);
    expect(joins(loaded, [11, 12, 49, 50], { afterSeq: 10 })).toBe(true);
  });

  it('the newest page joins when it overlaps or follows on; after many new messages it starts a new list', () => {
    expect(joins(loaded, [53, 54, 55, 56], {})).toBe(true);
    expect(joins(loaded, [56, 57], {})).toBe(true);
    expect(joins(loaded, [300, 301], {})).toBe(false);
    expect(joins([], [300, 301], {})).toBe(true);
  });
});
