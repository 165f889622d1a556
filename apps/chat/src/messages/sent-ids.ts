import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '@app/common';

const TTL_SECONDS = 86_400;

/**
 * Idempotency cache: (senderId, clientId) → message id for a day, in Redis. A retried send is
 * answered with one key lookup and one read by _id, instead of a query that, on FerretDB,
 * scans every message to prove a new clientId is new (docs/ferretdb.md). Losing the cache
 * is harmless: the unique index still refuses the duplicate and the stored message is returned.
 */
@Injectable()
export class SentIds {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  private key(senderId: string, clientId: string): string {
    return `parley:sent:${senderId}:${clientId}`;
  }

  get(senderId: string, clientId: string): Promise<string | null> {
    return this.redis.get(this.key(senderId, clientId)).catch(() => null);
  }

  async remember(senderId: string, clientId: string, messageId: string): Promise<void> {
    await this.redis.set(this.key(senderId, clientId), messageId, 'EX', TTL_SECONDS).catch(() => undefined);
  }
}
