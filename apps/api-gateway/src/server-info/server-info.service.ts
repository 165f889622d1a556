import { Injectable } from '@nestjs/common';
import { RpcClient, PARLEY_VERSION } from '#common';
import { ErrorCode, Services, Subjects, type ServiceName } from '#contracts';
import { ServiceState, type ServerInfo, type ServiceStatus } from './server-info.model.js';

const HEALTH_TIMEOUT_MS = 2000;
/** How long one round of health probes answers every `serverInfo` (the field is public). */
const SERVER_INFO_CACHE_MS = 1000;

@Injectable()
export class ServerInfoService {
  private recent?: { at: number; info: Promise<ServerInfo> };

  constructor(private readonly rpc: RpcClient) {}

  /** The status of the services, from at most one round of probes per second however many ask. */
  serverInfo(): Promise<ServerInfo> {
    const now = performance.now();
    if (!this.recent || now - this.recent.at > SERVER_INFO_CACHE_MS) this.recent = { at: now, info: this.probeAll() };
    return this.recent.info;
  }

  private async probeAll(): Promise<ServerInfo> {
    const services = await Promise.all(Services.map((name) => this.probe(name)));
    return { version: PARLEY_VERSION, services, errorCodes: Object.values(ErrorCode) };
  }

  /** Asks one service for its health over NATS; no answer, or a failing store, is DOWN. */
  private async probe(name: ServiceName): Promise<ServiceStatus> {
    const started = performance.now();
    try {
      const reply = await this.rpc.send(Subjects.health(name), {}, { timeoutMs: HEALTH_TIMEOUT_MS });
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const failing = Object.entries(reply.checks)
        .filter(([, ok]) => !ok)
        .map(([dep]) => dep);
      return { name, status: failing.length ? ServiceState.DOWN : ServiceState.UP, latencyMs, failing };
    } catch {
      return { name, status: ServiceState.DOWN, latencyMs: null, failing: [] };
    }
  }
}
