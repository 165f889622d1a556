import { Global, Module } from '@nestjs/common';
import { PresenceService } from './presence.service.js';
import { SubscriptionsResolver, TypingEventResolver } from './subscriptions.resolver.js';
import { UserEventsHub } from './user-events.hub.js';

@Global()
@Module({
  providers: [UserEventsHub, PresenceService, SubscriptionsResolver, TypingEventResolver],
  exports: [UserEventsHub, PresenceService],
})
export class RealtimeModule {}
