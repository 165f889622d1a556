import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventsPublisher } from '#common';
import { ChatClient } from '../clients/chat.client.js';
import { UserClient } from '../clients/user.client.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import { PresenceStore } from '../presence/presence.store.js';
import { UserLoaderFactory } from '../users/user.loader.js';

/**
 * Counts this gateway's WebSocket connections per user in Redis. The first connection anywhere
 * makes the user online, the last one offline (lastSeenAt stored); either change is published
 * to everyone who shares a chat with them. A gateway that dies stops its heartbeat, and the
 * others reap its users.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnApplicationShutdown {
  readonly gatewayId = randomUUID();
  private readonly logger = new Logger('PresenceService');
  private readonly local = new Map<string, number>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly store: PresenceStore,
    private readonly events: EventsPublisher,
    private readonly chat: ChatClient,
    private readonly userClient: UserClient,
    private readonly users: UserLoaderFactory,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // Beat three times per TTL, look for dead gateways twice per TTL.
    const ttlMs = this.config.PRESENCE_TTL_SECONDS * 1000;
    await this.beat();
    this.timers = [setInterval(() => void this.beat(), ttlMs / 3), setInterval(() => void this.sweep(), ttlMs / 2)];
    for (const t of this.timers) t.unref();
  }

  async connected(userId: string): Promise<void> {
    this.local.set(userId, (this.local.get(userId) ?? 0) + 1);
    const total = await this.store.adjust(this.gatewayId, userId, 1);
    if (total === 1) await this.announce(userId, true, null);
  }

  async disconnected(userId: string): Promise<void> {
    const n = (this.local.get(userId) ?? 1) - 1;
    if (n > 0) this.local.set(userId, n);
    else this.local.delete(userId);
    const total = await this.store.adjust(this.gatewayId, userId, -1);
    if (total === 0) await this.wentOffline(userId);
  }

  private async wentOffline(userId: string): Promise<void> {
    const at = new Date();
    await this.userClient.setLastSeen(userId, at).catch((err: unknown) => this.logger.warn(`lastSeenAt of ${userId} not stored: ${String(err)}`));
    this.users.forget(userId);
    await this.announce(userId, false, at.toISOString());
  }

  private async announce(userId: string, online: boolean, lastSeenAt: string | null): Promise<void> {
    try {
      const userIds = await this.chat.contactsOf(userId);
      this.events.publish(userIds, { type: 'presence', userId, online, lastSeenAt });
    } catch (err) {
      this.logger.warn(`presence of ${userId} not announced: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Renews the heartbeat. When it had lapsed (Redis restarted empty, or this gateway was reaped
   * after a stall) while sockets are open here, their counts are written back: the users stay
   * online without reconnecting. (A socket opening in the same instant may be counted twice.)
   */
  private async beat(): Promise<void> {
    try {
      const lapsed = await this.store.heartbeat(this.gatewayId, this.config.PRESENCE_TTL_SECONDS);
      if (lapsed && this.local.size) {
        await this.store.restore(this.gatewayId, this.local);
        this.logger.log(`presence of ${this.local.size} users written back after its records were lost`);
      }
    } catch {
      // Redis is away: the next beat tries again.
    }
  }

  /** Users of gateways that stopped beating go offline (their gateway cannot say so itself). */
  private async sweep(): Promise<void> {
    try {
      for (const gw of await this.store.deadGateways()) {
        for (const userId of await this.store.reap(gw)) {
          if (!(await this.store.online([userId]))[0]) await this.wentOffline(userId);
        }
      }
    } catch (err) {
      this.logger.warn(`presence sweep failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    // A clean stop: this gateway's users lose these connections now, not after the heartbeat TTL.
    const users = [...this.local.keys()];
    await this.store.retire(this.gatewayId).catch(() => undefined);
    for (const u of users) if (!(await this.store.online([u]).catch(() => [true]))[0]) await this.wentOffline(u);
  }
}
