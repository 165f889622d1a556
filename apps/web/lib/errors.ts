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
