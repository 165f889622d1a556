import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** `http://127.0.0.1:<port>`: the proxied server's address for clients that should go through it. */
  url: string;
  /**
   * The network goes silent: nothing passes either way on open connections and nothing is closed
   * (no FIN, no RST), as when a cable is pulled or a phone drops off Wi-Fi; new connections get
   * no answer.
   */
  freeze(): void;
  /** The network is back: the connections that went silent are reset, new ones pass again. */
  thaw(): void;
  close(): Promise<void>;
}

/** A TCP proxy on a free port of 127.0.0.1 to `targetPort`, which can go silent on purpose. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let frozen = false;
  const pairs = new Set<[Socket, Socket]>();
  const held = new Set<Socket>();
  const server = createServer((client) => {
    if (frozen) {
      // No answer: the connection stays open and silent until the network is back.
      held.add(client);
      client.on('error', () => undefined);
      client.on('close', () => held.delete(client));
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forward = (from: Socket, to: Socket) => {
      from.on('data', (chunk) => {
        if (!frozen) to.write(chunk);
      });
      from.on('end', () => {
        if (!frozen) to.end();
      });
      from.on('error', () => undefined);
      from.on('close', () => {
        if (frozen) return;
        pairs.delete(pair);
        to.destroy();
      });
    };
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const resetAll = () => {
    for (const [a, b] of pairs) {
      a.resetAndDestroy();
      b.destroy();
    }
    pairs.clear();
    for (const s of held) s.resetAndDestroy();
    held.clear();
  };
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      resetAll();
    },
    close: async () => {
      frozen = false;
      resetAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
