import { randomBytes } from 'node:crypto';
import { freePort, spawnProc, waitUntil, type Proc } from './processes.js';
import { startDocdb, startMailbox, startNats, startRedis, type DocdbOptions, type Mailbox, type NatsServer, type Server } from './infra.js';

export type AppName = 'user' | 'chat' | 'mail' | 'api-gateway';

const portVar: Record<AppName, string> = { user: 'USER_HTTP_PORT', chat: 'CHAT_HTTP_PORT', mail: 'MAIL_HTTP_PORT', 'api-gateway': 'GATEWAY_PORT' };

export interface RunningApp {
  name: AppName;
  port: number;
  url: string;
  proc: Proc;
}

export interface StackOptions {
  /** Apps to start; all four by default. */
  apps?: AppName[];
  /** Extra environment for every app. */
  env?: Record<string, string>;
  /** A docdb of its own instead of the run's shared one (for outage tests). */
  ownDocdb?: boolean;
  /** Storage of that own docdb (SQLite in a temp dir by default). */
  docdb?: DocdbOptions;
  /** Start NATS with its HTTP monitoring (`stack.nats.monitorUrl`), e.g. to count messages. */
  natsMonitoring?: boolean;
  /** Addresses the mailbox refuses with a permanent error. */
  rejectMail?: string[];
  /** Extra Node.js options for the apps, e.g. `--cpu-prof --cpu-prof-dir=<dir>` to profile a benchmark. */
  nodeArgs?: string[];
}

/**
 * A whole Parley for one test file: private Redis, NATS and mailbox, a fresh database name on
 * the shared embedded database, and the apps as child processes from dist/ on free ports.
 */
export class Stack {
  readonly apps: RunningApp[] = [];
  private constructor(
    readonly redis: Server,
    readonly nats: NatsServer,
    readonly mailbox: Mailbox,
    readonly mongoUrl: string,
    readonly dbName: string,
    readonly docdb: Server | null,
    readonly env: Record<string, string>,
    readonly nodeArgs: string[] = [],
  ) {}

  static async start(opts: StackOptions = {}): Promise<Stack> {
    const [redis, nats, mailbox, docdb] = await Promise.all([
      startRedis(),
      opts.natsMonitoring ? freePort().then((monitorPort) => startNats(undefined, { monitorPort })) : startNats(),
      startMailbox(opts.rejectMail),
      opts.ownDocdb ? startDocdb(undefined, opts.docdb) : Promise.resolve(null),
    ]);
    // Inside vitest the run's shared docdb is provided; scripts (bench/) pass ownDocdb instead.
    const mongoUrl = docdb?.url ?? (await import('vitest')).inject('mongoUrl');
    const dbName = `parley_test_${randomBytes(5).toString('hex')}`;
    const stack = new Stack(redis, nats, mailbox, mongoUrl, dbName, docdb, opts.env ?? {}, opts.nodeArgs);
    const started = await Promise.allSettled((opts.apps ?? ['user', 'chat', 'mail', 'api-gateway']).map((name) => stack.startApp(name)));
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      // Nothing of a stack that did not start outlives it.
      await stack.stop();
      throw failed.reason;
    }
    return stack;
  }

  /** Environment an app of this stack runs with. */
  appEnv(name: AppName, port: number): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
      LOG_FORMAT: 'json',
      MONGO_URL: this.mongoUrl,
      MONGO_DB: this.dbName,
      REDIS_URL: this.redis.url,
      NATS_URL: this.nats.url,
      SMTP_URL: this.mailbox.smtpUrl,
      RPC_TIMEOUT_MS: '2000',
      // The services' latency target is for production: a test box runs two stacks and a browser
      // on two cores, where it would refuse the bursts tests make. Overload tests set their own.
      RPC_TARGET_LATENCY_MS: '10000',
      [portVar[name]]: String(port),
      ...this.env,
    };
  }

  /** Starts one more instance of an app (replicas share the NATS queue group) and waits for /health. */
  async startApp(name: AppName, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
    const port = await freePort();
    const proc = spawnProc(name, process.execPath, ['--enable-source-maps', ...this.nodeArgs, `dist/apps/${name}/src/main.js`], {
      ...this.appEnv(name, port),
      ...extraEnv,
    });
    const app: RunningApp = { name, port, url: `http://127.0.0.1:${port}`, proc };
    try {
      await waitUntil(
        async () => {
          if (proc.child.exitCode !== null) throw new Error(`${name} exited with ${proc.child.exitCode}; log: ${proc.logFile}`);
          const res = await fetch(`${app.url}/health`);
          return res.status === 200 || res.status === 503;
        },
        `${name} to serve /health (log: ${proc.logFile})`,
        // Loading the app alone can take most of a minute on a shared, busy two-core machine.
        120000,
      );
    } catch (err) {
      await proc.stop();
      throw err;
    }
    this.apps.push(app);
    return app;
  }

  async stopApp(app: RunningApp, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await app.proc.stop(signal);
    this.apps.splice(this.apps.indexOf(app), 1);
  }

  app(name: AppName): RunningApp {
    const app = this.apps.find((a) => a.name === name);
    if (!app) throw new Error(`${name} is not running in this stack`);
    return app;
  }

  get gatewayUrl(): string {
    return this.app('api-gateway').url;
  }

  async stop(): Promise<void> {
    await Promise.all(this.apps.map((a) => a.proc.stop()));
    await Promise.all([this.redis.stop(), this.nats.stop(), this.mailbox.stop(), this.docdb?.stop()]);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUrl: string;
  }
}
