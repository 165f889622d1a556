import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createGroup, repoRoot, sleep } from '#testing';
import { BenchStack, waitForQuiet, type CounterDelta } from '../lib/bench-stack.js';
import { gqlBody, postGql } from '../lib/http.js';
import { NEW_MESSAGE, SEND_MESSAGE } from '../lib/operations.js';
import { openFileLimit, rssKiB, type ProcessUsage } from '../lib/procs.js';
import { fmtMs, headerMarkdown, machineLoad, resultBase, table, writeResult, type CommonOptions, type ResultBase } from '../lib/report.js';
import { percentiles, round, type Percentiles } from '../lib/stats.js';
import { loginMany } from '../lib/users.js';
import { wsUrlOf } from '../lib/ws-sub.js';

export interface IdleOptions extends CommonOptions {
  /** Targets of the ramp (total sockets open at each step). */
  connections: number[];
  /** Users whose tokens the sockets share. */
  users: number;
  /** Seconds of quiet before memory is read. */
  settleSeconds: number;
  /** Most sockets one helper process holds. */
  perProcess: number;
}

export const IDLE_DEFAULTS = { connections: [1000, 5000, 10000, 15000, 20000], users: 20, settleSeconds: 5, perProcess: 5000 };

/** Descriptors the gateway keeps for itself (NATS, Redis, logs, epoll, inspector...) below its open-file limit. */
const GATEWAY_FD_RESERVE = 300;

export interface IdleStep {
  target: number;
  loadAverageAtStart: number[];
  /** Sockets open and subscribed after the step. */
  connections: number;
  failedToOpen: number;
  openErrors: Record<string, number>;
  rampSeconds: number;
  gatewayRssKiB: number;
  gatewayHeapUsedMiB: number | null;
  /** (RSS now − RSS with no sockets) / sockets. */
  kibPerConnection: number;
  heapKibPerConnection: number | null;
  /** Seconds until the stack was idle after the ramp (then settleSeconds more before memory is read). */
  quietAfterRampSeconds: number;
  /** One message to the group every socket's user is in: how many sockets got it, and how fast (from the send); failed tries of the send. */
  delivery: { expected: number; delivered: number; latencyMs: Percentiles | null; sendErrors: string[] };
  socketsClosed: number;
  processes: Record<string, ProcessUsage>;
  /** Counted over the ramp; per new connection. */
  counters: CounterDelta;
}

export interface IdleResult extends ResultBase {
  scenario: 'idle';
  limits: {
    loadGeneratorOpenFiles: { soft: number; hard: number } | null;
    gatewayOpenFiles: { soft: number; hard: number } | null;
    maxConnections: number;
    /** Targets above maxConnections, replaced by it. */
    capped: number[];
    helperProcesses: number;
    sourceAddresses: string[];
  };
  gc: { forced: boolean; how: string };
  baseline: { gatewayRssKiB: number; gatewayHeapUsedMiB: number | null };
  steps: IdleStep[];
}

interface Helper {
  child: ChildProcess;
  localAddress: string;
  sockets: number;
  waiters: Array<(msg: HelperMessage) => void>;
}
interface HelperMessage {
  type: string;
  total?: number;
  failed?: number;
  errors?: Record<string, number>;
  count?: number;
  latenciesMs?: number[];
  closed?: number;
}

function nextMessage(h: Helper, type: string, timeoutMs: number): Promise<HelperMessage> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`helper ${h.localAddress}: no ${type} within ${timeoutMs} ms`)), timeoutMs);
    const w = (msg: HelperMessage) => {
      if (msg.type !== type) return;
      clearTimeout(t);
      h.waiters = h.waiters.filter((x) => x !== w);
      resolve(msg);
    };
    h.waiters.push(w);
  });
}

