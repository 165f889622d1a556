import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIpResolver } from './client-ip.js';

const req = (remoteAddress: string, xff?: string) =>
  ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress }, connection: { remoteAddress } }) as unknown as IncomingMessage;

describe('client address of a WebSocket upgrade', () => {
  it('believes X-Forwarded-For from a trusted peer only', () => {
    const ip = clientIpResolver(['loopback']);
    expect(ip(req('127.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
    expect(ip(req('198.51.100.2', '203.0.113.7'))).toBe('198.51.100.2');
    expect(ip(req('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('walks back through trusted proxies and stops at the first untrusted address', () => {
    const ip = clientIpResolver(['loopback', '10.0.0.0/8']);
    // client → 192.0.2.9 (untrusted, claims to forward for 203.0.113.7) → 10.1.2.3 → 127.0.0.1
    expect(ip(req('127.0.0.1', '203.0.113.7, 192.0.2.9, 10.1.2.3'))).toBe('192.0.2.9');
  });

  it('with a hop count, trusts that many proxies', () => {
    expect(clientIpResolver(1)(req('10.0.0.1', '203.0.113.7, 192.0.2.9'))).toBe('192.0.2.9');
    expect(clientIpResolver(2)(req('10.0.0.1', '203.0.113.7, 192.0.2.9'))).toBe('203.0.113.7');
  });
});
