import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#contracts';
import { MediaUrls } from './media-urls.js';

const KEY = 'AbCdEfGhIjKlMnOpQrStUvWx.jpg';
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const urls = new MediaUrls('s'.repeat(40), 'https://chat.example', 3600);

const parts = (url: string) => {
  const u = new URL(url);
  return { path: u.pathname, exp: u.searchParams.get('exp') ?? '', sig: u.searchParams.get('sig') ?? '' };
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'no error';
};

describe('MediaUrls', () => {
  it('signs a link under the public URL that verifies until it expires, with the seconds left', () => {
    const { path, exp, sig } = parts(urls.sign(KEY, NOW));
    expect(path).toBe(`/media/${KEY}`);
    expect(Number(exp)).toBeGreaterThanOrEqual(NOW / 1000 + 3600);
    expect(Number(exp)).toBeLessThan(NOW / 1000 + 3600 + 60);
    expect(urls.verify(KEY, exp, sig, NOW)).toBe(Number(exp) - NOW / 1000);
    expect(urls.verify(KEY, exp, sig, (Number(exp) - 1) * 1000)).toBe(1);
  });

  it('refuses an expired link', () => {
    const { exp, sig } = parts(urls.sign(KEY, NOW));
    expect(codeOf(() => urls.verify(KEY, exp, sig, Number(exp) * 1000))).toBe(ErrorCode.FORBIDDEN);
  });

  it('refuses a link whose key, expiry or signature was changed, or that another secret signed', () => {
    const { exp, sig } = parts(urls.sign(KEY, NOW));
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    const other = parts(new MediaUrls('t'.repeat(40), 'https://chat.example', 3600).sign(KEY, NOW));
    for (const [key, e, s] of [
      ['BbCdEfGhIjKlMnOpQrStUvWx.jpg', exp, sig],
      [KEY, String(Number(exp) + 3600), sig],
      [KEY, exp, flipped],
      [KEY, exp, sig.slice(0, -2)],
      [KEY, exp, ''],
      [KEY, undefined, sig],
      [KEY, '1e12', sig],
      [KEY, other.exp, other.sig],
      ['../etc/passwd', exp, sig],
    ] as const) {
      expect(
        codeOf(() => urls.verify(key, e, s, NOW)),
        `${key} ${e} ${s}`,
      ).toBe(ErrorCode.FORBIDDEN);
    }
  });
});
