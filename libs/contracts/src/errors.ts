/** The error codes of the GraphQL contract (`extensions.code`) and of every RPC error payload. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  /** HTTP only (POST /uploads): the body or the image is over a size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** HTTP only (POST /uploads): not an image type Parley accepts. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const codes = new Set<string>(Object.values(ErrorCode));
export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && codes.has(value);

/** Extra, client-safe facts about an error. */
export interface ErrorDetails {
  /** The input field the error is about, e.g. `email` or `input.text`. */
  field?: string;
  /** For RATE_LIMITED and a refusal under load (SERVICE_UNAVAILABLE): whole seconds until a retry may succeed. */
  retryAfterSeconds?: number;
  /** For INTERNAL_SERVER_ERROR: the id under which the details were logged. */
  errorId?: string;
}

/** What travels over NATS when a handler fails: the whole error, nothing else. */
export interface RpcErrorPayload extends ErrorDetails {
  code: ErrorCode;
  message: string;
}

/** A domain error: services throw these; edges turn them into RPC payloads and GraphQL errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): RpcErrorPayload {
    return { code: this.code, message: this.message, ...this.details };
  }

  static fromPayload(payload: RpcErrorPayload): AppError {
    const { code, message, ...details } = payload;
    return new AppError(code, message, details);
  }

  /**
   * The same error naming its field as the caller knows it (the gateway turns a service's
   * `chatId` into the argument path `input.chatId`); an error without a field as it is.
   */
  withFieldPath(path: FieldPath): AppError {
    const field = this.details.field;
    const renamed = field === undefined ? field : path(field);
    if (renamed === field || renamed === undefined || field === undefined) return this;
    const message = this.message.startsWith(`${field}: `) ? `${renamed}: ${this.message.slice(field.length + 2)}` : this.message;
    return new AppError(this.code, message, { ...this.details, field: renamed });
  }

  static badInput(field: string, message: string): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }
  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static forbidden(message = 'not allowed'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'sign in first'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
  static conflict(message: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message);
  }
  static rateLimited(retryAfterSeconds: number, message = 'too many requests'): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, `${message}; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    });
  }
  static tooLarge(field: string, message: string): AppError {
    return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `${field}: ${message}`, { field });
  }
  static unsupportedMedia(field: string, message: string): AppError {
    return new AppError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `${field}: ${message}`, { field });
  }
  static unavailable(service: string): AppError {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, `the ${service} service did not answer in time`);
  }
  /** A service refusing work at once instead of queueing it: retry after the given time. */
  static overloaded(message: string, retryAfterSeconds = 1): AppError {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}

/** Maps a service's field (`messageId`, `attachmentIds[0]`) to the client's path for it. */
export type FieldPath = (field: string) => string;
/** Every field is inside the argument `arg`: `text` → `input.text`. */
export const underArgument =
  (arg: string): FieldPath =>
  (field) =>
    `${arg}.${field}`;
/** Fields named differently by the client: `renameFields({ messageId: 'id' })` makes `messageId` `id`, the rest as they are. */
export const renameFields =
  (names: Record<string, string>): FieldPath =>
  (field) => {
    const root = /^[^.[]+/.exec(field)?.[0] ?? field;
    return root in names ? names[root] + field.slice(root.length) : field;
  };

/** Reads an RPC error payload out of whatever the transport handed over, or null when it is not one. */
export function asRpcErrorPayload(value: unknown): RpcErrorPayload | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isErrorCode(v.code) || typeof v.message !== 'string') return null;
  const payload: RpcErrorPayload = { code: v.code, message: v.message };
  if (typeof v.field === 'string') payload.field = v.field;
  if (typeof v.retryAfterSeconds === 'number') payload.retryAfterSeconds = v.retryAfterSeconds;
  if (typeof v.errorId === 'string') payload.errorId = v.errorId;
  return payload;
}
