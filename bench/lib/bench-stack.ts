import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort, sleep, Stack, type AppName } from '#testing';
import { cpuSeconds, ProcessWindow, type ProcessUsage } from './procs.js';
import { diffCounts, perOp, round, sum } from './stats.js';

const run = promisify(execFile);

export type Handler = 'sqlite' | 'postgresql';

/** PostgreSQL of the machine (trust auth), where the postgresql handler gets a fresh database per run. */
const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/**
 * Environment every benchmark gives the apps: warnings only, limits high enough for the offered
 * load (per-user and per-IP mutation limits and query budgets, login codes of one address), access tokens that
 * outlive the run (a socket is closed when its token expires), and the production RPC timeout
 * (the test stack's default is 2000 ms).
 */
export const BENCH_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_IP_PER_MINUTE: '10000000',
  GRAPHQL_COST_PER_MINUTE_USER: '1000000000',
  GRAPHQL_COST_PER_MINUTE_IP: '1000000000',
  LOGIN_CODES_PER_IP_PER_HOUR: '1000000',
  ACCESS_TOKEN_TTL_SECONDS: '86400',
  RPC_TIMEOUT_MS: '5000',
  // Empty: the services' own default latency target, as `npm run dev` runs them (the test stacks raise it).
  RPC_TARGET_LATENCY_MS: '',
};

export interface BenchStackOptions {
  handler: Handler;
  /** Added to BENCH_ENV for every app. */
  env?: Record<string, string>;
  /** Open the gateway's inspector (for forced garbage collection before memory is read). */
  inspectGateway?: boolean;
  /** Each app writes a CPU profile (node --cpu-prof) into this directory when it stops. */
  cpuProfileDir?: string;
}

/** Database commands that are connection upkeep, not work: left out of every count. */
const UPKEEP = /^(ping|hello|ismaster|endsessions|buildinfo|saslstart|saslcontinue)$/i;

export interface CounterSnapshot {
  db: Record<string, number>;
  dbByApp: Record<string, number>;
  redis: Record<string, number>;
  nats: { inMsgs: number; outMsgs: number; inBytes: number; outBytes: number } | null;
}

export interface CounterDelta {
  /** Per operation (divided by `operations`). */
  operations: number;
  db: { total: number; perOp: number; byCommand: Record<string, number>; byCommandPerOp: Record<string, number>; byApp: Record<string, number> };
  redis: { total: number; perOp: number; byCommand: Record<string, number>; byCommandPerOp: Record<string, number> };
  nats: { inMsgs: number; outMsgs: number; inMsgsPerOp: number; outMsgsPerOp: number; outBytes: number } | null;
}

/**
 * A whole Parley of its own for one benchmark run (own docdb on SQLite or PostgreSQL, private
 * Redis, NATS with monitoring and mailbox, the four apps as processes from dist/), plus what a
 * benchmark reads from it: process ids, counters, versions.
 */
export class BenchStack {
  private pgPids: number[] = [];

  private constructor(
    readonly stack: Stack,
    readonly handler: Handler,
    readonly pgDatabase: string | null,
    readonly redis: Redis,
    readonly env: Record<string, string>,
    /** The gateway's inspector port, when started with inspectGateway. */
    readonly inspectPort: number | null,
  ) {}

  static async start(opts: BenchStackOptions): Promise<BenchStack> {
    const env = { ...BENCH_ENV, ...opts.env };
    let pgDatabase: string | null = null;
    if (opts.handler === 'postgresql') {
      pgDatabase = `parley_bench_${randomBytes(4).toString('hex')}`;
      await run('createdb', ['-h', PG.host, '-p', String(PG.port), '-U', PG.user, pgDatabase]);
    }
    let stack: Stack | undefined;
    try {
      stack = await Stack.start({
        ownDocdb: true,
        docdb: pgDatabase ? { handler: 'postgresql', postgresqlUrl: `postgres://${PG.user}@${PG.host}:${PG.port}/${pgDatabase}` } : { handler: 'sqlite' },
        natsMonitoring: true,
        apps: [],
        env,
        nodeArgs: opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : [],
      });
      const inspectPort = opts.inspectGateway ? await freePort() : null;
      const s = stack;
      await Promise.all(
        (['user', 'chat', 'mail', 'api-gateway'] as AppName[]).map((name) =>
          s.startApp(name, name === 'api-gateway' && inspectPort ? { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } : {}),
        ),
      );
      const redis = new Redis(stack.redis.url, { maxRetriesPerRequest: 1 });
      const bench = new BenchStack(stack, opts.handler, pgDatabase, redis, env, inspectPort);
      await bench.refreshPgPids();
      return bench;
    } catch (err) {
      await stack?.stop().catch(() => undefined);
      if (pgDatabase) await dropDatabase(pgDatabase);
      throw err;
    }
  }

