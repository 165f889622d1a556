import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AttachmentDto } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';

/** Per-request batching: every attachment (message images, avatars) one operation names is one NATS request. */
export type AttachmentLoader = DataLoader<string, AttachmentDto | null>;

@Injectable()
export class AttachmentLoaderFactory {
  constructor(private readonly chat: ChatClient) {}

  /** Subscriptions pass `cache: false`: their context lives for hours and would keep every attachment it ever saw. */
  create(opts: { cache?: boolean } = {}): AttachmentLoader {
    return new DataLoader<string, AttachmentDto | null>((ids) => this.chat.attachmentsByIds(ids), {
      maxBatchSize: 500,
      cache: opts.cache ?? true,
    });
  }
}
