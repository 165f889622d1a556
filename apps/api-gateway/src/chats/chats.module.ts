import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { UsersModule } from '../users/users.module.js';
import { ChatMemberResolver, ChatsResolver } from './chats.resolver.js';
import { GatewayChats } from './chats.service.js';

/** Chats and memberships; the realtime module checks membership through GatewayChats. */
@Module({
  imports: [ClientsModule, UsersModule],
  providers: [ChatsResolver, ChatMemberResolver, GatewayChats],
  exports: [GatewayChats],
})
export class ChatsModule {}
