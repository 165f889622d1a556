import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { AccessTokens } from './access-tokens.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { GatewayAuth } from './auth.service.js';

@Global()
@Module({
  providers: [
    AuthResolver,
    GatewayAuth,
    AccessTokens,
    RateLimiter,
    // Order matters: the rate limit needs the viewer the auth guard resolves.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AccessTokens, RateLimiter],
})
export class AuthModule {}
