import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository.js';

const EVERY_MS = 3600_000;

/** Deletes expired sessions hourly; the MongoDB subset has no TTL indexes. Idempotent, so every replica may run it. */
@Injectable()
export class SessionsCleanup implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SessionsCleanup');
  private timer?: NodeJS.Timeout;

  constructor(private readonly sessions: SessionsRepository) {}

  onModuleInit() {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      const n = await this.sessions.deleteExpired(new Date(Date.now() - 86400_000));
      if (n) this.logger.log(`deleted ${n} expired sessions`);
    } catch (err) {
      this.logger.warn(`session cleanup failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
