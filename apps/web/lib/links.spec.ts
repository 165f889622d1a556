import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './links';

const links = (text: string) => linkify(text).filter((p) => p.kind === 'link');

describe('linkify', () => {
  it('finds http, https, www and mailto links and bare addresses; the parts give back the text', () => {
    const text = 'See https://example.com/a?b=1#c, or www.example.org. Mail mailto:ann@example.com or bob@example.net!';
    const parts = linkify(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(links(text)).toEqual([
      { kind: 'link', text: 'https://example.com/a?b=1#c', href: 'https://example.com/a?b=1#c' },
      { kind: 'link', text: 'www.example.org', href: 'https://www.example.org/' },
      { kind: 'link', text: 'mailto:ann@example.com', href: 'mailto:ann@example.com' },
      { kind: 'link', text: 'bob@example.net', href: 'mailto:bob@example.net' },
    ]);
  });

  it('keeps balanced parentheses and drops the ones that close a sentence', () => {
    expect(links('(see https://en.wikipedia.org/wiki/Link_(disambiguation))').map((p) => p.text)).toEqual([
      'https://en.wikipedia.org/wiki/Link_(disambiguation)',
    ]);
    expect(links('(https://example.com)').map((p) => p.text)).toEqual(['https://example.com']);
  });

  it('never makes a link of javascript:, data: or other schemes, nor of half an address', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'http://',
      'just words and a dot. here',
    ])
      expect(links(text), text).toEqual([]);
    expect(links('click javascript:alert(1)//https://example.com').every((p) => p.kind === 'link' && p.href.startsWith('https://'))).toBe(true);
  });

  it('safeHref allows only http, https and mailto', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('ftp://example.com')).toBeNull();
    expect(safeHref('mailto:nobody')).toBeNull();
  });

  it('text without links is one text part; empty text none', () => {
    expect(linkify('hello there')).toEqual([{ kind: 'text', text: 'hello there' }]);
    expect(linkify('')).toEqual([]);
  });
});
