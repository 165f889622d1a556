import { JwtService } from '@nestjs/jwt';
import { describe, expect, it } from 'vitest';
import { AppError } from '#contracts';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, accessTokenService } from './access-token.js';

const SECRET = 'unit-test-secret-unit-test-secret-0123';
const tokens = accessTokenService(SECRET);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const parts = (token: string) =>
  token
    .split('.')
    .slice(0, 2)
    .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>);

async function refusal(token: string): Promise<AppError> {
  const err = await tokens.verify(token).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('UNAUTHENTICATED');
  return err as AppError;
}

describe('access tokens (JwtService, HS256)', () => {
  it('signs HS256 with subject, session, issuer, audience, iat and exp, and verifies its own tokens', async () => {
    const now = new Date();
    const { token, expiresAt } = await tokens.sign('u1', 's1', 900, now);
    const [header, payload] = parts(token);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const iat = Math.floor(now.getTime() / 1000);
    expect(payload).toEqual({ sid: 's1', sub: 'u1', iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, iat, exp: iat + 900 });
    expect(expiresAt.getTime()).toBe((iat + 900) * 1000);
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', sessionId: 's1', expiresAt });
  });

  it('refuses an expired token, saying so', async () => {
    const { token } = await tokens.sign('u1', 's1', 60, new Date(Date.now() - 3600_000));
    expect((await refusal(token)).message).toContain('expired');
  });

  it('refuses a tampered payload and a token of another secret', async () => {
    const { token } = await tokens.sign('u1', 's1', 600);
    const [h, , sig] = token.split('.');
    const forged = b64({ ...parts(token)[1], sub: 'someone-else' });
    expect((await refusal(`${h}.${forged}.${sig}`)).message).toBe('access token is invalid');
    const foreign = await accessTokenService('another-secret-another-secret-another').sign('u1', 's1', 600);
    expect((await refusal(foreign.token)).message).toBe('access token is invalid');
  });

  it('refuses a foreign audience or issuer, even with the right secret', async () => {
    const raw = new JwtService({ secret: SECRET });
    const base = { subject: 'u1', expiresIn: 600, algorithm: 'HS256' as const };
    const otherAudience = await raw.signAsync({ sid: 's1' }, { ...base, issuer: ACCESS_TOKEN_ISSUER, audience: 'another-api' });
    expect((await refusal(otherAudience)).message).toBe('access token is invalid');
    const otherIssuer = await raw.signAsync({ sid: 's1' }, { ...base, issuer: 'someone-else', audience: ACCESS_TOKEN_AUDIENCE });
    expect((await refusal(otherIssuer)).message).toBe('access token is invalid');
    const noAudience = await raw.signAsync({ sid: 's1' }, { ...base, issuer: ACCESS_TOKEN_ISSUER });
    expect((await refusal(noAudience)).message).toBe('access token is invalid');
  });

  it('refuses `alg: none` and any algorithm but HS256 (HS512 with the right secret)', async () => {
    const { token } = await tokens.sign('u1', 's1', 600);
    const payload = token.split('.')[1];
    for (const unsigned of [`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`, `${b64({ alg: 'none' })}.${payload}`])
      expect((await refusal(unsigned)).message).toBe('access token is invalid');
    const hs512 = await new JwtService({ secret: SECRET }).signAsync(
      { sid: 's1' },
      { subject: 'u1', expiresIn: 600, algorithm: 'HS512', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
    );
    expect((await refusal(hs512)).message).toBe('access token is invalid');
  });

  it('refuses a well-signed token without a session id as malformed', async () => {
    const raw = new JwtService({ secret: SECRET });
    const token = await raw.signAsync({}, { subject: 'u1', expiresIn: 600, algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
    expect((await refusal(token)).message).toBe('access token is malformed');
  });
});
