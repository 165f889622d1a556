import { Injectable } from '@nestjs/common';
import type { AttachmentDto, CreateAttachmentRequest } from '#contracts';
import { AttachmentsGc } from './attachments-gc.js';
import { AttachmentsRepository } from './attachments.repository.js';

/** The records of uploads; the gateway stores the bytes and asks here to remember them. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly gc: AttachmentsGc,
  ) {}

  create(r: CreateAttachmentRequest): Promise<AttachmentDto> {
    const { ownerId, storageKey, thumbnailKey, mimeType, size, width, height, sha256 } = r;
    return this.attachments.insert({ ownerId, storageKey, thumbnailKey, mimeType, size, width, height, sha256 });
  }

  /** Attachments something stopped showing (a replaced avatar): removed unless still shown elsewhere. */
  release(ids: string[]): void {
    this.gc.release(ids);
  }

  /** In the order of `ids`; null where an id names no attachment. */
  async byIds(ids: string[]): Promise<Array<AttachmentDto | null>> {
    const found = new Map((await this.attachments.byIds([...new Set(ids)])).map((a) => [a.id, a]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
