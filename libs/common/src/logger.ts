import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/**
 * The request being handled: its correlation id (carried over NATS headers and job data) and,
 * for a NATS request, the caller's deadline (ms since the epoch) after which nobody waits for
 * the answer any more.
 */
export const correlation = new AsyncLocalStorage<{ id: string; deadline?: number; waitedMs?: number }>();
export const currentCorrelationId = (): string | undefined => correlation.getStore()?.id;
export const currentDeadline = (): number | undefined => correlation.getStore()?.deadline;
/** Records time the current request spent waiting for its turn (e.g. on a busy chat): not the service's own work. */
export function noteWaited(ms: number): void {
  const store = correlation.getStore();
  if (store) store.waitedMs = (store.waitedMs ?? 0) + ms;
}
export const newCorrelationId = (): string => randomUUID();
export const CORRELATION_HEADER = 'x-correlation-id';
export const DEADLINE_HEADER = 'x-deadline';
/** When the caller sent the request (ms since the epoch): how long it queued before a service got to it. */
export const SENT_AT_HEADER = 'x-sent-at';

const REDACT = [
  'code',
  'token',
  'refreshToken',
  'accessToken',
  'authorization',
  '*.code',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
];

const SKIP = new Set(['level', 'time', 'msg', 'context', 'app', 'pid', 'hostname', 'cid', 'err']);
const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * One pino logger per process. `pretty` prints one short line per entry for people running
 * `npm run dev`; `json` is for log shippers.
 */
export function createLogger(app: string, level: string, format: 'pretty' | 'json'): Logger {
  const base = { app };
  const mixin = () => {
    const id = currentCorrelationId();
    return id ? { cid: id } : {};
  };
  if (format === 'json') return pino({ level, base, mixin, redact: { paths: REDACT, censor: '[redacted]' } });
  return pino(
    { level, base, mixin, redact: { paths: REDACT, censor: '[redacted]' } },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { level: number; time: number; msg?: string; context?: string; cid?: string; err?: { stack?: string } } & Record<
          string,
          unknown
        >;
        const { level: lv, time, msg, context, cid, err } = entry;
        const rest = Object.fromEntries(Object.entries(entry).filter(([k]) => !SKIP.has(k)));
        const name = LEVEL_NAMES[lv] ?? String(lv);
        const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
        const stack = err?.stack ? `\n${err.stack}` : '';
        const t = new Date(time).toISOString().slice(11, 23);
        process.stdout.write(`${t} ${name.padEnd(5)} ${context ? `[${context}] ` : ''}${msg ?? ''}${cid ? ` cid=${cid}` : ''}${extra}${stack}\n`);
      },
    },
  );
}

/** Nest's LoggerService on top of pino, so framework and app logs share one format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, traceOrContext?: string, context?: string) {
    const ctx = context ?? (traceOrContext && !traceOrContext.includes('\n') ? traceOrContext : undefined);
    const trace = traceOrContext?.includes('\n') ? traceOrContext : undefined;
    this.logger.error({ context: ctx, ...(trace ? { err: { stack: trace } } : {}) }, message instanceof Error ? message.message : String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
  setLogLevels(_levels: LogLevel[]) {}
}

export const LOGGER = Symbol('LOGGER');
