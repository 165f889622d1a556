import { describe, expect, it } from 'vitest';
import { parseConfig } from '#common';
import { crossCheckGatewayConfig, gatewayConfigSpec, trustProxySetting } from './gateway.config.js';

const check = (env: Record<string, string>) => crossCheckGatewayConfig(parseConfig(gatewayConfigSpec, { NODE_ENV: 'development', ...env }));

describe('gateway media storage settings', () => {
  it('defaults to disk storage under .data/media', () => {
    const c = parseConfig(gatewayConfigSpec, { NODE_ENV: 'development' });
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
    expect(() => parseConfig(gatewayConfigSpec, { NODE_ENV: 'development', MEDIA_STORAGE: 'ftp' })).toThrow(/MEDIA_STORAGE/);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['loopback', ['loopback']],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['uniquelocal,fd00::/8,192.168.1.10', ['uniquelocal', 'fd00::/8', '192.168.1.10']],
    ['2', 2],
  ])('reads %j', (value, setting) => {
    expect(trustProxySetting(value)).toEqual(setting);
    expect(check({ TRUST_PROXY: value })).toBeNull();
  });

  it.each(['everyone', '10.0.0.0/33', '10.0.0', 'loopback,,', '::1/129', '1.2.3.4/8/9'])('refuses %j, naming the variable', (value) => {
    expect(trustProxySetting(value)).toBeNull();
    expect(check({ TRUST_PROXY: value })).toMatch(/^TRUST_PROXY: /);
  });
});
