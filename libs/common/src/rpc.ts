import { Inject, Injectable, Module, type CallHandler, type DynamicModule, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ClientProxy, ClientsModule, MessagePattern, NatsContext, NatsRecordBuilder, Payload, Transport } from '@nestjs/microservices';
import { AppError, asRpcErrorPayload, Contracts, type FieldPath, type ReplyOf, type RequestOf, type ServiceName, type Subject } from '#contracts';
import { finalize, firstValueFrom, Observable, tap, throwError, timeout, TimeoutError } from 'rxjs';
import { Counter, Gauge } from 'prom-client';
import { Admission } from './admission.js';
import type { Metrics } from './health.js';
import { correlation, CORRELATION_HEADER, currentDeadline, DEADLINE_HEADER, newCorrelationId, SENT_AT_HEADER } from './logger.js';
import { correlationHeaders, natsConnectOptions } from './nats.js';

/**
 * Runs every NATS handler inside the caller's correlation id and deadline (from the message
 * headers), and admits it only when it can still be useful and the replica has room:
 * - a request whose deadline has passed is dropped before any work (its caller gave up), and so
 *   is one that waited longer than `targetMs` to be picked up (sent → handler: the replica is
 *   saturated, and working on stale requests only makes the queue longer);
 * - beyond the replica's current limit (Admission: at most `maxInFlight`, less while the
 *   replica's answers, waiting included, are slower than `targetMs`), new requests are refused
 *   at once with SERVICE_UNAVAILABLE and `retryAfterSeconds`, so overload makes quick refusals
 *   instead of a queue in which everything times out.
 * Health checks are always admitted.
 */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  private readonly admission: Admission;
  private readonly refused?: Counter<'subject' | 'reason'>;

  constructor(
    maxInFlight = 100_000,
    private readonly targetMs = 250,
    metrics?: Metrics,
  ) {
    this.admission = new Admission(maxInFlight, targetMs);
    if (metrics) {
      const admission = this.admission;
      this.refused = new Counter({
        name: 'parley_rpc_refused_total',
        help: 'NATS requests refused without doing any work: past their deadline, queued too long, or beyond the in-flight limit',
        labelNames: ['subject', 'reason'],
        registers: [metrics.registry],
      });
      new Gauge({
        name: 'parley_rpc_in_flight_limit',
        help: 'Requests this replica admits at once now (adapts to its latency)',
        registers: [metrics.registry],
        collect() {
          this.set(admission.limit);
        },
      });
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    let id: string | undefined;
    let deadline: number | undefined;
    let queuedMs = 0;
    let subject = '';
    if (context.getType() === 'rpc') {
      const ctx = context.switchToRpc().getContext<unknown>();
      if (ctx instanceof NatsContext) {
        const headers = ctx.getHeaders() as { get(k: string): string } | undefined;
        id = headers?.get(CORRELATION_HEADER) || undefined;
        const d = Number(headers?.get(DEADLINE_HEADER));
        if (Number.isFinite(d) && d > 0) deadline = d;
        const sent = Number(headers?.get(SENT_AT_HEADER));
        if (Number.isFinite(sent) && sent > 0) queuedMs = Math.max(0, Date.now() - sent);
        subject = ctx.getSubject();
      }
    }
    const store: { id: string; deadline?: number; waitedMs?: number } = { id: id ?? newCorrelationId(), deadline };
    const run = () => new Observable((subscriber) => correlation.run(store, () => next.handle().subscribe(subscriber)));
    if (!subject || subject.endsWith('.health')) return run();
    if (deadline !== undefined && Date.now() >= deadline) {
      this.refused?.inc({ subject, reason: 'deadline' });
      return throwError(() => AppError.overloaded('the request waited past its deadline; try again'));
    }
    if (queuedMs > this.targetMs) {
      this.refused?.inc({ subject, reason: 'queued' });
      return throwError(() => AppError.overloaded('the service is busy; try again shortly'));
    }
    if (!this.admission.tryEnter()) {
      this.refused?.inc({ subject, reason: 'in-flight' });
      return throwError(() => AppError.overloaded('the service is at capacity; try again shortly'));
    }
    const started = Date.now();
    return run().pipe(finalize(() => this.admission.leave(queuedMs + Date.now() - started - (store.waitedMs ?? 0))));
  }
}

/**
 * Refuses (SERVICE_UNAVAILABLE) when the current request's deadline has passed or is closer
 * than `marginMs`: call it before work that writes, so nothing is written for a caller that
 * has already been told "failed".
 */
export function requireTimeLeft(marginMs = 0): void {
  const deadline = currentDeadline();
  if (deadline !== undefined && Date.now() + marginMs >= deadline) throw AppError.overloaded('the request ran out of time before it could be done; try again');
}