async function startHelper(index: number): Promise<Helper> {
  const child = fork(join(repoRoot, 'dist', 'bench', 'idle-client.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const h: Helper = { child, localAddress: `127.0.0.${10 + index}`, sockets: 0, waiters: [] };
  child.on('message', (msg: HelperMessage) => h.waiters.slice().forEach((w) => w(msg)));
  await nextMessage(h, 'ready', 10000);
  return h;
}

/** Full garbage collection in the gateway through its inspector (HeapProfiler.collectGarbage); false when there is none. */
async function collectGarbage(inspectPort: number | null): Promise<boolean> {
  if (!inspectPort) return false;
  try {
    const list = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
    const ws = new WebSocket(list[0].webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    for (let id = 1; id <= 2; id++) {
      await new Promise<void>((resolve) => {
        ws.on('message', function done(raw: WebSocket.RawData) {
          if ((JSON.parse((raw as Buffer).toString('utf8')) as { id?: number }).id === id) {
            ws.off('message', done);
            resolve();
          }
        });
        ws.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
      });
    }
    ws.close();
    return true;
  } catch {
    return false;
  }
}

async function heapUsedMiB(gatewayUrl: string): Promise<number | null> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  const m = /^nodejs_heap_size_used_bytes ([0-9.e+]+)$/m.exec(text);
  return m ? round(Number(m[1]) / 2 ** 20) : null;
}

/**
 * `idle`: a ramp of idle graphql-ws sockets, each with one newMessage subscription, held by
 * helper processes (own open-file limits, own loopback source addresses). After each step and
 * a quiet period, the gateway is garbage-collected through its inspector and its resident
 * memory read from /proc: KiB per connection. One message to a group of all the users then
 * checks that every socket is live.
 */
export async function runIdle(opts: IdleOptions): Promise<IdleResult> {
  const log = opts.log ?? (() => undefined);
  const started = { at: new Date(), load: machineLoad() };
  log(`idle: load at start ${started.load.loadAverage.join(', ')}`);
  const bench = opts.bench ?? (await BenchStack.start({ handler: opts.handler, cpuProfileDir: opts.cpuProfileDir, inspectGateway: true }));
  const helpers: Helper[] = [];
  try {
    const gatewayPid = bench.pid('api-gateway');
    const gatewayFiles = openFileLimit(gatewayPid);
    const maxConnections = Math.max(0, (gatewayFiles?.soft ?? 1024) - GATEWAY_FD_RESERVE);
    const capped = opts.connections.filter((c) => c > maxConnections);
    const targets = [...new Set(opts.connections.map((c) => Math.min(c, maxConnections)))].sort((a, b) => a - b);
    if (capped.length) log(`the gateway may open ${gatewayFiles?.soft} files: steps ${capped.join(', ')} capped at ${maxConnections} connections`);

    const users = await loginMany(bench.stack, Math.max(2, opts.users), log);
    const group = await createGroup(
      bench.stack,
      users[0],
      'idle sockets',
      users.slice(1).map((u) => u.userId),
    );
    const tokens = users.map((u) => u.accessToken);

    const measure = async () => {
      const forced = await collectGarbage(bench.inspectPort);
      await sleep(1000);
      return { forced, rss: rssKiB(gatewayPid) ?? 0, heap: await heapUsedMiB(bench.gatewayUrl) };
    };
    await sleep(opts.settleSeconds * 1000);
    const base = await measure();
    log(`baseline: gateway RSS ${(base.rss / 1024).toFixed(1)} MiB, heap ${base.heap} MiB (GC ${base.forced ? 'forced' : 'not forced'})`);

    const steps: IdleStep[] = [];
    let open = 0;
    for (const target of targets) {
      const t0 = performance.now();
      const loadAverageAtStart = machineLoad().loadAverage;
      const window = await bench.window(() => helpers.map((h) => h.child.pid!));
      const opening: Array<Promise<HelperMessage>> = [];
      let need = target - open;
      while (need > 0) {
        let h = helpers.find((x) => x.sockets < opts.perProcess);
        if (!h) {
          h = await startHelper(helpers.length);
          helpers.push(h);
        }
        const n = Math.min(need, opts.perProcess - h.sockets);
        h.sockets += n;
        need -= n;
        const reply = nextMessage(h, 'opened', 600000);
        h.child.send({
          type: 'open',
          url: wsUrlOf(bench.gatewayUrl),
          tokens,
          query: String(NEW_MESSAGE),
          count: n,
          localAddress: h.localAddress,
          concurrency: 50,
        });
        opening.push(reply);
      }
      const opened = await Promise.all(opening);
      const failed = opened.reduce((n, m) => n + (m.failed ?? 0), 0);
      const openErrors: Record<string, number> = {};
      for (const m of opened) for (const [k, v] of Object.entries(m.errors ?? {})) openErrors[k] = (openErrors[k] ?? 0) + v;
      open = target - failed;
      const rampSeconds = round((performance.now() - t0) / 1000, 1);
      log(`${open} sockets open (${failed} failed) in ${rampSeconds} s`);
      const { processes, counters } = await window.finish(target - (steps[steps.length - 1]?.target ?? 0));
      // The gateway is still setting up subscriptions for a while after the last ack.
      const quietSeconds = await waitForQuiet(bench, 600);
      await sleep(opts.settleSeconds * 1000);
      const m = await measure();

      // Every socket live? One message to the group; each helper counts its sockets that got it.
      const clientId = randomUUID();
      const sentAt = performance.timeOrigin + performance.now();
      const results = helpers.map((h) => nextMessage(h, 'delivered', 120000).catch(() => null));
      for (const h of helpers) h.child.send({ type: 'expect', clientId, sentAt });
      await sleep(100);
      // Retries keep the clientId: the send is idempotent, the sockets see one message.
      const sendErrors: string[] = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        const r = await postGql(bench.gatewayUrl, users[0].accessToken, gqlBody(SEND_MESSAGE, { chatId: group.id, clientId, text: `idle check ${target}` }));
        if (!r.code) break;
        sendErrors.push(r.code);
        log(`check message: ${r.code} (attempt ${attempt})`);
      }
      const timer = setTimeout(() => helpers.forEach((h) => h.child.send({ type: 'report' })), 60000);
      const delivered = await Promise.all(results);
      clearTimeout(timer);
      const latencies = delivered.flatMap((d) => d?.latenciesMs ?? []);
      const closedNow = delivered.reduce((n, d) => n + (d?.closed ?? 0), 0);
      const step: IdleStep = {
        target,
        loadAverageAtStart,
        connections: open,
        failedToOpen: failed,
        openErrors,
        rampSeconds,
        gatewayRssKiB: m.rss,
        gatewayHeapUsedMiB: m.heap,
        kibPerConnection: open ? round((m.rss - base.rss) / open, 2) : 0,
        heapKibPerConnection: open && m.heap !== null && base.heap !== null ? round(((m.heap - base.heap) * 1024) / open, 2) : null,
        quietAfterRampSeconds: quietSeconds,
        delivery: { expected: open, delivered: latencies.length, latencyMs: percentiles(latencies), sendErrors },
        socketsClosed: closedNow,
        processes,
        counters,
      };
      steps.push(step);
      log(
        `${open} sockets: gateway RSS ${(m.rss / 1024).toFixed(1)} MiB, ${step.kibPerConnection} KiB/connection (heap ${step.heapKibPerConnection ?? '–'} KiB); check message reached ${latencies.length}/${open}, p99 ${step.delivery.latencyMs?.p99 ?? '–'} ms`,
      );
    }
    const baseResult = await resultBase('idle', opts, started, await bench.versions(), bench.env, {
      connections: opts.connections,
      users: users.length,
      settleSeconds: opts.settleSeconds,
      perProcess: opts.perProcess,
      subscription: 'newMessage without chatId, one per socket',
    });
    return writeResult(opts.outDir, {
      ...baseResult,
      scenario: 'idle' as const,
      limits: {
        loadGeneratorOpenFiles: openFileLimit('self'),
        gatewayOpenFiles: gatewayFiles,
        maxConnections,
        capped,
        helperProcesses: helpers.length,
        sourceAddresses: helpers.map((h) => h.localAddress),
      },
      gc: {
        forced: base.forced,
        how: base.forced
          ? 'HeapProfiler.collectGarbage over the gateway inspector (NODE_OPTIONS=--inspect), twice, then 1 s'
          : 'not forced: read after the quiet period',
      },
      baseline: { gatewayRssKiB: base.rss, gatewayHeapUsedMiB: base.heap },
      steps,
    });
  } finally {
    for (const h of helpers) {
      h.child.send({ type: 'close' });
      await new Promise<void>((r) => {
        const t = setTimeout(() => {
          h.child.kill('SIGKILL');
          r();
        }, 3000);
        h.child.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
    }
    if (!opts.bench) await bench.stop();
  }
}

export function idleMarkdown(r: IdleResult): string {
  const l = r.limits;
  return [
    headerMarkdown(r),
    '',
    `Open files: load generator ${l.loadGeneratorOpenFiles?.soft ?? '?'}/${l.loadGeneratorOpenFiles?.hard ?? '?'} (soft/hard), gateway ${l.gatewayOpenFiles?.soft ?? '?'}/${l.gatewayOpenFiles?.hard ?? '?'}; at most ${l.maxConnections} connections${l.capped.length ? ` (asked for ${l.capped.join(', ')}: capped)` : ''}. ${l.helperProcesses} helper processes from ${l.sourceAddresses.join(', ')}. GC: ${r.gc.forced ? 'forced' : 'NOT forced (inspector unavailable)'}; baseline RSS ${(r.baseline.gatewayRssKiB / 1024).toFixed(1)} MiB.`,
    '',
    table(
      [
        'connections',
        'failed',
        'ramp s',
        'gateway RSS MiB',
        'KiB/connection (RSS)',
        'KiB/connection (heap)',
        'check message delivered',
        'check p50/p99/max ms',
        'CPU s gw (ramp)',
        'redis cmds/conn',
      ],
      r.steps.map((s) => [
        s.connections,
        s.failedToOpen,
        s.rampSeconds,
        (s.gatewayRssKiB / 1024).toFixed(1),
        s.kibPerConnection,
        s.heapKibPerConnection,
        `${s.delivery.delivered}/${s.delivery.expected}`,
        `${fmtMs(s.delivery.latencyMs?.p50)} / ${fmtMs(s.delivery.latencyMs?.p99)} / ${fmtMs(s.delivery.latencyMs?.max)}`,
        s.processes.gateway?.cpuSeconds,
        s.counters.redis.perOp,
      ]),
    ),
  ].join('\n');
}
