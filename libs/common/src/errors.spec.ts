import { BadRequestException, NotFoundException } from '@nestjs/common';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '#contracts';
import { httpStatusOf, toErrorPayload } from './errors.js';

const lines: string[] = [];
const logger = pino({ level: 'error' }, { write: (l: string) => lines.push(l) });

describe('toErrorPayload', () => {
  it('keeps domain errors as they are', () => {
    expect(toErrorPayload(AppError.notFound('chat'), logger)).toEqual({ code: ErrorCode.NOT_FOUND, message: 'chat not found' });
  });

  it('maps a duplicate-key error of the database to CONFLICT', () => {
    const dup = Object.assign(new Error('E11000 duplicate key error collection: parley.users index: email_1'), { code: 11000 });
    expect(toErrorPayload(dup, logger)).toEqual({ code: ErrorCode.CONFLICT, message: 'already exists' });
  });

  it('maps an unreachable Redis or database to SERVICE_UNAVAILABLE with retryAfterSeconds, and nothing else', () => {
    const unreachable = [
      Object.assign(new Error('Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.'), {
        name: 'MaxRetriesPerRequestError',
      }),
      new Error('Connection is closed.'),
      Object.assign(new Error('connection refused'), { name: 'MongoServerSelectionError' }),
      Object.assign(new Error('socket closed'), { name: 'MongoNetworkError' }),
    ];
    for (const err of unreachable)
      expect(toErrorPayload(err, logger)).toEqual({
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: 'a data store is not reachable; retry shortly',
        retryAfterSeconds: 1,
      });
    expect(toErrorPayload(Object.assign(new Error('bad'), { name: 'MongoServerError' }), logger).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(toErrorPayload(new NotFoundException('no route'), logger).code).toBe(ErrorCode.NOT_FOUND);
    expect(toErrorPayload(new BadRequestException('bad body'), logger).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('masks unknown errors behind an id that is in the log', () => {
    lines.length = 0;
    const p = toErrorPayload(new Error('connection string mongodb://secret@host'), logger);
    expect(p.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(p.message).not.toContain('secret');
    expect(p.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('')).toContain(p.errorId);
    expect(lines.join('')).toContain('connection string');
  });
});

describe('httpStatusOf', () => {
  it('gives every code a status', () => {
    const statuses = Object.values(ErrorCode).map(httpStatusOf);
    expect(statuses).toEqual([401, 403, 404, 400, 429, 409, 413, 415, 503, 500]);
  });
});
