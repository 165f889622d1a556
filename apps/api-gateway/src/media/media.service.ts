import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '#contracts';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import { MediaUrls } from './media-urls.js';

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

export interface MediaObject {
  bytes: Buffer;
  contentType: string;
  /** Until the link expires. */
  maxAgeSeconds: number;
}

@Injectable()
export class MediaService {
  constructor(
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly urls: MediaUrls,
  ) {}

  /** The object behind a signed link; FORBIDDEN for a wrong or expired link, NOT_FOUND when nothing is stored. */
  async read(key: string, exp: string | undefined, sig: string | undefined): Promise<MediaObject> {
    const maxAgeSeconds = this.urls.verify(key, exp, sig);
    const bytes = await this.storage.get(key);
    if (!bytes) throw AppError.notFound('media');
    // Keys carry the stored type's extension (isMediaKey), set by the gateway after re-encoding.
    const contentType = CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    return { bytes, contentType, maxAgeSeconds };
  }
}
