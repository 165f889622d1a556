import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.js';

/** Fixed-window counters in Redis: mutations per user and IP (the guard), uploads, query cost. */
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
