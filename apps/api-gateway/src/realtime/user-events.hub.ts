import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { Counter, Gauge } from 'prom-client';
import { InjectNats, Metrics } from '#common';
import { Subjects, type UserEvent } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';

type Listener = (event: UserEvent) => void;

/** Recently parsed events by their text: one publish to a thousand members is parsed once. */
const PARSED_KEPT = 256;

interface Entry {
  sub: Subscription;
  listeners: Set<Listener>;
  /** The user's current chats, kept fresh by chat.updated events; events of other chats are dropped. */
  chats: Set<string>;
  /** False while the chat list could not be loaded: then the publisher's addressing is trusted alone. */
  known: boolean;
  ready: Promise<void>;
}

/**
 * Routes events by interest: this gateway subscribes to `evt.user.<id>` only while that user
 * has a live subscription here (reference-counted), so every gateway receives only its own
 * users' events. Each event is checked against the user's current chats before delivery.
 */
@Injectable()
export class UserEventsHub implements OnApplicationShutdown {
  private readonly logger = new Logger('UserEventsHub');
  private readonly entries = new Map<string, Entry>();
  private readonly parsed = new Map<string, UserEvent>();
  private readonly delivered: Counter<'type'>;

  constructor(
    @InjectNats() private readonly nc: NatsConnection,
    private readonly chat: ChatClient,
    metrics: Metrics,
  ) {
    const hub = this.entries;
    new Gauge({
      name: 'parley_routed_users',
      help: 'Users whose evt.user.<id> subject this gateway subscribes to',
      registers: [metrics.registry],
      collect() {
        this.set(hub.size);
      },
    });
    this.delivered = new Counter({
      name: 'parley_events_delivered_total',
      help: 'Events handed to local subscriptions',
      labelNames: ['type'],
      registers: [metrics.registry],
    });
  }

  /** Starts delivering the user's events to `listener`; call the returned function to stop. */
  listen(userId: string, listener: Listener): () => void {
    let entry = this.entries.get(userId);
    if (!entry) entry = this.open(userId);
    entry.listeners.add(listener);
    const e = entry;
    return () => {
      e.listeners.delete(listener);
      if (e.listeners.size === 0 && this.entries.get(userId) === e) {
        this.entries.delete(userId);
        e.sub.unsubscribe();
      }
    };
  }

  private open(userId: string): Entry {
    const chats = new Set<string>();
    const ready = this.chat.chatIdsOf(userId).then(
      (chatIds) => {
        chatIds.forEach((id) => chats.add(id));
        entry.known = true;
      },
      (err: unknown) => this.logger.warn(`could not load the chats of ${userId}; delivering as addressed: ${err instanceof Error ? err.message : String(err)}`),
    );
    const entry: Entry = {
      chats,
      known: false,
      ready,
      listeners: new Set(),
      // Chained on one promise, so events keep their order while the chat list loads.
      sub: this.nc.subscribe(Subjects.userEvents(userId), {
        callback: (err, msg) => {
          const event = err ? undefined : this.parse(msg.string());
          if (event) void entry.ready.then(() => this.dispatch(entry, event));
        },
      }),
    };
    this.entries.set(userId, entry);
    return entry;
  }

  /**
   * The event of a published text, parsed once for every member it was published to: the same
   * object reaches every subscription, which lets them share its execution (shared-execution.ts).
   * Events are never changed after parsing. A text that does not parse is dropped.
   */
  private parse(text: string): UserEvent | undefined {
    let event = this.parsed.get(text);
    if (event) return event;
    try {
      event = JSON.parse(text) as UserEvent;
    } catch {
      return undefined;
    }
    if (this.parsed.size >= PARSED_KEPT) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(text, event);
    return event;
  }

  private dispatch(entry: Entry, event: UserEvent): void {
    if (event.type === 'chat.updated') {
      if (event.membership === 'left') entry.chats.delete(event.chatId);
      else entry.chats.add(event.chatId);
    } else if ('chatId' in event && entry.known && !entry.chats.has(event.chatId)) {
      return;
    }
    this.delivered.inc({ type: event.type });
    for (const l of entry.listeners) l(event);
  }

  onApplicationShutdown(): void {
    for (const e of this.entries.values()) e.sub.unsubscribe();
    this.entries.clear();
  }
}
