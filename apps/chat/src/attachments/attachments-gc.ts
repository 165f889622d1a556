import { Injectable, Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { InjectNats } from '@app/common';
import { Subjects } from '@app/contracts';
import { UserDirectory } from '../directory/user-directory.js';
import { MessagesRepository } from '../messages/messages.repository.js';
import { AttachmentsRepository } from './attachments.repository.js';

/**
 * After a message is deleted for everyone, its images go too unless something still shows them
 * (a forwarded copy, another message, someone's avatar): the record is removed here and the
 * files by a gateway (`evt.media.orphaned`). Runs after the deletion has been answered; a failure
 * leaves files behind (logged), never a message without its image.
 */
@Injectable()
export class AttachmentsGc {
  private readonly logger = new Logger('AttachmentsGc');

  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly messages: MessagesRepository,
    private readonly directory: UserDirectory,
    @InjectNats() private readonly nc: NatsConnection,
  ) {}

  /** Fire and forget: called by the deletion, which does not wait. */
  release(attachmentIds: string[]): void {
    if (!attachmentIds.length) return;
    this.collect(attachmentIds).catch((err: unknown) =>
      this.logger.warn(`attachments ${attachmentIds.join(', ')} not collected: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** Removes the unreferenced ones among `attachmentIds`; returns the storage keys handed to the gateways. */
  async collect(attachmentIds: string[]): Promise<string[]> {
    const unshown: string[] = [];
    for (const id of new Set(attachmentIds)) if (!(await this.messages.referencesAttachment(id))) unshown.push(id);
    const avatars = await this.directory.avatarsAmong(unshown);
    const keys: string[] = [];
    for (const id of unshown.filter((a) => !avatars.has(a))) {
      const removed = await this.attachments.remove(id);
      if (removed) keys.push(removed.storageKey, removed.thumbnailKey);
    }
    if (keys.length) this.nc.publish(Subjects.mediaOrphaned, JSON.stringify({ keys }));
    return keys;
  }
}
