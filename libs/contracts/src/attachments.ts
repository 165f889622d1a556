/** Uploaded images: the gateway stores the bytes, the chat service keeps the record (subjects in subjects.ts). */
import { IsMediaKey, IsObjectId, IsObjectIdList, IsOneOf, IsPositiveCount, rule } from './rules.js';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** What the gateway records after it has stored an upload's image and thumbnail. */
export class CreateAttachmentRequest {
  @IsObjectId() ownerId: string;
  @IsMediaKey() storageKey: string;
  @IsMediaKey() thumbnailKey: string;
  @IsOneOf(IMAGE_TYPES, 'must be image/jpeg, image/png or image/webp') mimeType: string;
  /** Bytes of the stored (re-encoded) image. */
  @IsPositiveCount() size: number;
  @IsPositiveCount() width: number;
  @IsPositiveCount() height: number;
  /** Hex SHA-256 of the stored image. */
  @IsSha256() sha256: string;
}

export interface AttachmentDto {
  id: string;
  ownerId: string;
  storageKey: string;
  thumbnailKey: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  sha256: string;
  createdAt: string;
}

/** Answered in the order of `ids`, with null for ids that name no attachment. */
export class AttachmentsByIdsRequest {
  @IsObjectIdList({ max: 500, unique: false }) ids: string[];
}

/** Attachments something stopped showing (a replaced avatar): removed unless still shown elsewhere. */
export class ReleaseAttachmentsRequest {
  @IsObjectIdList({ max: 100 }) attachmentIds: string[];
}

/** Is this upload the viewer's own? (true, else BAD_USER_INPUT naming uploadId) */
export class OwnUploadRequest {
  @IsObjectId() viewerId: string;
  @IsObjectId() uploadId: string;
}

const SHA256 = /^[0-9a-f]{64}$/;
function IsSha256(): PropertyDecorator {
  return rule('isSha256', (v) => (typeof v === 'string' && SHA256.test(v) ? null : 'must be 64 hex digits'));
}
