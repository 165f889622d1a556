import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis, verifyAccessToken, type AccessClaims } from '@app/common';
import { AppError, revokedSessionKey } from '@app/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';

/** Turns a bearer token into the viewer: signature, issuer, audience, expiry and revocation. */
@Injectable()
export class AccessTokens {
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
    const claims = await verifyAccessToken(this.config.JWT_SECRET, token);
    if (await this.redis.exists(revokedSessionKey(claims.sessionId))) throw AppError.unauthenticated('this session was signed out');
    return claims;
  }
}
