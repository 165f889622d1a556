import type { Request, Response } from 'express';

export const REFRESH_COOKIE = 'parley_refresh';

/** Reads one cookie from the request's Cookie header. */
export function readCookie(req: Request | undefined, name: string): string | undefined {
  const header = req?.headers?.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The refresh token as an httpOnly, SameSite cookie scoped to /graphql (Secure in production). */
export function setRefreshCookie(res: Response | undefined, token: string, expiresAt: Date, secure: boolean): void {
  res?.cookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/graphql', expires: expiresAt });
}

export function clearRefreshCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/graphql' });
}
