import { describe, expect, it } from 'vitest';
import { bool, ConfigError, int, isProductionEnv, oneOf, parseConfig, str, url } from './config.js';

const spec = {
  PORT: int(4000, { min: 1, max: 65535 }),
  NATS_URL: url('nats://127.0.0.1:4222'),
  DEMO: bool(false),
  MODE: oneOf(['a', 'b'] as const, 'a'),
  SECRET: str('dev-secret', { notInProduction: (v) => (v === 'dev-secret' ? 'the development secret must be replaced' : null) }),
  REQUIRED: str(),
};

describe('parseConfig', () => {
  it('applies defaults and parses types', () => {
    const c = parseConfig(spec, { NODE_ENV: 'development', REQUIRED: 'x', PORT: '4100', DEMO: 'true', MODE: 'b' });
    expect(c).toEqual({ PORT: 4100, NATS_URL: 'nats://127.0.0.1:4222', DEMO: true, MODE: 'b', SECRET: 'dev-secret', REQUIRED: 'x' });
  });

  it.each([
    [{}, 'REQUIRED is required but not set'],
    [{ REQUIRED: 'x', PORT: 'abc' }, 'PORT must be a whole number, got "abc"'],
    [{ REQUIRED: 'x', PORT: '70000' }, 'PORT must be at most 65535, got 70000'],
    [{ REQUIRED: 'x', NATS_URL: 'not a url' }, 'NATS_URL must be a URL, got "not a url"'],
    [{ REQUIRED: 'x', DEMO: 'maybe' }, 'DEMO must be true or false, got "maybe"'],
    [{ REQUIRED: 'x', MODE: 'c' }, 'MODE must be one of a, b, got "c"'],
  ])('names the bad variable in one line: %o', (env, message) => {
    expect(() => parseConfig(spec, { NODE_ENV: 'development', ...env })).toThrow(new ConfigError(message));
  });

  it('refuses development defaults in production', () => {
    expect(() => parseConfig(spec, { NODE_ENV: 'production', REQUIRED: 'x' })).toThrow('SECRET: the development secret must be replaced (NODE_ENV=production)');
    expect(parseConfig(spec, { NODE_ENV: 'production', REQUIRED: 'x', SECRET: 'a-real-secret' }).SECRET).toBe('a-real-secret');
  });

  it('applies the production rules when NODE_ENV is not set; development defaults need development or test by name', () => {
    expect(() => parseConfig(spec, { REQUIRED: 'x' })).toThrow(
      'SECRET: the development secret must be replaced (NODE_ENV is not set, so production; development defaults need NODE_ENV=development)',
    );
    expect(() => parseConfig(spec, { NODE_ENV: '', REQUIRED: 'x' })).toThrow('NODE_ENV is not set, so production');
    expect(parseConfig(spec, { NODE_ENV: 'development', REQUIRED: 'x' }).SECRET).toBe('dev-secret');
    expect(parseConfig(spec, { NODE_ENV: 'test', REQUIRED: 'x' }).SECRET).toBe('dev-secret');
    expect(isProductionEnv({})).toBe(true);
    expect(isProductionEnv({ NODE_ENV: 'production' })).toBe(true);
    expect(isProductionEnv({ NODE_ENV: 'development' })).toBe(false);
  });
});
