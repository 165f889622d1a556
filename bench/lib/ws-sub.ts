import WebSocket from 'ws';
import type { Operation, Vars } from '#testing';

/**
 * One graphql-ws socket (protocol graphql-transport-ws) with one subscription, kept small so a
 * load generator can hold thousands: connection_init with the token, subscribe after the ack,
 * and each `next` payload handed to `onData`. No reconnects: a close is reported, not hidden.
 */
export interface WsSubOptions<T = Record<string, unknown>> {
  /** Source address of the TCP connection (several loopback addresses spread the ephemeral ports). */
  localAddress?: string;
  /** Gives up when the ack has not come after this long. */
  connectTimeoutMs?: number;
  onData?: (data: T) => void;
  onError?: (errors: unknown) => void;
  onClose?: (code: number, reason: string) => void;
}

interface ServerMessage {
  type: string;
  id?: string;
  payload?: { data?: unknown; errors?: unknown } | unknown[];
}

export class WsSub<T = Record<string, unknown>, V = Vars> {
  /** Resolves once the server acknowledged the connection and the subscription was sent. */
  readonly ready: Promise<void>;
  closed: { code: number; reason: string } | null = null;
  private readonly ws: WebSocket;

  constructor(wsUrl: string, token: string, query: Operation<T, V>, variables: V = {} as V, opts: WsSubOptions<T> = {}) {
    this.ws = new WebSocket(wsUrl, 'graphql-transport-ws', { localAddress: opts.localAddress, perMessageDeflate: false });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('no connection_ack in time'));
        this.ws.terminate();
      }, opts.connectTimeoutMs ?? 30000);
      this.ws.on('open', () => this.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      this.ws.on('message', (raw: WebSocket.RawData) => {
        const msg = JSON.parse((raw as Buffer).toString('utf8')) as ServerMessage;
        switch (msg.type) {
          case 'connection_ack':
            this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: String(query), variables } }));
            clearTimeout(timer);
            resolve();
            break;
          case 'next': {
            const p = msg.payload as { data?: T | null; errors?: unknown };
            if (p.errors) opts.onError?.(p.errors);
            if (p.data) opts.onData?.(p.data);
            break;
          }
          case 'error':
            opts.onError?.(msg.payload);
            break;
          case 'ping':
            this.ws.send(JSON.stringify({ type: 'pong' }));
            break;
          default:
            break;
        }
      });
      this.ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      this.ws.on('close', (code, reason) => {
        clearTimeout(timer);
        this.closed = { code, reason: reason.toString() };
        reject(new Error(`closed with ${code} ${reason.toString()}`));
        opts.onClose?.(code, reason.toString());
      });
    });
    // A failed connection is reported through `ready`; never an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close(1000);
  }

  /** Closes and waits for the close (at most `timeoutMs`). */
  async closeAndWait(timeoutMs = 2000): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, timeoutMs);
      this.ws.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      this.close();
    });
  }
}

export const wsUrlOf = (gatewayUrl: string) => gatewayUrl.replace(/^http/, 'ws') + '/graphql';
