import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Client } from 'graphql-ws';
import { connect } from '@nats-io/transport-node';
import { as, errorCode, gql, login, ME, NEW_MESSAGE, Stack, Subscription, wsClient, type AnyOperation, type Session } from '#testing';

/** Runs one operation over a graphql-ws client; resolves with its first result or its error. */
function overSocket(
  client: Client,
  query: AnyOperation,
  variables: Record<string, unknown> = {},
): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] }> {
  return new Promise((resolve) => {
    const stop = client.subscribe(
      { query: String(query), variables },
      {
        next: (r) => {
          stop();
          resolve(r as never);
        },
        error: (e) => resolve({ errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
        complete: () => undefined,
      },
    );
  });
}

/** A raw graphql-ws socket (for what the client library would not send), open and acknowledged. */
async function rawSocket(stack: Stack, token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(stack.gatewayUrl.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (m: Buffer) => {
      if ((JSON.parse(m.toString()) as { type: string }).type === 'connection_ack') resolve();
    });
    ws.on('error', reject);
  });
  return { ws, closed };
}

describe('API limits: the same rules over HTTP and graphql-ws', () => {
  let stack: Stack;
  let a: Session;
  let socket: Client;

  beforeAll(async () => {
    stack = await Stack.start({ env: { WS_MAX_OPERATIONS: '5' } });
    a = await login(stack);
    socket = wsClient(stack.gatewayUrl, a.accessToken);
  });
  afterAll(async () => {
    await socket?.dispose();
    await stack?.stop();
  });

  it('over the socket: two login fields in one operation, a query nested too deep and bad syntax are refused as over HTTP', async () => {
    const twoLogins =
      'mutation { a: verifyLoginCode(email: "x@example.com", code: "111111") { accessToken } b: verifyLoginCode(email: "x@example.com", code: "222222") { accessToken } }';
    const http = await gql(stack.gatewayUrl, twoLogins);
    const ws = await overSocket(socket, twoLogins);
    for (const r of [http, ws]) {
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toContain('only one login mutation');
    }
    // 13 levels (the default limit is 12); the fields do not exist either, both are reported.
    const tooDeep = `{ me ${'{ a '.repeat(12)}{ z }${' }'.repeat(12)} }`;
    for (const r of [await as(stack, a, tooDeep), await overSocket(socket, tooDeep)]) {
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors!.map((e) => e.message)).toContain('query is nested 13 levels deep; the limit is 12');
    }
    const deepEnough = '{ chats(first: 1) { edges { node { members { user { id } } lastMessage { replyTo { id } sender { id } } } } } }';
    expect((await overSocket(socket, deepEnough)).errors).toBeUndefined();
    expect(errorCode(await overSocket(socket, '{ me { id '))).toBe('BAD_USER_INPUT');
  });

  it('at most WS_MAX_OPERATIONS operations run at once on a socket; completing one makes room', async () => {
    const client = wsClient(stack.gatewayUrl, a.accessToken);
    try {
      const subs = Array.from({ length: 5 }, () => new Subscription(client, NEW_MESSAGE));
      // The sixth is refused, the socket stays open.
      const sixth = await overSocket(client, NEW_MESSAGE);
      expect(errorCode(sixth)).toBe('BAD_USER_INPUT');
      expect(sixth.errors![0].message).toContain('at most 5 operations');
      subs[0].close();
      await new Promise((r) => setTimeout(r, 200));
      const me = await overSocket(client, ME);
      expect(me.errors).toBeUndefined();
      for (const s of subs) s.close();
    } finally {
      await client.dispose();
    }
  });

  it('outside production: security headers without HSTS, no X-Powered-By, and name suggestions in validation errors', async () => {
    const res = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ mee { id } }"}',
    });
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toContain('Did you mean "me"?');
  });

  it('a frame over WS_MAX_PAYLOAD_BYTES (64 KiB) closes the socket with 1009; a frame under it is taken', async () => {
    const { ws, closed } = await rawSocket(stack, a.accessToken);
    const answered = new Promise<unknown>((r) => ws.once('message', (m: Buffer) => r(JSON.parse(m.toString()))));
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ me { id } } # ${'x'.repeat(30_000)}` } }));
    expect(await answered).toMatchObject({ id: '1', type: 'next', payload: { data: { me: { id: a.userId } } } });
    ws.send(JSON.stringify({ id: '2', type: 'subscribe', payload: { query: `{ me { id } } # ${'x'.repeat(3 * 1024 * 1024)}` } }));
    expect(await closed).toBe(1009);
  });

  it('a root field repeated under many aliases is refused over HTTP (40 × serverInfo, anonymous; 100 × me)', async () => {
    const serverInfos = await gql(stack.gatewayUrl, `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: serverInfo { version }`).join(' ')} }`);
    expect(serverInfos.status).toBe(400);
    expect(errorCode(serverInfos)).toBe('BAD_USER_INPUT');
    expect(serverInfos.errors!.map((e) => e.message)).toEqual([
      'the operation asks for 40 root fields; the limit is 10',
      'the operation uses 40 aliases; the limit is 30',
    ]);
    const mes = await as(stack, a, `{ ${Array.from({ length: 100 }, (_, i) => `m${i}: me { id }`).join(' ')} }`);
    expect(errorCode(mes)).toBe('BAD_USER_INPUT');
    expect(mes.data).toBeUndefined();
  });

  it('serverInfo (public) answers many askers from one round of health probes per second', async () => {
    const nc = await connect({ servers: stack.nats.url });
    let probes = 0;
    const sub = nc.subscribe('*.health', {
      callback: () => {
        probes++;
      },
    });
    await nc.flush();
    try {
      const q = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: serverInfo { services { name status } }`).join(' ')} }`;
      const answers = await Promise.all(Array.from({ length: 5 }, () => gql<Record<string, { services: { status: string }[] }>>(stack.gatewayUrl, q)));
      for (const r of answers) {
        expect(r.errors).toBeUndefined();
        expect(Object.values(r.data!).every((info) => info.services.every((svc) => svc.status === 'UP'))).toBe(true);
      }
      await nc.flush();
      // 50 serverInfo fields: one round of 3 probes (two if the second ticked over), not 150.
      expect(probes).toBeGreaterThanOrEqual(3);
      expect(probes).toBeLessThanOrEqual(6);
    } finally {
      sub.unsubscribe();
      await nc.close();
    }
  });

  it('an operation that may cost more than GRAPHQL_MAX_COST is refused before it runs; the cost of others is in extensions.cost', async () => {
    // Each chats field: 1 + 100 × (edge 1 + node 1 + 10 members × 2 + lastMessage 1 + its sender 1) = 2401.
    const page = 'chats(first: 100) { edges { node { members { user { id } } lastMessage { id sender { id } } } } }';
    const expensive = await as(stack, a, `{ a: ${page} b: ${page} c: ${page} }`);
    expect(errorCode(expensive)).toBe('BAD_USER_INPUT');
    expect(expensive.errors![0].message).toMatch(/^the operation may cost 7203; the limit is 5000/);
    expect(expensive.data).toBeUndefined();
    const res = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.accessToken}` },
      body: JSON.stringify({ query: '{ chats(first: 10) { edges { node { id members { role } } } } }' }),
    });
    const body = (await res.json()) as { extensions?: { cost?: { requested: number; maximum: number } } };
    // 1 connection + 10 × (edge + node + 10 members).
    expect(body.extensions?.cost).toEqual({ requested: 1 + 10 * (1 + 1 + 10), maximum: 5000 });
  });
});

