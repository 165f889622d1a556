import { Injectable, Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { InjectNats, correlationHeaders } from './nats.js';
import { Subjects, type UserEvent } from '#contracts';

/**
 * Publishes an event on `evt.user.<id>` for each user who must see it: the chat service after a
 * durable write, gateways for typing and presence. Best effort: the database is the truth.
 */
@Injectable()
export class EventsPublisher {
  private readonly logger = new Logger('EventsPublisher');
  constructor(@InjectNats() private readonly nc: NatsConnection) {}

  publish(userIds: Iterable<string>, event: UserEvent): void {
    const data = JSON.stringify(event);
    const headers = correlationHeaders();
    for (const id of new Set(userIds)) {
      try {
        this.nc.publish(Subjects.userEvents(id), data, { headers });
      } catch (err) {
        this.logger.warn(`could not publish ${event.type} to ${id}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
