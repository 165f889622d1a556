import { Inject, Injectable, Module, type CallHandler, type DynamicModule, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ClientProxy, ClientsModule, NatsContext, NatsRecordBuilder, Transport } from '@nestjs/microservices';
import { AppError, asRpcErrorPayload, type ServiceName } from '@app/contracts';
import { firstValueFrom, Observable, tap, timeout, TimeoutError } from 'rxjs';
import { Counter } from 'prom-client';
import type { Metrics } from './health.js';
import { correlation, CORRELATION_HEADER, newCorrelationId } from './logger.js';
import { correlationHeaders, natsConnectOptions } from './nats.js';

/** Runs every NATS handler inside the caller's correlation id (from the message headers). */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    let id: string | undefined;
    if (context.getType() === 'rpc') {
      const ctx = context.switchToRpc().getContext<unknown>();
      if (ctx instanceof NatsContext) id = (ctx.getHeaders() as { get(k: string): string } | undefined)?.get(CORRELATION_HEADER) || undefined;
    }
    const store = { id: id ?? newCorrelationId() };
    return new Observable((subscriber) => correlation.run(store, () => next.handle().subscribe(subscriber)));
  }
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

  async send<T>(subject: string, data: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    const service = subject.split('.')[0] as ServiceName;
    const record = new NatsRecordBuilder(data).setHeaders(correlationHeaders()).build();
    try {
      return await firstValueFrom(this.client.send<T>(subject, record).pipe(timeout(timeoutMs)));
    } catch (err) {
      const payload = asRpcErrorPayload(err);
      if (payload) throw AppError.fromPayload(payload);
      if (err instanceof TimeoutError || isUnreachable(err)) throw AppError.unavailable(service);
      throw err;
    }
  }
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
