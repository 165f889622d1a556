import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RpcClient } from '#common';
import { Subjects, type ContactsReply, type UserDto } from '#contracts';
import { PresenceStore } from '../presence/presence.store.js';

/** Per-request batching: every user and presence lookup of one operation is one NATS request and one Redis MGET. */
export interface UserLoader {
  users: DataLoader<string, UserDto | null>;
  online: DataLoader<string, boolean>;
  /** By viewer: the users who share a chat with them (who may see their presence and last seen). */
  contacts: DataLoader<string, ReadonlySet<string>>;
}

/** A DataLoader cache whose entries live `ttlMs`: fresh enough for events, shared by many. */
export class TtlCacheMap<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  constructor(private readonly ttlMs: number) {}
  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }
  set(key: K, value: V): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }
  delete(key: K): void {
    this.entries.delete(key);
  }
  clear(): void {
    this.entries.clear();
  }
}

const LIVE_TTL_MS = 2000;

@Injectable()
export class UserLoaderFactory {
  private live?: UserLoader;
  /** Users as this gateway saw them in the last 2 seconds, shared by every request and subscription. */
  private readonly recentUsers = new TtlCacheMap<string, Promise<UserDto | null>>(LIVE_TTL_MS);

  constructor(
    private readonly rpc: RpcClient,
    private readonly presence: PresenceStore,
  ) {}

  /**
   * One loader shared by every subscription on this gateway, with a 2-second cache: a message
   * to a 256-member group resolves its sender for all local subscribers with one request, not
   * one each, and a renamed user shows within 2 seconds.
   */
  forSubscriptions(): UserLoader {
    this.live ??= {
      users: this.usersLoader(),
      online: new DataLoader<string, boolean>((ids) => this.presence.online(ids), { cacheMap: new TtlCacheMap(LIVE_TTL_MS) }),
      contacts: this.contactsLoader(new TtlCacheMap(LIVE_TTL_MS)),
    };
    return this.live;
  }

  /**
   * For one HTTP request: users batched per request and taken from the gateway's 2-second cache
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

  private contactsLoader(cacheMap?: TtlCacheMap<string, Promise<ReadonlySet<string>>>): DataLoader<string, ReadonlySet<string>> {
    return new DataLoader<string, ReadonlySet<string>>(
      (viewerIds) =>
        Promise.all(viewerIds.map(async (viewerId) => new Set((await this.rpc.send<ContactsReply>(Subjects.chat.contacts, { viewerId })).userIds))),
      cacheMap ? { cacheMap } : {},
    );
  }

  /** Drops what this gateway remembers of a user (it changed: profile, avatar, last seen). */
  forget(userId: string): void {
    this.recentUsers.delete(userId);
  }

  private usersLoader(): DataLoader<string, UserDto | null> {
    return new DataLoader<string, UserDto | null>((ids) => this.rpc.send<Array<UserDto | null>>(Subjects.user.byIds, { ids }), {
      maxBatchSize: 500,
      cacheMap: this.recentUsers,
    });
  }
}
