import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/**
 * Automatic persisted queries kept in Redis, so a query registered through one gateway is known
 * to every gateway (Apollo's default cache is per process: behind a load balancer a client's
 * hash-only request would miss on every other gateway). Keys are the query's SHA-256 as Apollo
 * names it, under `parley:`; each lives `ttlSeconds` after its last registration. Apollo stores a
 * query only once it has parsed and validated. Redis unreachable: a lookup misses (the client
 * then sends the whole query, which works) and a registration is skipped; neither fails the request.
 * Structurally Apollo's KeyValueCache<string>.
 */
export class RedisPersistedQueries {
  private readonly logger = new Logger('PersistedQueries');

  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
  ) {}

  private key(key: string): string {
    return `parley:${key}`;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.key(key))) ?? undefined;
    } catch (err) {
      this.logger.warn(`persisted query lookup failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      await this.redis.set(this.key(key), value, 'EX', options?.ttl ?? this.ttlSeconds);
    } catch (err) {
      this.logger.warn(`persisted query not stored: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.key(key))) > 0;
  }
}
