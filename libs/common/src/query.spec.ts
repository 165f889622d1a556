import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#contracts';
import { decodeCursor, encodeCursor, escapeRegex } from './query.js';

describe('cursors', () => {
  it('round-trip a (key, id) position', () => {
    expect(decodeCursor(encodeCursor(1700000000000, '0123456789abcdef01234567'), 'number')).toEqual({ key: 1700000000000, id: '0123456789abcdef01234567' });
    expect(decodeCursor(encodeCursor('ada', '0123456789abcdef01234567'), 'string')).toEqual({ key: 'ada', id: '0123456789abcdef01234567' });
  });

  it.each(['garbage', '', encodeCursor('ada', '0123456789abcdef01234567'), encodeCursor(1, 'not-an-id')])('refuses %j as BAD_USER_INPUT on after', (bad) => {
    expect(() => decodeCursor(bad, 'number')).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }));
  });
});

describe('escapeRegex', () => {
  it('makes every special character literal', () => {
    const text = 'a.b(*)+?^$[]{}|\\';
    expect(new RegExp(`^${escapeRegex(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegex('a.b')).test('axb')).toBe(false);
  });
});