  get gatewayUrl(): string {
    return this.stack.gatewayUrl;
  }

  pid(app: AppName): number {
    return this.stack.app(app).proc.child.pid!;
  }

  /** PostgreSQL backends serving this run's database (postgresql handler); call before and after a measured window. */
  async refreshPgPids(): Promise<void> {
    if (!this.pgDatabase) return;
    const { stdout } = await run('psql', [
      '-h',
      PG.host,
      '-U',
      PG.user,
      '-Atc',
      `select pid from pg_stat_activity where datname = '${this.pgDatabase}' and pid <> pg_backend_pid()`,
      'postgres',
    ]);
    this.pgPids = [...new Set([...this.pgPids, ...stdout.split('\n').filter(Boolean).map(Number)])];
  }

  /** Process groups for ProcessWindow; `loadGenerator` adds helper processes of the load generator. */
  processGroups(loadGenerator: () => number[] = () => []): () => Record<string, number[]> {
    return () => {
      const groups: Record<string, number[]> = {
        gateway: this.stack.apps.filter((a) => a.name === 'api-gateway').map((a) => a.proc.child.pid!),
        chat: this.stack.apps.filter((a) => a.name === 'chat').map((a) => a.proc.child.pid!),
        user: this.stack.apps.filter((a) => a.name === 'user').map((a) => a.proc.child.pid!),
        mail: this.stack.apps.filter((a) => a.name === 'mail').map((a) => a.proc.child.pid!),
        docdb: [this.stack.docdb!.proc.child.pid!],
        redis: [this.stack.redis.proc.child.pid!],
        nats: [this.stack.nats.proc.child.pid!],
        mailbox: [this.stack.mailbox.proc.child.pid!],
        loadGenerator: [process.pid, ...loadGenerator()],
      };
      if (this.pgDatabase) groups.postgres = this.pgPids;
      return groups;
    };
  }

