import { Injectable } from '@nestjs/common';
import { RpcClient, PARLEY_VERSION } from '@app/common';
import { ErrorCode, Services, Subjects, type ServiceHealthReply, type ServiceName } from '@app/contracts';
import { ServiceState, type ServerInfo, type ServiceStatus } from './server-info.model.js';

const HEALTH_TIMEOUT_MS = 2000;

@Injectable()
export class ServerInfoService {
  constructor(private readonly rpc: RpcClient) {}

  async serverInfo(): Promise<ServerInfo> {
    const services = await Promise.all(Services.map((name) => this.probe(name)));
    return { version: PARLEY_VERSION, services, errorCodes: Object.values(ErrorCode) };
  }

  /** Asks one service for its health over NATS; no answer, or a failing store, is DOWN. */
  private async probe(name: ServiceName): Promise<ServiceStatus> {
    const started = performance.now();
    try {
      const reply = await this.rpc.send<ServiceHealthReply>(Subjects.health(name), {}, HEALTH_TIMEOUT_MS);
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
