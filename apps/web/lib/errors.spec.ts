import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { SEND_ATTEMPTS, sendRetryDelayMs } from './errors';

const gqlError = (code: string, retryAfterSeconds?: number) =>
  new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) } }] });

describe('sendRetryDelayMs', () => {
  it('retries a busy server with exponential backoff and jitter', () => {
    expect(sendRetryDelayMs(gqlError('SERVICE_UNAVAILABLE'), 0, () => 1)).toBe(1000);
    expect(sendRetryDelayMs(gqlError('SERVICE_UNAVAILABLE'), 2, () => 1)).toBe(4000);
    expect(sendRetryDelayMs(gqlError('SERVICE_UNAVAILABLE'), 2, () => 0)).toBe(2000);
  });

  it('never retries sooner than the server asked', () => {
    expect(sendRetryDelayMs(gqlError('RATE_LIMITED', 20), 0, () => 1)).toBe(20_000);
  });

  it('retries a network failure', () => {
    expect(sendRetryDelayMs(new TypeError('Failed to fetch'), 1, () => 1)).toBe(2000);
  });

  it('does not retry what a retry cannot fix, nor beyond the last attempt', () => {
    for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR']) {
      expect(sendRetryDelayMs(gqlError(code), 0), code).toBeNull();
    }
    expect(sendRetryDelayMs(gqlError('SERVICE_UNAVAILABLE'), SEND_ATTEMPTS - 1)).toBeNull();
  });
});
