import { createHash } from 'node:crypto';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { HealthRegistry } from './health.js';

export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

/** Options shared by every Redis connection: reconnect forever, fail commands fast while down. */
export function redisOptions(): { maxRetriesPerRequest: number | null; enableOfflineQueue: boolean; retryStrategy: (n: number) => number } {
  return { maxRetriesPerRequest: 1, enableOfflineQueue: true, retryStrategy: (n) => Math.min(n * 200, 2000) };
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}
  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          inject: [HealthRegistry],
          useFactory: (health: HealthRegistry) => {
            const redis = new Redis(url, redisOptions());
            redis.on('error', () => undefined); // reconnects on its own; /health reports the outage
            health.add('redis', () => redis.ping());
            return redis;
          },
        },
        RedisCloser,
      ],
      exports: [REDIS],
    };
  }
}

/**
 * A Lua script run by its SHA-1 (EVALSHA): the body crosses the network and is compiled once per
 * Redis server, not on every call; a server that does not know it yet (NOSCRIPT) gets it once.
 */
export class RedisScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: ReadonlyArray<string | number> = []): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
