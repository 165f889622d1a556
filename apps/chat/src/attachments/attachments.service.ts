import { Injectable } from '@nestjs/common';
import { AppError, type AttachmentDto, type CreateAttachmentRequest } from '#contracts';
import { requireId } from '../chats/chat-rules.js';
import { AttachmentsGc } from './attachments-gc.js';
import { AttachmentsRepository } from './attachments.repository.js';

const KEY = /^[A-Za-z0-9_-]{16,128}\.(jpg|png|webp)$/;
const MIME_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const MAX_IDS = 500;

/** The records of uploads; the gateway stores the bytes and asks here to remember them. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly gc: AttachmentsGc,
  ) {}

  create(r: CreateAttachmentRequest): Promise<AttachmentDto> {
    const ownerId = requireId(r.ownerId, 'ownerId');
    if (!KEY.test(String(r.storageKey)) || !KEY.test(String(r.thumbnailKey))) throw AppError.badInput('storageKey', 'is not a media key');
    if (!MIME_TYPES.has(r.mimeType)) throw AppError.badInput('mimeType', 'must be image/jpeg, image/png or image/webp');
    for (const field of ['size', 'width', 'height'] as const) {
      if (!Number.isSafeInteger(r[field]) || r[field] < 1) throw AppError.badInput(field, 'must be a positive whole number');
    }
    if (!/^[0-9a-f]{64}$/.test(String(r.sha256))) throw AppError.badInput('sha256', 'must be 64 hex digits');
    const { storageKey, thumbnailKey, mimeType, size, width, height, sha256 } = r;
    return this.attachments.insert({ ownerId, storageKey, thumbnailKey, mimeType, size, width, height, sha256 });
  }

  /** Attachments something stopped showing (a replaced avatar): removed unless still shown elsewhere. */
  release(idsIn: unknown): void {
    this.gc.release(this.validIds(idsIn, 'attachmentIds', 100));
  }

  /** A list of at most `max` valid ids, or BAD_USER_INPUT naming `field`. */
  private validIds(idsIn: unknown, field: string, max = MAX_IDS): string[] {
    if (!Array.isArray(idsIn) || idsIn.length > max) throw AppError.badInput(field, `must be a list of at most ${max} ids`);
    return idsIn.map((id, i) => requireId(id, `${field}[${i}]`));
  }

  /** In the order of `ids`; null where an id names no attachment. */
  async byIds(idsIn: unknown): Promise<Array<AttachmentDto | null>> {
    const ids = this.validIds(idsIn, 'ids');
    const found = new Map((await this.attachments.byIds([...new Set(ids)])).map((a) => [a.id, a]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
