import { Injectable } from '@nestjs/common';
import type { AttachmentDto } from '#contracts';
import type { Attachment } from '../messages/models/message.model.js';
import type { AttachmentLoader } from './attachment.loader.js';
import { MediaUrls } from './media-urls.js';

/**
 * Attachments as GraphQL hands them out, with signed links. Callers decide who may see them:
 * message resolvers run only for messages the viewer can read (members), avatars for users the viewer can see.
 */
@Injectable()
export class GatewayAttachments {
  constructor(private readonly urls: MediaUrls) {}

  /** A message's attachments in its order; ids whose record is gone are left out. */
  async ofMessage(loader: AttachmentLoader, ids: string[]): Promise<Attachment[]> {
    if (!ids.length) return [];
    const found = await loader.loadMany(ids);
    return found.filter((a): a is AttachmentDto => a !== null && !(a instanceof Error)).map((a) => this.toAttachment(a));
  }

  /** A signed link to the thumbnail of an avatar, or null when the upload is gone. */
  async avatarUrl(loader: AttachmentLoader, id: string): Promise<string | null> {
    const a = await loader.load(id);
    return a ? this.urls.sign(a.thumbnailKey) : null;
  }

  private toAttachment(a: AttachmentDto): Attachment {
    return {
      id: a.id,
      mimeType: a.mimeType,
      size: a.size,
      width: a.width,
      height: a.height,
      url: this.urls.sign(a.storageKey),
      thumbnailUrl: this.urls.sign(a.thumbnailKey),
    };
  }
}
