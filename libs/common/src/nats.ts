import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { connect, headers as natsHeaders, type NatsConnection, type MsgHdrs } from '@nats-io/transport-node';
import { currentCorrelationId, CORRELATION_HEADER } from './logger.js';
import { HealthRegistry } from './health.js';

export const NATS = Symbol('NATS');
export const InjectNats = () => Inject(NATS);

/** Connection settings shared by Nest's NATS transport and Parley's own connections: never give up reconnecting. */
export const natsConnectOptions = (url: string, name: string) => ({
  servers: url.split(','),
  name,
  maxReconnectAttempts: -1,
  reconnectTimeWait: 500,
  pingInterval: 5000,
  maxPingOut: 2,
});

/** NATS headers carrying the current correlation id. */
export function correlationHeaders(): MsgHdrs {
  const h = natsHeaders();
  const id = currentCorrelationId();
  if (id) h.set(CORRELATION_HEADER, id);
  return h;
}

class NatsCloser implements OnApplicationShutdown {
  constructor(@InjectNats() private readonly nc: NatsConnection) {}
  async onApplicationShutdown() {
    await this.nc.drain().catch(() => this.nc.close());
  }
}

/** A plain NATS connection for events (publish/subscribe); request/reply goes through Nest's transport. */
@Global()
@Module({})
export class NatsModule {
  static forRoot(url: string, name: string): DynamicModule {
    return {
      module: NatsModule,
      providers: [
        {
          provide: NATS,
          inject: [HealthRegistry],
          useFactory: async (health: HealthRegistry) => {
            const nc = await connect(natsConnectOptions(url, name));
            health.add('nats', async () => {
              if (nc.isClosed()) throw new Error('closed');
              await nc.flush();
            });
            return nc;
          },
        },
        NatsCloser,
      ],
      exports: [NATS],
    };
  }
}
