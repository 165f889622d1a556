/** Uploaded images: the gateway stores the bytes, the chat service keeps the record (subjects in subjects.ts). */

/** What the gateway records after it has stored an upload's image and thumbnail. */
export interface CreateAttachmentRequest {
  ownerId: string;
  storageKey: string;
  thumbnailKey: string;
  mimeType: string;
  /** Bytes of the stored (re-encoded) image. */
  size: number;
  width: number;
  height: number;
  /** Hex SHA-256 of the stored image. */
  sha256: string;
}

export interface AttachmentDto extends CreateAttachmentRequest {
  id: string;
  createdAt: string;
}

/** Answered in the order of `ids`, with null for ids that name no attachment. */
export interface AttachmentsByIdsRequest {
  ids: string[];
}

export interface OwnUploadRequest {
  viewerId: string;
  uploadId: string;
}
