import { access, constants, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { HealthRegistry } from '#common';
import type { GatewayConfig } from '../config/gateway.config.js';
import { S3Storage } from './s3-storage.js';

/** Where media bytes live: local disk (LocalDiskStorage) or an S3-compatible bucket (S3Storage). */
export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes `key`; nothing happens when it is absent. */
  delete(key: string): Promise<void>;
  /** Resolves when the store can be used (for /health). */
  check(): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** Files under one directory, two levels deep by key prefix; writes land whole (temp file, then rename). */
export class LocalDiskStorage implements MediaStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, path);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** For /health: the directory exists (made when missing) and is writable. */
  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.W_OK);
  }

  private pathOf(key: string): string {
    // Keys are made by the gateway and checked against isMediaKey before any read, so they never hold a path separator.
    return join(this.root, key.slice(0, 2), key);
  }
}

/** The storage MEDIA_STORAGE names, with its check in /health as `media`. */
export function createMediaStorage(config: GatewayConfig, health: HealthRegistry): MediaStorage {
  const storage =
    config.MEDIA_STORAGE === 's3'
      ? new S3Storage({
          bucket: config.S3_BUCKET,
          prefix: config.S3_PREFIX,
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        })
      : new LocalDiskStorage(config.MEDIA_DIR);
  health.add('media', () => storage.check());
  return storage;
}
