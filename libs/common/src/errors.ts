import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, type ArgumentMetadata, type ExceptionFilter, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, asRpcErrorPayload, ErrorCode, underArgument, type RpcErrorPayload } from '#contracts';
import type { Logger } from 'pino';
import { throwError, type Observable } from 'rxjs';

/** HTTP status for each error code (HTTP routes such as /uploads answer `{ code, message }`). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return 415;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
  }
}

function codeOfHttpStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 415) return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status === 503) return ErrorCode.SERVICE_UNAVAILABLE;
  if (status >= 400 && status < 500) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/** A unique index refused a write (MongoDB and FerretDB both answer code 11000). */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/**
 * Turns anything thrown into a client-safe error payload. Known errors keep their code and
 * message; anything else is logged in full under a fresh error id and masked.
 */
/** Redis (ioredis gave up on the command) or the database (the MongoDB driver has no connection) cannot be reached. */
export function isStoreUnreachable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    /^Mongo(Network|ServerSelection|NotConnected|Topology\w*)Error$/.test(err.name) ||
    /Connection is closed|Stream isn't writeable|ECONNREFUSED/.test(err.message)
  );
}

export function toErrorPayload(err: unknown, logger: Logger): RpcErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  const payload = asRpcErrorPayload(err);
  if (payload) return payload;
  if (isDuplicateKey(err)) return { code: ErrorCode.CONFLICT, message: 'already exists' };
  if (isStoreUnreachable(err)) {
    logger.warn({ err: (err as Error).message }, 'a store is unreachable');
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'a data store is not reachable; retry shortly', retryAfterSeconds: 1 };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = codeOfHttpStatus(status);
    if (code !== ErrorCode.INTERNAL_SERVER_ERROR) return { code, message: err.message };
  }
  const errorId = randomUUID();
  logger.error({ err, errorId }, 'unexpected error');
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: `internal error (id ${errorId})`, errorId };
}

/**
 * The one exception filter of every app: over NATS it replies with the error payload, over
 * HTTP it answers `{ code, message }` with the matching status. GraphQL errors are formatted
 * by the gateway's formatError, which uses the same toErrorPayload.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    const type = host.getType<string>();
    if (type === 'graphql') throw exception;
    const payload = toErrorPayload(exception, this.logger);
    if (type === 'rpc') return throwError(() => payload);
    const res = host.switchToHttp().getResponse<{ status(n: number): { json(body: unknown): void }; setHeader(k: string, v: string): void }>();
    if (payload.retryAfterSeconds) res.setHeader('Retry-After', String(payload.retryAfterSeconds));
    res.status(httpStatusOf(payload.code)).json(payload);
  }
}

/** The first broken rule: its field path (with the index a list rule names, `ids[2]`) and message. */
function firstConstraint(errors: ValidationError[], parent = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const raw = Object.values(e.constraints)[0] ?? 'is invalid';
      const index = /^\[(\d+)\] /.exec(raw);
      // class-validator's own messages start with the property's name; the field says it already.
      const message = index ? raw.slice(index[0].length) : raw.startsWith(`${e.property} `) ? raw.slice(e.property.length + 1) : raw;
      return { field: index ? `${field}[${index[1]}]` : field, message };
    }
    const inner = firstConstraint(e.children ?? [], field);
    if (inner) return inner;
  }
  return null;
}

/** Parameter kinds that carry outside input: NATS payloads and GraphQL arguments (both 3), HTTP bodies, queries and route params. */
const VALIDATED = new Set<unknown>([3, 'body', 'query', 'param']);

/**
 * The one validation pipe of every app. It validates a NATS payload against its request class
 * (libs/contracts) and a GraphQL argument or HTTP body against its class; nothing else (a
 * resolver's parent object, the context, custom decorators) is touched. Values are turned into
 * their class first (transform: rules normalize, e.g. trim), properties without a rule are
 * dropped (whitelist: a newer caller's extra field does not break an older replica), and the
 * first broken rule becomes BAD_USER_INPUT naming its field: the service's own name over NATS,
 * the argument path in GraphQL (`input.text`, `chatId`).
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      stopAtFirstError: true,
      validationError: { target: false },
      exceptionFactory: (errors) => {
        const first = firstConstraint(errors);
        return first ? AppError.badInput(first.field, first.message) : AppError.badInput('input', 'is invalid');
      },
    });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return VALIDATED.has(metadata.type) && super.toValidate(metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (err) {
      // A named GraphQL argument (`input`) holds the fields its class names.
      throw err instanceof AppError && metadata.data ? err.withFieldPath(underArgument(metadata.data)) : err;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe();
}
