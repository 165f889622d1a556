import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RpcClient } from '#common';
import { Subjects, type AttachmentDto } from '#contracts';

/** Per-request batching: every attachment (message images, avatars) one operation names is one NATS request. */
export type AttachmentLoader = DataLoader<string, AttachmentDto | null>;

@Injectable()
export class AttachmentLoaderFactory {
  constructor(private readonly rpc: RpcClient) {}

  /** Subscriptions pass `cache: false`: their context lives for hours and would keep every attachment it ever saw. */
  create(opts: { cache?: boolean } = {}): AttachmentLoader {
    return new DataLoader<string, AttachmentDto | null>((ids) => this.rpc.send<Array<AttachmentDto | null>>(Subjects.chat.attachmentsByIds, { ids }), {
      maxBatchSize: 500,
      cache: opts.cache ?? true,
    });
  }
}