  async snapshot(): Promise<CounterSnapshot> {
    const dbByCommand: Record<string, number> = {};
    const dbByApp: Record<string, number> = {};
    await Promise.all(
      this.stack.apps.map(async (app) => {
        const text = await (await fetch(`${app.url}/metrics`)).text();
        for (const line of text.split('\n')) {
          const m = /^parley_db_commands_total\{command="([^"]+)"\} ([0-9.e+-]+)$/.exec(line);
          if (!m || UPKEEP.test(m[1])) continue;
          dbByCommand[m[1]] = (dbByCommand[m[1]] ?? 0) + Number(m[2]);
          dbByApp[app.name] = (dbByApp[app.name] ?? 0) + Number(m[2]);
        }
      }),
    );
    const redis: Record<string, number> = {};
    const info = await this.redis.info('commandstats');
    for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (m[1] !== 'info') redis[m[1]] = Number(m[2]);
    let nats: CounterSnapshot['nats'] = null;
    if (this.stack.nats.monitorUrl) {
      const v = (await (await fetch(`${this.stack.nats.monitorUrl}/varz`)).json()) as {
        in_msgs: number;
        out_msgs: number;
        in_bytes: number;
        out_bytes: number;
      };
      nats = { inMsgs: v.in_msgs, outMsgs: v.out_msgs, inBytes: v.in_bytes, outBytes: v.out_bytes };
    }
    return { db: dbByCommand, dbByApp, redis, nats };
  }

  static delta(before: CounterSnapshot, after: CounterSnapshot, operations: number): CounterDelta {
    const db = diffCounts(after.db, before.db);
    const redis = diffCounts(after.redis, before.redis);
    const dbTotal = sum(Object.values(db));
    const redisTotal = sum(Object.values(redis));
    const per = (n: number) => (operations > 0 ? round(n / operations, 3) : 0);
    return {
      operations,
      db: { total: dbTotal, perOp: per(dbTotal), byCommand: db, byCommandPerOp: perOp(db, operations), byApp: diffCounts(after.dbByApp, before.dbByApp) },
      redis: { total: redisTotal, perOp: per(redisTotal), byCommand: redis, byCommandPerOp: perOp(redis, operations) },
      nats:
        after.nats && before.nats
          ? {
              inMsgs: after.nats.inMsgs - before.nats.inMsgs,
              outMsgs: after.nats.outMsgs - before.nats.outMsgs,
              inMsgsPerOp: per(after.nats.inMsgs - before.nats.inMsgs),
              outMsgsPerOp: per(after.nats.outMsgs - before.nats.outMsgs),
              outBytes: after.nats.outBytes - before.nats.outBytes,
            }
          : null,
    };
  }

  /** Starts a measured window: processes and counters. `finish(operations)` closes it. */
  async window(
    loadGenerator?: () => number[],
  ): Promise<{ finish: (operations: number) => Promise<{ processes: Record<string, ProcessUsage>; counters: CounterDelta }> }> {
    await this.refreshPgPids();
    const procs = new ProcessWindow(this.processGroups(loadGenerator));
    const before = await this.snapshot();
    procs.start();
    return {
      finish: async (operations: number) => {
        await this.refreshPgPids();
        const processes = procs.stop();
        const after = await this.snapshot();
        return { processes, counters: BenchStack.delta(before, after, operations) };
      },
    };
  }

  async versions(): Promise<{ redis: string; nats: string; docdbHandler: Handler; postgres?: string }> {
    const info = await this.redis.info('server');
    let nats = 'unknown';
    if (this.stack.nats.monitorUrl) nats = ((await (await fetch(`${this.stack.nats.monitorUrl}/varz`)).json()) as { version: string }).version;
    let postgres: string | undefined;
    if (this.pgDatabase) {
      const q = (sql: string) => run('psql', ['-h', PG.host, '-U', PG.user, '-Atc', sql, 'postgres']).then((r) => r.stdout.trim());
      postgres = `${await q('show server_version')} (synchronous_commit ${await q('show synchronous_commit')}, shared_buffers ${await q('show shared_buffers')})`;
    }
    return { redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown', nats, docdbHandler: this.handler, postgres };
  }

  async stop(): Promise<void> {
    this.redis.disconnect();
    await this.stack.stop();
    if (this.pgDatabase) await dropDatabase(this.pgDatabase);
  }
}

async function dropDatabase(name: string): Promise<void> {
  await run('dropdb', ['-h', PG.host, '-p', String(PG.port), '-U', PG.user, '--if-exists', '--force', name]).catch((err: unknown) => {
    process.stderr.write(`bench: could not drop PostgreSQL database ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
  });
}

/**
 * Waits until the stack's own processes are quiet (together under `cores` of CPU for two
 * seconds in a row), e.g. after a burst of connections whose presence announcements keep the
 * chat service busy. Returns the seconds waited; gives up after `maxSeconds`.
 */
export async function waitForQuiet(bench: BenchStack, maxSeconds = 120, cores = 0.3): Promise<number> {
  const groups = bench.processGroups();
  const pids = () =>
    Object.entries(groups())
      .filter(([name]) => name !== 'loadGenerator' && name !== 'mailbox')
      .flatMap(([, p]) => p);
  const total = () => sum(pids().map((p) => cpuSeconds(p) ?? 0));
  const t0 = performance.now();
  let quiet = 0;
  let last = total();
  while ((performance.now() - t0) / 1000 < maxSeconds) {
    await sleep(1000);
    const now = total();
    quiet = now - last < cores ? quiet + 1 : 0;
    last = now;
    if (quiet >= 2) break;
  }
  return round((performance.now() - t0) / 1000, 1);
}
