import { describe, expect, it } from 'vitest';
import { AppError, asRpcErrorPayload, ErrorCode, isErrorCode } from './errors.js';

describe('AppError', () => {
  it('round-trips through an RPC payload with its details', () => {
    const err = AppError.rateLimited(12.2, 'too many codes');
    const payload = err.toPayload();
    expect(payload).toEqual({ code: ErrorCode.RATE_LIMITED, message: 'too many codes; retry in 12.2 s', retryAfterSeconds: 13 });
    const back = AppError.fromPayload(JSON.parse(JSON.stringify(payload)) as typeof payload);
    expect(back).toBeInstanceOf(AppError);
    expect(back.code).toBe(ErrorCode.RATE_LIMITED);
    expect(back.details.retryAfterSeconds).toBe(13);
  });

  it('names the field of bad input', () => {
    const err = AppError.badInput('email', 'must be an e-mail address');
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.message).toBe('email: must be an e-mail address');
    expect(err.details.field).toBe('email');
  });

  it('never reports less than one second to wait', () => {
    expect(AppError.rateLimited(0.01).details.retryAfterSeconds).toBe(1);
  });
});

describe('asRpcErrorPayload', () => {
  it('accepts only objects with a known code and a message', () => {
    expect(asRpcErrorPayload({ code: 'NOT_FOUND', message: 'chat not found' })).toEqual({ code: 'NOT_FOUND', message: 'chat not found' });
    expect(asRpcErrorPayload({ code: 'WHATEVER', message: 'x' })).toBeNull();
    expect(asRpcErrorPayload({ code: 'NOT_FOUND' })).toBeNull();
    expect(asRpcErrorPayload('NOT_FOUND')).toBeNull();
    expect(asRpcErrorPayload(null)).toBeNull();
  });

  it('drops fields of the wrong type instead of passing them on', () => {
    expect(asRpcErrorPayload({ code: 'RATE_LIMITED', message: 'm', retryAfterSeconds: '5', stack: 'secret' })).toEqual({ code: 'RATE_LIMITED', message: 'm' });
  });

  it('knows exactly the contract codes', () => {
    expect(Object.values(ErrorCode).every(isErrorCode)).toBe(true);
    expect(isErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(false);
  });
});
