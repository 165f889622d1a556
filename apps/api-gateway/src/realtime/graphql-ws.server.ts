import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import { GRAPHQL_DEPS, type GraphqlDeps } from '../graphql/graphql.config.js';
import { wsOptions } from './ws-options.js';

/** How often the gateway pings each socket (WebSocket ping frames; browsers answer by themselves). */
export const WS_PING_INTERVAL_MS = 10_000;

/**
 * graphql-ws on /graphql of the gateway's HTTP server, owned here rather than by the GraphQL
 * driver so that its WebSocket server has Parley's limits: a frame larger than WS_MAX_PAYLOAD_BYTES
 * closes the socket (1009) before it is buffered, and every operation passes the same rules,
 * cost limit and budgets as over HTTP (ws-options.ts).
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stop?: () => Promise<void>;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GRAPHQL_DEPS) private readonly deps: GraphqlDeps,
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const wss = new WebSocketServer({ noServer: true, maxPayload: this.config.WS_MAX_PAYLOAD_BYTES });
    // A socket whose client vanished without closing it (network gone) would keep its user online
    // until TCP gives up, which takes many minutes: graphql-ws pings every socket this often and
    // terminates one that has not answered the previous ping, so presence ends at most two
    // intervals after the network did.
    const disposable = useServer(wsOptions(this.schemaHost.schema, this.deps) as never, wss, WS_PING_INTERVAL_MS);
    const onUpgrade = (req: { url?: string }, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/graphql') {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req as never, socket, head, (ws) => wss.emit('connection', ws, req));
    };
    server.on('upgrade', onUpgrade);
    this.stop = async () => {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
    };
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
