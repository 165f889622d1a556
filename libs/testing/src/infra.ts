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

/** A private NATS server with JetStream for one test stack. */
export const startNats = (port?: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-nats-'));
  return server('nats', 'nats', (p) => spawnProc('nats', 'nats-server', ['-a', '127.0.0.1', '-p', String(p), '-js', '-sd', dir]), port);
};

/** The embedded document database (built by `node tools/docdb.mjs --build-only`) on SQLite in a temp dir. */
export const startDocdb = (port?: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-docdb-'));
  return server('docdb', 'mongodb', (p) => spawnProc('docdb', join(repoRoot, '.bin', 'docdb'), ['-listen', `127.0.0.1:${p}`, '-sqlite-dir', dir]), port);
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
