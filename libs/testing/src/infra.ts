import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot, spawnProc, tcpOpen, waitUntil, type Proc } from './processes.js';

export interface Server {
  port: number;
  url: string;
  proc: Proc;
  /** Stops the server (a test of an outage). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

async function server(name: string, scheme: string, start: (port: number) => Proc, port?: number): Promise<Server> {
  const p = port ?? (await freePort());
  const s: Server = {
    port: p,
    url: `${scheme}://127.0.0.1:${p}`,
    proc: start(p),
    async stop() {
      await s.proc.stop();
    },
    async restart() {
      await s.proc.stop();
      s.proc = start(p);
      await waitUntil(() => tcpOpen(p), `${name} on port ${p}`, 20000);
    },
  };
  await waitUntil(() => tcpOpen(p), `${name} on port ${p} (log: ${s.proc.logFile})`, 30000);
  return s;
}

/** A private Redis (no persistence) for one test stack. */
export const startRedis = (port?: number) =>
  server('redis', 'redis', (p) => spawnProc('redis', 'redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']), port);

export interface NatsServer extends Server {
  /** The monitoring endpoint (`/varz`, `/connz`), when started with a monitoring port. */
  monitorUrl?: string;
}

/** A private NATS server with JetStream for one test stack; `monitorPort` also serves nats-server's HTTP monitoring there. */
export const startNats = async (port?: number, opts: { monitorPort?: number } = {}): Promise<NatsServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-nats-'));
  const monitor = opts.monitorPort ? ['-m', String(opts.monitorPort)] : [];
  const s = await server('nats', 'nats', (p) => spawnProc('nats', 'nats-server', ['-a', '127.0.0.1', '-p', String(p), '-js', '-sd', dir, ...monitor]), port);
  return opts.monitorPort ? Object.assign(s, { monitorUrl: `http://127.0.0.1:${opts.monitorPort}` }) : s;
};

export interface DocdbOptions {
  /** Storage of the embedded database: SQLite in a temp dir (the default) or a PostgreSQL database. */
  handler?: 'sqlite' | 'postgresql';
  /** With handler `postgresql`: the database to store in, e.g. postgres://127.0.0.1:5432/parley_bench (it must exist). */
  postgresqlUrl?: string;
}

/** The embedded document database (built by `node tools/docdb.mjs --build-only`), on SQLite in a temp dir unless told otherwise. */
export const startDocdb = (port?: number, opts: DocdbOptions = {}) => {
  let storage: string[];
  if (opts.handler === 'postgresql') {
    if (!opts.postgresqlUrl) throw new Error('startDocdb: the postgresql handler needs postgresqlUrl');
    storage = ['-handler', 'postgresql', '-postgresql-url', opts.postgresqlUrl];
  } else storage = ['-sqlite-dir', mkdtempSync(join(tmpdir(), 'parley-docdb-'))];
  return server('docdb', 'mongodb', (p) => spawnProc('docdb', join(repoRoot, '.bin', 'docdb'), ['-listen', `127.0.0.1:${p}`, ...storage]), port);
};

/** An in-memory S3-compatible server (tools/s3, gofakes3) with the given buckets. */
export const startS3 = (buckets: string[], port?: number) =>
  server('s3', 'http', (p) => spawnProc('s3', join(repoRoot, '.bin', 's3'), ['-listen', `127.0.0.1:${p}`, '-buckets', buckets.join(',')]), port);

export interface Mailbox extends Server {
  smtpUrl: string;
  httpUrl: string;
}

/** The dev mailbox (tools/dev-mailbox.mjs) on free ports. `reject` lists addresses refused with 550. */
export async function startMailbox(reject: string[] = []): Promise<Mailbox> {
  const httpPort = await freePort();
  const s = await server('mailbox', 'smtp', (p) =>
    spawnProc('mailbox', process.execPath, ['tools/dev-mailbox.mjs'], {
      MAILBOX_SMTP_PORT: String(p),
      MAILBOX_HTTP_PORT: String(httpPort),
      MAILBOX_REJECT: reject.join(','),
    }),
  );
  await waitUntil(() => tcpOpen(httpPort), 'mailbox HTTP');
  return Object.assign(s, { smtpUrl: s.url, httpUrl: `http://127.0.0.1:${httpPort}` });
}
