import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOk, Stack, waitUntil } from '#testing';

interface ServerInfo {
  serverInfo: { version: string; services: Array<{ name: string; status: 'UP' | 'DOWN'; latencyMs: number | null; failing: string[] }> };
}
const SERVER_INFO = '{ serverInfo { version services { name status latencyMs failing } } }';

const health = async (url: string) => {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
};

describe('foundation: every hop, health and outages', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({ ownDocdb: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('serverInfo answers through gateway → NATS → each service and its stores', async () => {
    const { serverInfo } = await gqlOk<ServerInfo>(stack.gatewayUrl, SERVER_INFO);
    expect(serverInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(serverInfo.services.map((s) => s.name)).toEqual(['user', 'chat', 'mail']);
    for (const s of serverInfo.services) {
      expect(s, s.name).toMatchObject({ status: 'UP', failing: [] });
      expect(s.latencyMs).toBeGreaterThan(0);
    }
  });

  it('the committed apps/api-gateway/schema.gql is what the gateway generates (regenerate with npm run dev)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-schema-')), 'schema.gql');
    const gateway = await stack.startApp('api-gateway', { GRAPHQL_SCHEMA_FILE: file });
    try {
      expect(readFileSync(file, 'utf8')).toBe(readFileSync('apps/api-gateway/schema.gql', 'utf8'));
    } finally {
      await stack.stopApp(gateway);
    }
  });

  it('every app serves /health with its dependencies and /metrics in Prometheus format', async () => {
    const expected: Record<string, string[]> = {
      'api-gateway': ['media', 'nats', 'redis'],
      user: ['mongo', 'nats', 'redis'],
      chat: ['mongo', 'nats', 'redis'],
      mail: ['nats', 'redis', 'smtp'],
    };
    for (const app of stack.apps) {
      const h = await health(app.url);
      expect(h.status, app.name).toBe(200);
      expect(h.body.status).toBe('ok');
      expect(Object.keys(h.body.checks).sort(), app.name).toEqual(expected[app.name]);
      const metrics = await fetch(`${app.url}/metrics`);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      expect(await metrics.text()).toContain('process_cpu_user_seconds_total');
    }
  });

  it('a stopped service shows DOWN at once and UP again after a restart', async () => {
    await stack.stopApp(stack.app('chat'));
    const started = Date.now();
    const { serverInfo } = await gqlOk<ServerInfo>(stack.gatewayUrl, SERVER_INFO);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(serverInfo.services.find((s) => s.name === 'chat')).toMatchObject({ status: 'DOWN', latencyMs: null });
    expect(serverInfo.services.find((s) => s.name === 'user')?.status).toBe('UP');

    await stack.startApp('chat');
    const back = await gqlOk<ServerInfo>(stack.gatewayUrl, SERVER_INFO);
    expect(back.serverInfo.services.find((s) => s.name === 'chat')?.status).toBe('UP');
  });

  it.each([
    ['redis', () => stack.redis, ['api-gateway', 'user', 'chat', 'mail']],
    ['nats', () => stack.nats, ['api-gateway', 'user', 'chat', 'mail']],
    ['mongo', () => stack.docdb!, ['user', 'chat']],
  ] as const)('stopping %s makes /health 503 naming it, and it recovers without restarts', async (dep, server, apps) => {
    await server().stop();
    try {
      for (const name of apps) {
        const h = await waitUntil(
          async () => {
            const r = await health(stack.app(name).url);
            return r.status === 503 ? r : null;
          },
          `${name} /health to turn 503`,
          20000,
        );
        expect(h.body.status).toBe('error');
        expect(h.body.checks[dep], name).toBe('down');
      }
    } finally {
      await server().restart();
    }
    for (const name of apps) {
      const h = await waitUntil(
        async () => {
          const r = await health(stack.app(name).url);
          return r.status === 200 ? r : null;
        },
        `${name} /health to return to 200 after ${dep} is back`,
        30000,
      );
      expect(h.body.checks[dep]).toBe('up');
    }
    const { serverInfo } = await gqlOk<ServerInfo>(stack.gatewayUrl, SERVER_INFO);
    expect(serverInfo.services.every((s) => s.status === 'UP')).toBe(true);
  });
});
