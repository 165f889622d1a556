import { Logger } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { Events, type EventOf, type EventSubject } from '#contracts';
import { ContractValidationPipe } from './errors.js';
import { correlationHeaders } from './nats.js';

/**
 * Publishes a broadcast event (libs/contracts/src/events.ts): its payload is the subject's class,
 * sent as one message per `max` items of its list field (one message when the list is empty), so
 * every message passes the consumers' validation however long the list.
 */
export function publishEvent<S extends EventSubject>(nc: NatsConnection, subject: S, event: EventOf<S>): void {
  const { field, max } = Events[subject].split;
  const items = (event as unknown as Record<string, unknown[]>)[field];
  const headers = correlationHeaders();
  for (let i = 0; i === 0 || i < items.length; i += max) nc.publish(subject, JSON.stringify({ ...event, [field]: items.slice(i, i + max) }), { headers });
}

const pipe = new ContractValidationPipe();
const logger = new Logger('Events');

/**
 * Subscribes to a broadcast event; `handle` gets only payloads that are JSON and pass the
 * subject's class (normalized as requests are); anything else is dropped with a warning naming
 * the broken rule. With `queue`, one subscriber of the group gets each event.
 */
export function subscribeEvent<S extends EventSubject>(
  nc: NatsConnection,
  subject: S,
  handle: (event: EventOf<S>) => void | Promise<void>,
  opts: { queue?: string } = {},
): Subscription {
  const receive = async (data: unknown) => {
    let event: EventOf<S>;
    try {
      event = (await pipe.transform(data, { type: 'body', metatype: Events[subject].payload })) as EventOf<S>;
    } catch (err) {
      logger.warn(`dropped a ${subject} event: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    await handle(event);
  };
  return nc.subscribe(subject, {
    ...opts,
    callback: (err, msg) => {
      if (err) return;
      let data: unknown;
      try {
        data = msg.json();
      } catch {
        logger.warn(`dropped a ${subject} event: not JSON`);
        return;
      }
      receive(data).catch((e: unknown) => logger.error(`${subject} handler failed: ${e instanceof Error ? e.message : String(e)}`));
    },
  });
}
