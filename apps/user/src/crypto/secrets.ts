import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Randomness and hashing, behind one adapter so services are testable with fixed values. */
@Injectable()
export class Secrets {
  /** Six digits from the CSPRNG, leading zeros kept. */
  loginCode(): string {
    return randomInt(0, 1_000_000).toString().padStart(6, '0');
  }
  /** An opaque token: 32 random bytes, base64url. */
  token(): string {
    return randomBytes(32).toString('base64url');
  }
  id(): string {
    return randomBytes(12).toString('hex');
  }
  sha256(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }
  hmac(key: string, value: string): string {
    return createHmac('sha256', key).update(value).digest('hex');
  }
  /** Constant-time comparison of two hex digests. */
  equal(a: string, b: string): boolean {
    const x = Buffer.from(a, 'hex');
    const y = Buffer.from(b, 'hex');
    return x.length === y.length && timingSafeEqual(x, y);
  }
}

/** The time, injectable so tests can move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
