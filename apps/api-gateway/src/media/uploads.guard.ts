import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AccessClaims } from '#common';
import { AppError } from '#contracts';
import { AccessTokens } from '../auth/access-tokens.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';

export type UploadRequest = Request & { viewer?: AccessClaims };

/** POST /uploads: a valid bearer token and room in the uploader's per-minute budget, checked before the body is read. */
@Injectable()
export class UploadsGuard implements CanActivate {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly tokens: AccessTokens,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<UploadRequest>();
    const viewer = await this.tokens.fromAuthorization(req.headers.authorization);
    const over = await this.limiter.hit([{ key: `upload:${viewer.userId}`, perWindow: this.config.UPLOADS_PER_MINUTE }], 60);
    if (over) throw AppError.rateLimited(over.waitSeconds, 'too many uploads');
    req.viewer = viewer;
    return true;
  }
}
