import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { ErrorFilter, createValidationPipe } from './errors.js';
import { PinoNestLogger } from './logger.js';
import { natsConnectOptions } from './nats.js';
import { Metrics } from './health.js';
import { CorrelationInterceptor, RpcMetricsInterceptor } from './rpc.js';

export interface ServiceBootOptions {
  /** Service name; also its NATS queue group. */
  name: string;
  module: unknown;
  logger: Logger;
  natsUrl: string;
  httpPort: number;
  httpHost?: string;
  /** Requests handled at once before new ones are refused (RPC_MAX_IN_FLIGHT). */
  maxInFlight?: number;
  /** The replica's own work per request above which it admits fewer at once (RPC_TARGET_LATENCY_MS). */
  targetLatencyMs?: number;
}

/**
 * Starts a backend service: NATS request/reply handlers in the service's queue group (so
 * replicas share the work) plus an HTTP port for /health and /metrics.
 */
export async function bootService(opts: ServiceBootOptions): Promise<INestApplication> {
  const app = await NestFactory.create(opts.module as never, { logger: new PinoNestLogger(opts.logger), abortOnError: false });
  app.enableShutdownHooks();
  app.useGlobalFilters(new ErrorFilter(opts.logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new CorrelationInterceptor(opts.maxInFlight, opts.targetLatencyMs, app.get(Metrics)), new RpcMetricsInterceptor(app.get(Metrics)));
  app.connectMicroservice<MicroserviceOptions>(
    { transport: Transport.NATS, options: { ...natsConnectOptions(opts.natsUrl, opts.name), queue: opts.name } },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(opts.httpPort, opts.httpHost ?? '127.0.0.1');
  opts.logger.info(
    { context: 'Bootstrap' },
    `${opts.name} service ready: NATS queue "${opts.name}", http://${opts.httpHost ?? '127.0.0.1'}:${opts.httpPort}/health`,
  );
  return app;
}

/** Logs a start-up failure in one line and exits, so `npm run dev` shows why an app stopped. */
export function exitOnBootFailure(logger: Logger, err: unknown): never {
  logger.fatal({ err }, `start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
