import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { UserDto } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import { UserClient } from '../clients/user.client.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import { PresenceStore } from '../presence/presence.store.js';

/** Per-request batching: every user and presence lookup of one operation is one NATS request and one Redis MGET. */
export interface UserLoader {
  users: DataLoader<string, UserDto | null>;
  online: DataLoader<string, boolean>;
  /** By viewer: the users who share a chat with them (who may see their presence and last seen). */
  contacts: DataLoader<string, ReadonlySet<string>>;
}

/**
 * A DataLoader cache shared by many operations: at most `max` entries (least recently used go
 * first), each for `ttlMs` (fresh enough for events; a renamed user shows within that time).
 */
export function recentCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  { max, ttlMs }: { max: number; ttlMs: number },
  clock?: { now(): number },
): LRUCache<K, V> {
  return new LRUCache<K, V>({ max, ttl: ttlMs, ...(clock ? { perf: clock, ttlResolution: 0 } : {}) });
}

@Injectable()
export class UserLoaderFactory {
  private live?: UserLoader;
  /** Users as this gateway saw them in the last USER_CACHE_TTL_MS, shared by every request and subscription. */
  private readonly recentUsers: LRUCache<string, Promise<UserDto | null>>;
  private readonly cacheOptions: { max: number; ttlMs: number };

  constructor(
    private readonly chat: ChatClient,
    private readonly user: UserClient,
    private readonly presence: PresenceStore,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.cacheOptions = { max: config.USER_CACHE_MAX, ttlMs: config.USER_CACHE_TTL_MS };
    this.recentUsers = recentCache(this.cacheOptions);
  }

  /**
   * One loader shared by every subscription on this gateway, with a short cache (USER_CACHE_TTL_MS,
   * 2 seconds by default, at most USER_CACHE_MAX entries per map): a message to a 256-member group
   * resolves its sender for all local subscribers with one request, not one each, and a renamed
   * user shows within those 2 seconds.
   */
  forSubscriptions(): UserLoader {
    this.live ??= {
      users: this.usersLoader(),
      online: new DataLoader<string, boolean>((ids) => this.presence.online(ids), { cacheMap: recentCache<string, Promise<boolean>>(this.cacheOptions) }),
      contacts: this.contactsLoader(recentCache(this.cacheOptions)),
    };
    return this.live;
  }

  /**
   * For one HTTP request: users batched per request and taken from the gateway's short user cache
   * (a send's reply names its sender without asking the user service again); presence asked
   * fresh for each request.
   */
  create(): UserLoader {
    return {
      users: this.usersLoader(),
      online: new DataLoader<string, boolean>((ids) => this.presence.online(ids)),
      contacts: this.contactsLoader(),
    };
  }

  private contactsLoader(cacheMap?: LRUCache<string, Promise<ReadonlySet<string>>>): DataLoader<string, ReadonlySet<string>> {
    return new DataLoader<string, ReadonlySet<string>>(
      (viewerIds) => Promise.all(viewerIds.map(async (viewerId) => new Set(await this.chat.contactsOf(viewerId)))),
      cacheMap ? { cacheMap } : {},
    );
  }

  /** Drops what this gateway remembers of a user (it changed: profile, avatar, last seen). */
  forget(userId: string): void {
    this.recentUsers.delete(userId);
  }

  private usersLoader(): DataLoader<string, UserDto | null> {
    return new DataLoader<string, UserDto | null>((ids) => this.user.byIds(ids), {
      maxBatchSize: 500,
      cacheMap: this.recentUsers,
    });
  }
}
