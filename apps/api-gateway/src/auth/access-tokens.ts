import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { AccessTokenService, InjectRedis, type AccessClaims } from '#common';
import { AppError, revokedSessionKey } from '#contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';

/**
 * Turns a bearer token into the viewer: signature, issuer, audience, expiry and revocation.
 * A token's signature is checked once: its claims are kept (an LRU of ACCESS_TOKEN_CACHE_MAX
 * tokens) until it expires, so a client's every request costs a cache lookup, not an HMAC.
 * Revocation is checked on every request.
 */
@Injectable()
export class AccessTokens {
  private readonly verified: LRUCache<string, AccessClaims>;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @InjectRedis() private readonly redis: Redis,
    private readonly tokens: AccessTokenService,
  ) {
    this.verified = new LRUCache<string, AccessClaims>({ max: config.ACCESS_TOKEN_CACHE_MAX });
  }

  /** Reads `Bearer <token>` from an Authorization header value (see authorizationOf for values of unknown type). */
  async fromAuthorization(header: string | undefined): Promise<AccessClaims> {
    if (!header?.trim()) throw AppError.unauthenticated('sign in first: send Authorization: Bearer <accessToken>');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw AppError.unauthenticated('the Authorization header must be "Bearer <accessToken>"');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<AccessClaims> {
    let claims = this.verified.get(token);
    if (!claims || claims.expiresAt.getTime() <= Date.now()) {
      this.verified.delete(token);
      claims = await this.tokens.verify(token);
      this.verified.set(token, claims);
    }
    if (await this.redis.exists(revokedSessionKey(claims.sessionId))) throw AppError.unauthenticated('this session was signed out');
    return claims;
  }
}

/** A graphql-ws connection_init's authorization (any JSON a client sent) as a header value: strings only. */
export const authorizationOf = (params: Readonly<Record<string, unknown>> | undefined): string | undefined => {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
};
