import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '@app/common';

export const presenceKey = (userId: string) => `parley:presence:${userId}`;

/** Who is online: a per-user count of live connections in Redis, kept by the gateways. */
@Injectable()
export class PresenceStore {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async online(userIds: readonly string[]): Promise<boolean[]> {
    if (!userIds.length) return [];
    const counts = await this.redis.mget(userIds.map(presenceKey));
    return counts.map((c) => Number(c ?? 0) > 0);
  }
}
