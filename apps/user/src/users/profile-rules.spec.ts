import { describe, expect, it } from 'vitest';
import { defaultName } from './profile-rules.js';

describe('defaultName', () => {
  it.each([
    ['ada.lovelace@example.com', 'Ada Lovelace'],
    ['grace_hopper+news@example.com', 'Grace Hopper'],
    ['x@example.com', 'X'],
  ])('%s → %s', (email, name) => {
    expect(defaultName(email)).toBe(name);
  });
});
