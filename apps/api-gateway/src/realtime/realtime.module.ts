import { Module } from '@nestjs/common';
import { ChatsModule } from '../chats/chats.module.js';
import { ClientsModule } from '../clients/clients.module.js';
import { PresenceModule } from '../presence/presence.module.js';
import { UsersModule } from '../users/users.module.js';
import { PresenceService } from './presence.service.js';
import { SocketSessions } from './socket-sessions.js';
import { SubscriptionsResolver, TypingEventResolver } from './subscriptions.resolver.js';
import { UserEventsHub } from './user-events.hub.js';

/** Subscriptions: one NATS subscription per gateway fanned out to sockets, presence, socket lifetimes. */
@Module({
  imports: [ClientsModule, PresenceModule, UsersModule, ChatsModule],
  providers: [UserEventsHub, PresenceService, SocketSessions, SubscriptionsResolver, TypingEventResolver],
  exports: [PresenceService, SocketSessions],
})
export class RealtimeModule {}
