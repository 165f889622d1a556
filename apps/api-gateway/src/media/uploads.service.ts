import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, type AttachmentDto, type CreateAttachmentRequest } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import { ImageProcessor, type EncodedImage } from './image-processor.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import { MediaUrls } from './media-urls.js';

/** The answer of POST /uploads. */
export interface UploadReply {
  id: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}

/** The part of a multer file this service reads. */
export interface UploadedFile {
  buffer: Buffer;
}

const newKey = (ext: string) => `${randomBytes(18).toString('base64url')}.${ext}`;

/** POST /uploads: check and re-encode the image, store both renditions, then record the attachment in the chat service. */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly images: ImageProcessor,
    private readonly urls: MediaUrls,
    private readonly chat: ChatClient,
  ) {}

  async upload(ownerId: string, file: UploadedFile | undefined): Promise<UploadReply> {
    if (!file?.buffer.length) throw AppError.badInput('file', 'is required: send the image as the multipart/form-data field "file"');
    const { image, thumbnail } = await this.images.process(file.buffer, this.config.UPLOAD_MAX_PIXELS);
    const storageKey = newKey(image.ext);
    const thumbnailKey = newKey(thumbnail.ext);
    const record: CreateAttachmentRequest = {
      ownerId,
      storageKey,
      thumbnailKey,
      mimeType: image.mimeType,
      size: image.bytes.length,
      width: image.width,
      height: image.height,
      sha256: createHash('sha256').update(image.bytes).digest('hex'),
    };
    // Bytes first, record second: a record never names missing bytes, and bytes without a record are removed here.
    let attachment: AttachmentDto;
    try {
      await Promise.all([this.put(storageKey, image), this.put(thumbnailKey, thumbnail)]);
      attachment = await this.chat.createAttachment(record);
    } catch (err) {
      await Promise.all([storageKey, thumbnailKey].map((key) => this.storage.delete(key))).catch((cleanup: unknown) =>
        this.logger.warn(`files ${storageKey}, ${thumbnailKey} of a failed upload not removed: ${String(cleanup)}`),
      );
      throw err;
    }
    return toUploadReply(attachment, this.urls);
  }

  private put(key: string, image: EncodedImage): Promise<void> {
    return this.storage.put(key, image.bytes, image.mimeType);
  }
}

export const toUploadReply = (a: AttachmentDto, urls: MediaUrls): UploadReply => ({
  id: a.id,
  mimeType: a.mimeType,
  size: a.size,
  width: a.width,
  height: a.height,
  url: urls.sign(a.storageKey),
  thumbnailUrl: urls.sign(a.thumbnailKey),
});
