import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Redis } from 'ioredis';
import { InjectNats, InjectRedis, publishEvent, ScheduledSweep, SWEEP_QUEUES } from '#common';
import { bullConnection, Subjects } from '#contracts';
import { CHAT_CONFIG, type ChatConfig } from '../config/chat.config.js';
import { UserDirectory } from '../directory/user-directory.js';
import { MessagesRepository } from '../messages/messages.repository.js';
import { AttachmentsRepository } from './attachments.repository.js';

/** Creation time up to which uploads have been looked at (ms since the epoch). */
const SWEEP_MARK = 'parley:uploads-sweep:until';
const BATCH = 100;
const MAX_BATCHES_PER_SWEEP = 50;

/**
 * Removes images nothing shows any more: the record here, the files by a gateway
 * (`evt.media.orphaned`). Two ways in: a message deleted for everyone or an avatar replaced
 * releases its attachments at once; a periodic sweep (a BullMQ job scheduler: one run per
 * UPLOAD_SWEEP_INTERVAL_SECONDS across all replicas) looks once at every upload that has reached
 * UNSENT_UPLOAD_TTL_SECONDS. Either way an attachment goes
 * only when no message shows it (a forwarded copy, another send) and it is nobody's avatar. A
 * failure leaves files behind (logged), never a message without its image.
 */
@Injectable()
export class AttachmentsGc implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AttachmentsGc');
  private scheduled?: ScheduledSweep<{ files: number }>;

  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly messages: MessagesRepository,
    private readonly directory: UserDirectory,
    @InjectNats() private readonly nc: NatsConnection,
    @InjectRedis() private readonly redis: Redis,
    @Inject(CHAT_CONFIG) private readonly config: ChatConfig,
  ) {}

  onModuleInit(): void {
    this.scheduled = new ScheduledSweep({
      queue: SWEEP_QUEUES.uploads,
      everyMs: this.config.UPLOAD_SWEEP_INTERVAL_SECONDS * 1000,
      connection: bullConnection(this.config.REDIS_URL),
      workerName: `chat@${hostname()}:${process.pid}`,
      run: async () => ({ files: await this.sweep() }),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.scheduled?.close();
  }

  /** Fire and forget: the caller (a deletion, an avatar change) has already answered. */
  release(attachmentIds: string[]): void {
    if (!attachmentIds.length) return;
    this.collect(attachmentIds).catch((err: unknown) =>
      this.logger.warn(`attachments ${attachmentIds.join(', ')} not collected: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** Removes the unshown ones among `attachmentIds`; returns the storage keys handed to the gateways. */
  async collect(attachmentIds: string[]): Promise<string[]> {
    const ids = [...new Set(attachmentIds)];
    const shown = await this.messages.attachmentsShown(ids);
    const unshown = ids.filter((id) => !shown.has(id));
    const avatars = await this.directory.avatarsAmong(unshown);
    const keys = await this.attachments.removeMany(unshown.filter((a) => !avatars.has(a)));
    if (keys.length) publishEvent(this.nc, Subjects.mediaOrphaned, { keys });
    return keys;
  }

  /**
   * Looks at the uploads that reached the TTL since the last sweep (the mark in Redis); returns
   * how many files were handed over. The scheduler's job on one replica calls it.
   */
  async sweep(): Promise<number> {
    const upTo = new Date(Date.now() - this.config.UNSENT_UPLOAD_TTL_SECONDS * 1000);
    const mark = Number(await this.redis.get(SWEEP_MARK));
    // Without a mark (first run, or Redis lost it), look one extra day back.
    let after = new Date(Number.isFinite(mark) && mark > 0 ? mark : upTo.getTime() - 86400_000);
    let files = 0;
    for (let i = 0; i < MAX_BATCHES_PER_SWEEP; i++) {
      const batch = await this.attachments.madeBetween(after, upTo, BATCH);
      if (!batch.length) break;
      files += (await this.collect(batch.map((a) => a.id))).length;
      after = batch[batch.length - 1].createdAt;
      await this.redis.set(SWEEP_MARK, String(after.getTime()));
      if (batch.length < BATCH) break;
    }
    if (files) this.logger.log(`upload sweep: ${files / 2} unsent upload(s) removed`);
    return files;
  }
}
