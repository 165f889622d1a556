import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { InjectNats, subscribeEvent } from '#common';
import { Subjects } from '#contracts';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';

/**
 * Removes media files the chat service no longer has a record for (`evt.media.orphaned`, sent
 * after a message with images is deleted for everyone). One gateway of the queue group takes
 * each batch.
 */
@Injectable()
export class MediaJanitor implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MediaJanitor');
  private sub?: Subscription;

  constructor(
    @InjectNats() private readonly nc: NatsConnection,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onModuleInit(): void {
    this.sub = subscribeEvent(this.nc, Subjects.mediaOrphaned, ({ keys }) => this.remove(keys), { queue: 'api-gateway-media' });
  }

  onApplicationShutdown(): void {
    this.sub?.unsubscribe();
  }

  private async remove(keys: string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((k) => this.storage.delete(k)));
    const failed = keys.filter((_, i) => results[i].status === 'rejected');
    if (failed.length) this.logger.warn(`media files not removed (left on the storage): ${failed.join(', ')}`);
  }
}
