import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { AttachmentDto, CreateAttachmentRequest } from '#contracts';
import { oid } from '../chats/chats.repository.js';
import { AttachmentDoc } from './attachment.schema.js';

const toDto = (d: AttachmentDoc): AttachmentDto => ({
  id: d._id.toHexString(),
  ownerId: d.ownerId,
  storageKey: d.storageKey,
  thumbnailKey: d.thumbnailKey,
  mimeType: d.mimeType,
  size: d.size,
  width: d.width,
  height: d.height,
  sha256: d.sha256,
  createdAt: d.createdAt.toISOString(),
});

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectModel(AttachmentDoc.name) private readonly attachments: Model<AttachmentDoc>) {}

  async insert(a: CreateAttachmentRequest): Promise<AttachmentDto> {
    const doc = await this.attachments.create(a);
    return toDto(doc.toObject<AttachmentDoc>());
  }

  /** Removes the records; the storage keys (image and thumbnail) of those that existed. */
  async removeMany(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const filter = { _id: { $in: ids.map(oid) } };
    const docs = await this.attachments.find(filter, { storageKey: 1, thumbnailKey: 1 }).lean<Array<Pick<AttachmentDoc, 'storageKey' | 'thumbnailKey'>>>();
    if (!docs.length) return [];
    await this.attachments.deleteMany(filter);
    return docs.flatMap((d) => [d.storageKey, d.thumbnailKey]);
  }

  /** Attachments made in (after, upTo], oldest first, at most `limit`: ids and creation times. */
  async madeBetween(after: Date, upTo: Date, limit: number): Promise<Array<{ id: string; createdAt: Date }>> {
    const docs = await this.attachments
      .find({ createdAt: { $gt: after, $lte: upTo } }, { createdAt: 1 })
      .sort({ createdAt: 1, _id: 1 })
      .limit(limit)
      .lean<Array<Pick<AttachmentDoc, '_id' | 'createdAt'>>>();
    return docs.map((d) => ({ id: d._id.toHexString(), createdAt: d.createdAt }));
  }

  /** One `_id` lookup each, in parallel (a `$in` reads the whole collection on FerretDB's SQLite backend). */
  async byIds(ids: string[]): Promise<AttachmentDto[]> {
    const docs = await Promise.all([...new Set(ids)].map((id) => this.attachments.collection.findOne({ _id: oid(id) })));
    return docs.filter((d) => d !== null).map((d) => toDto(d as unknown as AttachmentDoc));
  }
}
