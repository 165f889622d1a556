import { Global, Module } from '@nestjs/common';
import { PresenceStore } from '../presence/presence.store.js';
import { AvatarsController } from './avatars.controller.js';
import { UserLoaderFactory } from './user.loader.js';
import { UsersResolver } from './users.resolver.js';
import { GatewayUsers } from './users.service.js';

@Global()
@Module({
  controllers: [AvatarsController],
  providers: [UsersResolver, GatewayUsers, UserLoaderFactory, PresenceStore],
  exports: [GatewayUsers, UserLoaderFactory, PresenceStore],
})
export class UsersModule {}
