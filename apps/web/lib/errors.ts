import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The first GraphQL error of a failed operation, as the gateway sent it. */
export interface ApiError {
  code: string | null;
  message: string;
  retryAfterSeconds: number | null;
  network: boolean;
}

export function apiError(err: unknown): ApiError {
  if (CombinedGraphQLErrors.is(err) && err.errors.length) {
    const first = err.errors[0];
    const ext = first.extensions ?? {};
    return {
      code: typeof ext.code === 'string' ? ext.code : null,
      message: first.message,
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null,
      network: false,
    };
  }
  if (ServerError.is(err)) return { code: null, message: `the server answered ${err.statusCode}`, retryAfterSeconds: null, network: true };
  const message = err instanceof Error ? err.message : String(err);
  return { code: null, message, retryAfterSeconds: null, network: true };
}

/** Automatic tries of a failed send before it is shown as failed (with a manual retry). */
export const SEND_ATTEMPTS = 6;

/**
 * How long to wait before trying a failed send again by itself, or null to stop: only for
 * failures that a later try can fix (the server busy or unreachable, a rate limit), with
 * exponential backoff and jitter, never sooner than the server's retryAfterSeconds. The retry
 * reuses the message's clientId, so a send that did arrive is not stored twice.
 */
export function sendRetryDelayMs(err: unknown, attempt: number, random = Math.random): number | null {
  const e = apiError(err);
  const transient = e.network || e.code === 'SERVICE_UNAVAILABLE' || e.code === 'RATE_LIMITED';
  if (!transient || attempt + 1 >= SEND_ATTEMPTS) return null;
  const backoff = Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + random() / 2);
  return Math.round(Math.max(backoff, (e.retryAfterSeconds ?? 0) * 1000));
}

/** Where an error happened, for wording that fits. */
export type ErrorContext = 'request-code' | 'verify-code' | 'demo' | 'generic';

/** An error in plain words, by `extensions.code`. */
export function describeError(err: unknown, context: ErrorContext = 'generic'): string {
  const e = apiError(err);
  switch (e.code) {
    case 'RATE_LIMITED': {
      const wait = e.retryAfterSeconds ?? 60;
      return `Too many attempts. Please wait ${formatWait(wait)} and try again.`;
    }
    case 'UNAUTHENTICATED':
      if (context === 'verify-code') return 'That code is wrong or has expired. Check the newest e-mail, or ask for a new code.';
      return 'Your session has ended. Please sign in again.';
    case 'BAD_USER_INPUT':
      if (context === 'request-code') return 'That does not look like an e-mail address. Please check it.';
      if (context === 'verify-code') return 'The code is the 6 digits from the e-mail.';
      return `That did not work: ${stripField(e.message)}.`;
    case 'FORBIDDEN':
      if (context === 'demo') return 'The demo is not available on this server.';
      return 'You are not allowed to do that.';
    case 'NOT_FOUND':
      return 'That no longer exists.';
    case 'CONFLICT':
      return `That clashes with a change made meanwhile: ${e.message}.`;
    case 'SERVICE_UNAVAILABLE':
      return 'The service is busy or down right now. Please try again in a moment.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Please try again.';
    default:
      if (e.network) return 'Cannot reach the server. Check your connection and try again.';
      return e.message;
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/** "text: must be at most 4000 characters" reads better without the field prefix. */
function stripField(message: string): string {
  return message.replace(/\.$/, '');
}
