import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis, verifyAccessToken, type AccessClaims } from '#common';
import { AppError, revokedSessionKey } from '#contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';

const VERIFIED_CACHE_SIZE = 10_000;

/**
 * Turns a bearer token into the viewer: signature, issuer, audience, expiry and revocation.
 * A token's signature is checked once: its claims are kept (up to VERIFIED_CACHE_SIZE tokens)
 * until it expires, so a client's every request costs a map lookup, not an HMAC through
 * WebCrypto. Revocation is checked on every request.
 */
@Injectable()
export class AccessTokens {
  private readonly verified = new Map<string, AccessClaims>();

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  /** Reads `Bearer <token>` from an Authorization header value. */
  async fromAuthorization(header: unknown): Promise<AccessClaims> {
    if (typeof header !== 'string' || !header.trim()) throw AppError.unauthenticated('sign in first: send Authorization: Bearer <accessToken>');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw AppError.unauthenticated('the Authorization header must be "Bearer <accessToken>"');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<AccessClaims> {
    let claims = this.verified.get(token);
    if (!claims || claims.expiresAt.getTime() <= Date.now()) {
      this.verified.delete(token);
      claims = await verifyAccessToken(this.config.JWT_SECRET, token);
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
    }
    if (await this.redis.exists(revokedSessionKey(claims.sessionId))) throw AppError.unauthenticated('this session was signed out');
    return claims;
  }
}
