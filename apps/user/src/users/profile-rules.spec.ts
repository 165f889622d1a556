import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '#contracts';
import { defaultName, normalizeEmail, validateName } from './profile-rules.js';

const fails = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('did not throw');
};

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });
  it.each(['', 'ada', 'ada@', '@example.com', 'a@b', 'a b@example.com', `${'x'.repeat(250)}@example.com`, 42])('refuses %j naming the field', (bad) => {
    const err = fails(() => normalizeEmail(bad));
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.details.field).toBe('email');
  });
});

describe('validateName', () => {
  it('trims and collapses whitespace', () => {
    expect(validateName('  Grace   Hopper ')).toBe('Grace Hopper');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(validateName('😀'.repeat(64))).toHaveLength(128);
    expect(fails(() => validateName('😀'.repeat(65))).message).toContain('at most 64');
  });
  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['a\u0000b', 'control characters'],
    ['a\u200eb', 'control characters'],
  ])('refuses %j', (bad, rule) => {
    const err = fails(() => validateName(bad, 'input.name'));
    expect(err.details.field).toBe('input.name');
    expect(err.message).toContain(rule);
  });
});

describe('defaultName', () => {
  it.each([
    ['ada.lovelace@example.com', 'Ada Lovelace'],
    ['grace_hopper+news@example.com', 'Grace Hopper'],
    ['x@example.com', 'X'],
  ])('%s → %s', (email, name) => {
    expect(defaultName(email)).toBe(name);
  });
});
