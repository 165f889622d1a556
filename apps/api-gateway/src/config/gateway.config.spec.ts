import { describe, expect, it } from 'vitest';
import { parseConfig } from '@app/common';
import { crossCheckGatewayConfig, gatewayConfigSpec } from './gateway.config.js';

const check = (env: Record<string, string>) => crossCheckGatewayConfig(parseConfig(gatewayConfigSpec, env));

describe('gateway media storage settings', () => {
  it('defaults to disk storage under .data/media', () => {
    const c = parseConfig(gatewayConfigSpec, {});
    expect([c.MEDIA_STORAGE, c.MEDIA_DIR]).toEqual(['disk', '.data/media']);
    expect(crossCheckGatewayConfig(c)).toBeNull();
  });

  it('accepts s3 with a bucket, with or without static credentials', () => {
    expect(check({ MEDIA_STORAGE: 's3', S3_BUCKET: 'media' })).toBeNull();
    expect(check({ MEDIA_STORAGE: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' })).toBeNull();
  });

  it.each([
    [{ MEDIA_STORAGE: 's3' }, 'S3_BUCKET is required when MEDIA_STORAGE=s3'],
    [{ MEDIA_STORAGE: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'id' }, 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither'],
  ])('refuses %j', (env, reason) => {
    expect(check(env)).toBe(reason);
  });

  it('names an unknown storage kind', () => {
    expect(() => parseConfig(gatewayConfigSpec, { MEDIA_STORAGE: 'ftp' })).toThrow(/MEDIA_STORAGE/);
  });
});
