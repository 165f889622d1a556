import { Controller, type Type } from '@nestjs/common';
import { Subjects, type ServiceHealthReply, type ServiceName } from '#contracts';
import { HealthInfo, HealthRegistry } from './health.js';
import { Serves } from './rpc.js';
import { PARLEY_VERSION } from './version.js';

/**
 * The `<service>.health` NATS handler: runs the service's dependency checks (a MongoDB ping,
 * a Redis ping, ...) so that `serverInfo` proves the whole path gateway → NATS → service → stores.
 */
export function healthRpcController(service: ServiceName): Type<unknown> {
  @Controller()
  class ServiceHealthController {
    constructor(
      private readonly checks: HealthRegistry,
      private readonly info: HealthInfo,
    ) {}

    @Serves(Subjects.health(service))
    async answer(): Promise<ServiceHealthReply> {
      const [checks, info] = await Promise.all([this.checks.run(), this.info.collect()]);
      return { service, version: PARLEY_VERSION, checks, info };
    }
  }
  return ServiceHealthController;
}
