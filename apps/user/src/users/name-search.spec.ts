import { describe, expect, it } from 'vitest';
import { nameFields, searchWords } from './name-search.js';

describe('searchWords', () => {
  it('cuts at anything but letters and digits, lower-cases and drops accents', () => {
    expect(searchWords("  Zoë  O'Neil-Smith ")).toEqual(['zoe', 'o', 'neil', 'smith']);
    expect(searchWords('Carol 1796047552058')).toEqual(['carol', '1796047552058']);
    expect(searchWords('ÅSA Ñúñez')).toEqual(['asa', 'nunez']);
    expect(searchWords('Łukasz 李雷')).toEqual(['łukasz', '李雷']);
  });
  it('has no words for punctuation or emoji only', () => {
    expect(searchWords('  -- !! 🙂 ')).toEqual([]);
  });
});

describe('nameFields', () => {
  it('keeps the name as typed and keys it by its words', () => {
    expect(nameFields('Ada  Ada Lovelace')).toEqual({ name: 'Ada  Ada Lovelace', nameKey: 'ada ada lovelace', nameWords: ['ada', 'lovelace'] });
  });
});
