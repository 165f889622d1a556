import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { MediaModule } from '../media/media.module.js';
import { PresenceModule } from '../presence/presence.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AvatarsController } from './avatars.controller.js';
import { UserLoaderFactory } from './user.loader.js';
import { UsersResolver } from './users.resolver.js';
import { GatewayUsers } from './users.service.js';

/** People: profiles, avatars, search, and the per-request and shared user loaders. */
@Module({
  imports: [ClientsModule, PresenceModule, MediaModule, RateLimitModule],
  controllers: [AvatarsController],
  providers: [UsersResolver, GatewayUsers, UserLoaderFactory],
  exports: [GatewayUsers, UserLoaderFactory],
})
export class UsersModule {}