describe('API limits: query budgets per user and per address, shared by HTTP and the socket', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ env: { GRAPHQL_COST_PER_MINUTE_USER: '60', GRAPHQL_COST_PER_MINUTE_IP: '1000000' } });
  });
  afterAll(async () => stack?.stop());

  it('a user who spent the budget gets RATE_LIMITED with retryAfterSeconds over HTTP and over the socket; another user is not affected', async () => {
    const a = await login(stack);
    const b = await login(stack);
    // Each costs 1 + 10 × (1 + 1) = 21: two pass, the third is over 60.
    const q = '{ chats(first: 10) { edges { node { id } } } }';
    expect((await as(stack, a, q)).errors).toBeUndefined();
    const client = wsClient(stack.gatewayUrl, a.accessToken);
    try {
      expect((await overSocket(client, q)).errors).toBeUndefined();
      const overWs = await overSocket(client, q);
      expect(errorCode(overWs)).toBe('RATE_LIMITED');
      expect(overWs.errors![0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await client.dispose();
    }
    const overHttp = await as(stack, a, q);
    expect(overHttp.status).toBe(429);
    expect(errorCode(overHttp)).toBe('RATE_LIMITED');
    expect(overHttp.errors![0].message).toContain('too many queries');
    expect((await as(stack, b, q)).errors).toBeUndefined();
  });
});

