import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ClientsModule } from '../clients/clients.module.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AccessTokens } from './access-tokens.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { GatewayAuth } from './auth.service.js';

/** Login, sessions and the access token check every request passes (AuthGuard, then the rate limit). */
@Module({
  imports: [ClientsModule, RateLimitModule],
  providers: [
    AuthResolver,
    GatewayAuth,
    AccessTokens,
    // Order matters: the rate limit needs the viewer the auth guard resolves.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AccessTokens],
})
export class AuthModule {}
