import { Global, Module } from '@nestjs/common';
import { PresenceService } from './presence.service.js';
import { SocketSessions } from './socket-sessions.js';
import { SubscriptionsResolver, TypingEventResolver } from './subscriptions.resolver.js';
import { UserEventsHub } from './user-events.hub.js';

@Global()
@Module({
  providers: [UserEventsHub, PresenceService, SocketSessions, SubscriptionsResolver, TypingEventResolver],
  exports: [UserEventsHub, PresenceService, SocketSessions],
})
export class RealtimeModule {}
