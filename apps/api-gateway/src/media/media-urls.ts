import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, isMediaKey } from '#contracts';

/** A stored object's name: random, URL-safe, with the extension of its type. */

/**
 * Short-lived links to stored media: `<base>/media/<key>?exp=<unix seconds>&sig=<HMAC-SHA256 of key and exp>`.
 * Whoever holds a link may read the object until it expires, so links go only to viewers allowed to see it.
 */
export class MediaUrls {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
    private readonly ttlSeconds: number,
  ) {}

  /** A signed URL of `key`. The expiry is rounded up to the minute so repeated reads within it share one URL (browser cache). */
  sign(key: string, nowMs = Date.now()): string {
    const exp = Math.ceil((nowMs / 1000 + this.ttlSeconds) / 60) * 60;
    return `${this.baseUrl}/media/${key}?exp=${exp}&sig=${this.signature(key, exp)}`;
  }

  /** Seconds the link stays valid, or FORBIDDEN when its signature is wrong or it has expired. */
  verify(key: string, expIn: string | undefined, sigIn: string | undefined, nowMs = Date.now()): number {
    const exp = expIn !== undefined && /^\d{1,12}$/.test(expIn) ? Number(expIn) : NaN;
    const given = sigIn !== undefined ? Buffer.from(sigIn, 'base64url') : Buffer.alloc(0);
    const wanted = Number.isFinite(exp) ? Buffer.from(this.signature(key, exp), 'base64url') : null;
    if (!isMediaKey(key) || !wanted || given.length !== wanted.length || !timingSafeEqual(given, wanted))
      throw AppError.forbidden('this media link is not valid');
    const remaining = exp - Math.floor(nowMs / 1000);
    if (remaining <= 0) throw AppError.forbidden('this media link has expired');
    return remaining;
  }

  private signature(key: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`media:${key}:${exp}`).digest('base64url');
  }
}
