import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Global, Inject, Injectable, Module, Optional, Req, Res, type DynamicModule } from '@nestjs/common';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';

type Check = () => Promise<unknown>;

/** Each infrastructure module adds a check for its dependency; /health and serverInfo run them. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, Check>();

  add(name: string, check: Check): void {
    this.checks.set(name, check);
  }

  /** Runs every check in parallel; a check that throws or takes longer than `timeoutMs` is down. */
  async run(timeoutMs = 1500): Promise<Record<string, boolean>> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)))]);
          return [name, true] as const;
        } catch {
          return [name, false] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return Object.fromEntries(entries);
  }
}

/** Extra facts a service adds to its health answer (e.g. its index count). */
@Injectable()
export class HealthInfo {
  private readonly sources: Array<() => Promise<Record<string, number | string>>> = [];
  add(source: () => Promise<Record<string, number | string>>): void {
    this.sources.push(source);
  }
  async collect(): Promise<Record<string, number | string>> {
    const parts = await Promise.all(this.sources.map((s) => s().catch(() => ({}))));
    return Object.assign({}, ...parts) as Record<string, number | string>;
  }
}

/** One Prometheus registry per process, with Node's default metrics. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

/**
 * Who may read GET /metrics. Without a token it is open (the services' own ports, inside the
 * deployment) unless `closedWithoutToken` (the gateway's public port in production: 404); with a
 * token it needs `Authorization: Bearer <token>` (401 otherwise).
 */
export interface MetricsAccess {
  token: string;
  closedWithoutToken: boolean;
}
export const METRICS_ACCESS = Symbol('METRICS_ACCESS');

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthRegistry,
    private readonly metrics: Metrics,
    @Optional() @Inject(METRICS_ACCESS) private readonly access?: MetricsAccess,
  ) {}

  @Get('health')
  async check(@Res() res: Response): Promise<void> {
    const results = await this.health.run();
    const ok = Object.values(results).every(Boolean);
    const checks = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v ? 'up' : 'down']));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'error', checks });
  }

  @Get('metrics')
  async prometheus(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { token, closedWithoutToken } = this.access ?? { token: '', closedWithoutToken: false };
    if (!token && closedWithoutToken) {
      res.status(404).json({ code: 'NOT_FOUND', message: 'metrics are not served on this port without METRICS_TOKEN' });
      return;
    }
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (token && !sameSecret(given, token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED', message: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}

@Global()
@Module({ providers: [HealthRegistry, Metrics, HealthInfo], controllers: [HealthController], exports: [HealthRegistry, Metrics, HealthInfo] })
export class HealthModule {
  /** The module with a rule for GET /metrics (MetricsAccess); the plain module serves it openly. */
  static withMetricsAccess(access: MetricsAccess): DynamicModule {
    return { module: HealthModule, providers: [{ provide: METRICS_ACCESS, useValue: access }] };
  }
}