/** Counts the NATS requests this replica handled, by subject and outcome (`parley_rpc_handled_total`). */
export class RpcMetricsInterceptor implements NestInterceptor {
  private readonly handled: Counter<'subject' | 'outcome'>;

  constructor(metrics: Metrics) {
    this.handled = new Counter({
      name: 'parley_rpc_handled_total',
      help: 'NATS requests handled by this replica',
      labelNames: ['subject', 'outcome'],
      registers: [metrics.registry],
    });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const subject = context.switchToRpc().getContext<NatsContext>().getSubject();
    return next.handle().pipe(
      tap({
        next: () => this.handled.inc({ subject, outcome: 'ok' }),
        error: () => this.handled.inc({ subject, outcome: 'error' }),
      }),
    );
  }
}

export const RPC_CLIENT = Symbol('RPC_CLIENT');
export const RPC_TIMEOUT = Symbol('RPC_TIMEOUT');

/**
 * Request/reply to the user, chat and mail services over NATS (queue groups). A reply error
 * comes back as the service's AppError; no answer within the timeout is SERVICE_UNAVAILABLE.
 */
@Injectable()
export class RpcClient {
  constructor(
    @Inject(RPC_CLIENT) private readonly client: ClientProxy,
    @Inject(RPC_TIMEOUT) private readonly timeoutMs: number,
  ) {}

  /**
   * Sends the request of `subject` (its contract in libs/contracts) and answers its reply, with
   * a deadline: now + timeout, or the current request's own deadline when that comes first (a
   * service calling another on behalf of a caller cannot outlive the caller). `fieldPath` names
   * a bad-input field as the caller knows it (the gateway's argument paths).
   */
  async send<S extends Subject>(subject: S, request: RequestOf<S>, options: SendOptions = {}): Promise<ReplyOf<S>> {
    const service = subject.slice(0, subject.indexOf('.')) as ServiceName;
    const deadline = Math.min(Date.now() + (options.timeoutMs ?? this.timeoutMs), currentDeadline() ?? Infinity);
    const left = deadline - Date.now();
    if (left <= 0) throw AppError.unavailable(service);
    const headers = correlationHeaders();
    headers.set(DEADLINE_HEADER, String(deadline));
    headers.set(SENT_AT_HEADER, String(Date.now()));
    const record = new NatsRecordBuilder(request).setHeaders(headers).build();
    try {
      const reply: Observable<ReplyOf<S>> = this.client.send(subject, record);
      return await firstValueFrom(reply.pipe(timeout(left)));
    } catch (err) {
      const payload = asRpcErrorPayload(err);
      if (payload) throw options.fieldPath ? AppError.fromPayload(payload).withFieldPath(options.fieldPath) : AppError.fromPayload(payload);
      if (err instanceof TimeoutError || isUnreachable(err)) throw AppError.unavailable(service);
      throw err;
    }
  }
}

export interface SendOptions {
  /** Instead of RPC_TIMEOUT_MS. */
  timeoutMs?: number;
  /** How the caller names the service's fields (`underArgument('input')`, `renameFields({ messageId: 'id' })`). */
  fieldPath?: FieldPath;
}

/**
 * `@Serves(subject)`: the NATS handler of `subject`. Its first parameter is the payload, and its
 * type must be the subject's request class (checked once, at start-up), so the validation pipe
 * checks every request against its contract before the handler runs; the compiler checks the
 * reply against the contract.
 */
export function Serves<S extends Subject>(subject: S) {
  return <M extends (request: RequestOf<S>) => ReplyOf<S> | Promise<ReplyOf<S>>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    const params = (Reflect.getMetadata('design:paramtypes', target, key) ?? []) as unknown[];
    const expected = Contracts[subject].request;
    if (params.length && params[0] !== expected)
      throw new Error(
        `${target.constructor.name}.${String(key)} serves ${subject}: its parameter must be ${expected.name}, not ${String((params[0] as { name?: string })?.name)}`,
      );
    if (params.length) Payload()(target, key, 0);
    MessagePattern(subject)(target, key, descriptor);
  };
}

/** No responders, a lost connection or a closed client: the service cannot be reached now. */
function isUnreachable(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /empty response|no responders|no subscribers|connection|disconnect|closed|timeout/i.test(text);
}

@Module({})
export class RpcClientModule {
  static forRoot(natsUrl: string, timeoutMs: number, name: string): DynamicModule {
    return {
      module: RpcClientModule,
      global: true,
      imports: [ClientsModule.register([{ name: RPC_CLIENT, transport: Transport.NATS, options: natsConnectOptions(natsUrl, name) }])],
      providers: [RpcClient, { provide: RPC_TIMEOUT, useValue: timeoutMs }],
      exports: [RpcClient],
    };
  }
}
