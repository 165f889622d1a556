import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { AppError } from '#contracts';

export const ACCESS_TOKEN_ISSUER = 'parley';
export const ACCESS_TOKEN_AUDIENCE = 'parley-api';

export interface AccessClaims {
  /** The user id. */
  userId: string;
  /** The session family, revoked as a whole on logout or refresh-token reuse. */
  sessionId: string;
  expiresAt: Date;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs a short-lived access token (HS256 JWT with issuer and audience). */
export async function signAccessToken(
  secret: string,
  userId: string,
  sessionId: string,
  ttlSeconds: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((iat + ttlSeconds) * 1000);
  const token = await new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt };
}

/** Verifies signature, issuer, audience and expiry; any failure is UNAUTHENTICATED with the reason. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
      throw AppError.unauthenticated('access token is malformed');
    return { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw AppError.unauthenticated('access token expired; refresh the session');
    throw AppError.unauthenticated('access token is invalid');
  }
}