describe('API limits in production (NODE_ENV=production)', () => {
  let stack: Stack;
  let a: Session;

  beforeAll(async () => {
    stack = await Stack.start({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-more-than-32-characters',
        OTP_SECRET: 'a-production-otp-secret-of-some-length',
        CORS_ORIGINS: 'http://localhost:3000',
        MEDIA_URL_SECRET: 'a-production-media-url-secret-of-32-characters',
        LOG_FORMAT: 'json',
      },
    });
    a = await login(stack);
  });
  afterAll(async () => stack?.stop());

  it('introspection is refused over HTTP and over the socket alike', async () => {
    const q = '{ __schema { types { name } } }';
    const http = await as(stack, a, q);
    const client = wsClient(stack.gatewayUrl, a.accessToken);
    try {
      const ws = await overSocket(client, q);
      for (const r of [http, ws]) {
        expect(errorCode(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].message).toMatch(/introspection/i);
        expect(r.data).toBeUndefined();
      }
    } finally {
      await client.dispose();
    }
  });

  it('validation errors name the unknown field without suggesting schema names', async () => {
    const r = await as(stack, a, '{ mee { id } }');
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('/metrics is not served on the public gateway port without METRICS_TOKEN; with it, only to its bearer', async () => {
    expect((await fetch(`${stack.gatewayUrl}/metrics`)).status).toBe(404);
    const gateway = await stack.startApp('api-gateway', { METRICS_TOKEN: 'metrics-token-0123456789' });
    try {
      expect((await fetch(`${gateway.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${gateway.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456788' } })).status).toBe(401);
      const ok = await fetch(`${gateway.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('process_cpu_user_seconds_total');
    } finally {
      await stack.stopApp(gateway);
    }
    // The services' own ports (inside the deployment) serve it as before.
    expect((await fetch(`${stack.app('chat').url}/metrics`)).status).toBe(200);
  });

  it('every route answers with the security headers, HSTS included, and without X-Powered-By', async () => {
    for (const res of [
      await fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ serverInfo { version } }"}',
      }),
      await fetch(`${stack.gatewayUrl}/health`),
    ]) {
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('no development defaults unless development is asked for', () => {
  /** Starts an app from dist/ with only `env` (and PATH); it must exit at once. */
  const start = (app: string, env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [`dist/apps/${app}/src/main.js`], {
      env: { PATH: process.env.PATH ?? '', LOG_FORMAT: 'json', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });
    return { status: r.status, stderr: r.stderr };
  };
  const real = {
    JWT_SECRET: 'a-production-secret-of-more-than-32-characters',
    MEDIA_URL_SECRET: 'a-production-media-url-secret-of-32-characters',
  };

  it('without NODE_ENV the gateway refuses the development JWT secret, open CORS and the development media key (exit 78, one line naming it)', () => {
    const noSecrets = start('api-gateway', {});
    expect(noSecrets.status).toBe(78);
    expect(noSecrets.stderr).toContain('JWT_SECRET: the development secret must be replaced (NODE_ENV is not set, so production');
    const openCors = start('api-gateway', { JWT_SECRET: real.JWT_SECRET });
    expect(openCors.status).toBe(78);
    expect(openCors.stderr).toContain('CORS_ORIGINS: open CORS (*) is not allowed');
    const noMediaKey = start('api-gateway', { JWT_SECRET: real.JWT_SECRET, CORS_ORIGINS: 'https://chat.example.com' });
    expect(noMediaKey.status).toBe(78);
    expect(noMediaKey.stderr).toContain('MEDIA_URL_SECRET: the development secret must be replaced');
  });

  it('without NODE_ENV the user service refuses the development secrets and demo mode', () => {
    const r = start('user', {});
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('JWT_SECRET: the development secret must be replaced');
    const demo = start('user', { JWT_SECRET: real.JWT_SECRET, OTP_SECRET: 'a-production-otp-secret', DEMO_MODE: 'true' });
    expect(demo.status).toBe(78);
    expect(demo.stderr).toContain('DEMO_MODE: demo login is never allowed in production');
  });
});
