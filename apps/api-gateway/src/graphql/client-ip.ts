import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client address of a request by the same rule Express applies to HTTP (`trust proxy`):
 * X-Forwarded-For is walked back only through the peers TRUST_PROXY names. Used for WebSocket
 * upgrades, which Express never sees.
 */
export function clientIpResolver(setting: number | string[]): (req: IncomingMessage) => string {
  const trust = typeof setting === 'number' ? (_addr: string, i: number) => i < setting : proxyaddr.compile(setting);
  return (req) => {
    try {
      return proxyaddr(req, trust);
    } catch {
      return req.socket.remoteAddress ?? 'unknown';
    }
  };
}
