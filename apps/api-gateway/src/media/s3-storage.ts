import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '#contracts';
import type { MediaStorage } from './media-storage.js';

export interface S3Options {
  bucket: string;
  /** Prepended to every key (e.g. `parley/`), so one bucket can hold other things too. */
  prefix: string;
  region: string;
  /** For S3-compatible stores (MinIO, Ceph, R2...); empty for AWS itself. */
  endpoint: string;
  forcePathStyle: boolean;
  /** Empty: the SDK's default chain (environment, shared files, instance or task role). */
  accessKeyId: string;
  secretAccessKey: string;
}

const status = (err: unknown): number | undefined => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/**
 * Media in an S3-compatible bucket: what several gateways on several machines share. Requests
 * time out (3 s to connect, 15 s per request) and a store that does not answer is
 * SERVICE_UNAVAILABLE, never a hung upload.
 */
export class S3Storage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3Options) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint || undefined,
      forcePathStyle: options.forcePathStyle,
      credentials: options.accessKeyId ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 3000, requestTimeout: 15000 },
      // Checksums only where S3 requires them: S3-compatible stores differ in what else they accept.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.call(() => this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key), Body: bytes, ContentType: contentType })));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
      return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (err) {
      if (status(err) === 404 || (err as { name?: string }).name === 'NoSuchKey') return null;
      throw this.unavailable(err);
    }
  }

  async delete(key: string): Promise<void> {
    await this.call(() => this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) })));
  }

  /** For /health: the bucket answers. */
  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }));
  }

  close(): void {
    this.client.destroy();
  }

  private keyOf(key: string): string {
    return this.options.prefix + key;
  }

  private async call(send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (err) {
      throw this.unavailable(err);
    }
  }

  private unavailable(err: unknown): AppError {
    const e = AppError.unavailable('media storage');
    e.cause = err;
    return e;
  }
}
