#!/usr/bin/env node
// `npm run dev`: runs all of Parley on this machine. Installs dependencies when missing, builds,
// starts the embedded database (unless MONGO_URL is set), checks Redis and NATS, starts the dev
// mailbox, the four Nest apps and the web app with one log prefix each, and stops everything it
// started on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, watch as watchFs } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './node-version.mjs';

requireNode('Parley');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
if (existsSync('.env')) process.loadEnvFile('.env');
const env = { ...process.env };
// The apps apply production rules unless told otherwise; development asks for its defaults by
// name, and runs with demo accounts on (`npm run seed`, demoLogin), which production refuses.
env.NODE_ENV ??= 'development';
env.DEMO_MODE ??= 'true';
const started = Date.now();
const colors = [36, 32, 33, 35, 34, 31, 90];
const children = [];
let stopping = false;

function log(msg) {
  console.log(`\x1b[1m[dev]\x1b[0m ${msg}`);
}

function tcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

async function waitFor(host, port, what, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await tcpOpen(host, port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not open ${host}:${port} within ${timeoutMs / 1000} s`);
}

function hostPort(url, defPort) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || defPort) };
}

function start(name, command, args, extraEnv = {}) {
  const color = colors[children.length % colors.length];
  const prefix = `\x1b[${color}m${name.padEnd(11)}|\x1b[0m `;
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const pipe = (stream, out) => {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) log(`${name} exited (${signal ?? `code ${code}`}); the others keep running. Ctrl-C stops all.`);
  });
  children.push({ name, child });
  return child;
}

function stopAll() {
  if (stopping) return;
  stopping = true;
  log('stopping...');
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(0);
  }, 8000);
  force.unref();
  Promise.all(children.map(({ child }) => (child.exitCode !== null ? null : new Promise((r) => child.once('exit', r))))).then(() => process.exit(0));
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

/**
 * Recompiles the backend (the sources under apps/ and libs/) whenever a TypeScript file there changes, a
 * burst of saves at a time; tools/build.mjs only compiles what changed.
 */
function watchSources() {
  let timer;
  let building = false;
  let again = false;
  const build = () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    const child = spawn(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => {
      building = false;
      if (code !== 0) log('the build failed; the apps keep their last build until the next change');
      if (again) {
        again = false;
        build();
      }
    });
  };
  for (const dir of ['apps', 'libs']) {
    watchFs(join(root, dir), { recursive: true }, (_event, file) => {
      if (!file || !file.endsWith('.ts') || file.startsWith('web/') || /\.(spec|int-spec|e2e-spec)\.ts$/.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(build, 150);
    });
  }
  log('watching apps/ and libs/: a saved change restarts the apps it touches');
}

async function main() {
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    log('installing dependencies (npm ci)...');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'inherit' });

  const redis = hostPort(env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379);
  const nats = hostPort((env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',')[0], 4222);
  const missing = [];
  if (!(await tcpOpen(redis.host, redis.port)))
    missing.push(`Redis on ${redis.host}:${redis.port} (start it with: redis-server --port ${redis.port} --save "" --daemonize yes)`);
  if (!(await tcpOpen(nats.host, nats.port))) missing.push(`NATS on ${nats.host}:${nats.port} (start it with: nats-server -js -p ${nats.port} &)`);
  if (missing.length) {
    for (const m of missing) log(`not reachable: ${m}`);
    log('or start both in containers: docker compose up -d redis nats');
    process.exit(1);
  }

  if (!env.MONGO_URL) {
    const port = Number(env.DOCDB_PORT ?? 27017);
    if (await tcpOpen('127.0.0.1', port)) {
      log(`something already listens on 127.0.0.1:${port}; using it as the document database (set MONGO_URL to choose another)`);
    } else {
      const { ensureDocdb } = await import('./docdb.mjs');
      const bin = ensureDocdb();
      const args = ['-listen', `127.0.0.1:${port}`];
      if (env.DOCDB_POSTGRESQL_URL) args.push('-handler', 'postgresql', '-postgresql-url', env.DOCDB_POSTGRESQL_URL);
      else args.push('-sqlite-dir', env.DOCDB_DIR ?? '.data/docdb');
      start('docdb', bin, args);
      await waitFor('127.0.0.1', port, 'the embedded database');
    }
    env.MONGO_URL = `mongodb://127.0.0.1:${port}`;
  }

  if (!env.SMTP_URL) {
    const smtpPort = Number(env.MAILBOX_SMTP_PORT ?? 1025);
    if (!(await tcpOpen('127.0.0.1', smtpPort))) {
      start('mailbox', process.execPath, ['tools/dev-mailbox.mjs']);
      await waitFor('127.0.0.1', smtpPort, 'the dev mailbox');
    }
    env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  }

  // Watch mode (the default with a build): a changed source is recompiled to dist/ and Node's
  // --watch restarts the apps that import the changed file; `--no-watch` runs them as they are.
  const watch = !process.argv.includes('--no-build') && !process.argv.includes('--no-watch');
  const node = [process.execPath, '--enable-source-maps', ...(watch ? ['--watch', '--watch-preserve-output'] : [])];
  if (watch) watchSources();
  start('user', node[0], [...node.slice(1), 'dist/apps/user/src/main.js']);
  start('chat', node[0], [...node.slice(1), 'dist/apps/chat/src/main.js']);
  start('mail', node[0], [...node.slice(1), 'dist/apps/mail/src/main.js']);
  start('api-gateway', node[0], [...node.slice(1), 'dist/apps/api-gateway/src/main.js'], {
    GRAPHQL_SCHEMA_FILE: env.GRAPHQL_SCHEMA_FILE ?? 'apps/api-gateway/schema.gql',
  });
  const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
  const webPort = Number(env.WEB_PORT ?? 3000);
  if (!process.argv.includes('--no-web')) {
    start('web', process.execPath, ['node_modules/next/dist/bin/next', 'dev', 'apps/web', '--port', String(webPort), '--hostname', '127.0.0.1'], {
      // Read by the web app's server at request time (apps/web/app/layout.tsx).
      PARLEY_GRAPHQL_URL: env.PARLEY_GRAPHQL_URL ?? env.NEXT_PUBLIC_GRAPHQL_URL ?? `http://127.0.0.1:${gatewayPort}/graphql`,
      NEXT_TELEMETRY_DISABLED: '1',
    });
  }
  await waitFor('127.0.0.1', gatewayPort, 'the api-gateway', 120000);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const mailboxHttp = env.MAILBOX_HTTP_PORT ?? 8025;
  console.log(`
\x1b[1mParley is running\x1b[0m (ready in ${secs} s)
  web app        http://127.0.0.1:${webPort}
  GraphQL        http://127.0.0.1:${gatewayPort}/graphql   (WebSocket subscriptions on the same path)
  GraphiQL       http://127.0.0.1:${gatewayPort}/graphiql
  health         http://127.0.0.1:${gatewayPort}/health
  login codes    http://127.0.0.1:${mailboxHttp}/messages?to=<your address>
  database       ${env.MONGO_URL}
Ctrl-C stops everything started here.
`);
}

main().catch((err) => {
  console.error(`[dev] ${err instanceof Error ? err.message : String(err)}`);
  stopAll();
  process.exitCode = 1;
});
