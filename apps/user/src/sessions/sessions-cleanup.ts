import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ScheduledSweep, SWEEP_QUEUES } from '#common';
import { bullConnection } from '#contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';
import { SessionsRepository } from './sessions.repository.js';

/** Sessions are kept this long past their expiry (a late refresh still gets "expired", not "unknown"). */
const KEPT_AFTER_EXPIRY_MS = 86400_000;

/**
 * Deletes sessions that expired more than a day ago; the MongoDB subset has no TTL indexes. A
 * BullMQ job scheduler runs it once per SESSION_SWEEP_INTERVAL_SECONDS across all user replicas.
 */
@Injectable()
export class SessionsCleanup implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SessionsCleanup');
  private scheduled?: ScheduledSweep<{ deleted: number }>;

  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(USER_CONFIG) private readonly config: UserConfig,
  ) {}

  onModuleInit(): void {
    this.scheduled = new ScheduledSweep({
      queue: SWEEP_QUEUES.sessions,
      everyMs: this.config.SESSION_SWEEP_INTERVAL_SECONDS * 1000,
      connection: bullConnection(this.config.REDIS_URL),
      workerName: `user@${hostname()}:${process.pid}`,
      run: async () => ({ deleted: await this.run() }),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.scheduled?.close();
  }

  /** One sweep; returns how many sessions went. A failure fails the scheduler's job (logged). */
  async run(): Promise<number> {
    const n = await this.sessions.deleteExpired(new Date(Date.now() - KEPT_AFTER_EXPIRY_MS));
    if (n) this.logger.log(`deleted ${n} expired sessions`);
    return n;
  }
}
