/**
 * `npm run bench -- <scenario> [options]`: builds, then runs one load benchmark against a whole
 * Parley of its own (own docdb, private Redis, NATS and mailbox, the four apps as processes), writes
 * bench/results/<scenario>-<handler>-<date>.json and prints a Markdown summary. See docs/benchmarks.md.
 *
 *   pairs     rate ladder over direct-chat pairs: send → newMessage latency, loss, order
 *   reads     messages / chats pages against a bulk-seeded database
 *   overload  the pairs setup at twice its highest clean rate: goodput, refusals, loss
 *   fanout    one big group, one sender: send → event at every member
 *   idle      many idle subscribed sockets: gateway memory per connection
 *   send      the earlier single-chat send benchmark (sequential, bursts, 10-member fan-out)
 *   chart     writes docs/benchmarks.svg from bench/results/*.json
 */
import { writeChart } from './chart.js';
import type { Handler } from './lib/bench-stack.js';
import { DEFAULT_RESULTS_DIR, type CommonOptions } from './lib/report.js';
import { FANOUT_DEFAULTS, fanoutMarkdown, runFanout } from './scenarios/fanout.js';
import { IDLE_DEFAULTS, idleMarkdown, runIdle } from './scenarios/idle.js';
import { OVERLOAD_DEFAULTS, overloadMarkdown, runOverload } from './scenarios/overload.js';
import { PAIRS_DEFAULTS, pairsMarkdown, runPairs } from './scenarios/pairs.js';
import { READS_DEFAULTS, readsMarkdown, runReads } from './scenarios/reads.js';
import { runSend } from './scenarios/send.js';

const USAGE = `usage: npm run bench -- <pairs|reads|overload|fanout|idle|send|chart> [options]

common:   --handler sqlite|postgresql (default sqlite)   --label <text>   --out <dir> (default ${DEFAULT_RESULTS_DIR})
          --cpu-prof <dir> (a CPU profile of each app, written when the run ends)
pairs:    --pairs 50 --rates 25,50,100,150,200 --duration 30 --grace 5 --p99-limit 150
reads:    --levels 1000,10000,100000 --users 100 --clients 10 --duration 20
overload: --rate <msg/s> (default: twice the highest clean rate of a short ladder) --duration 30 --pairs 50
          --ladder-rates 5,10,25,50,100,150,200 --ladder-duration 10 --grace 10
fanout:   --members 1000 --rate 10 --duration 30 --grace 5
idle:     --connections 1000,5000,10000,15000,20000 --users 20 --settle 5 --per-process 5000
chart:    --out <results dir> --svg docs/benchmarks.svg`;

type Args = Map<string, string>;
const T0 = performance.now();

function parseArgs(argv: string[]): { scenario: string; args: Args } {
  const [scenario, ...rest] = argv;
  const args: Args = new Map();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) args.set(a.slice(2, eq), a.slice(eq + 1));
    else {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) args.set(a.slice(2), 'true');
      else {
        args.set(a.slice(2), next);
        i++;
      }
    }
  }
  return { scenario: scenario ?? '', args };
}

const num = (args: Args, name: string, fallback: number): number => {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${v})`);
  return n;
};
const list = (args: Args, name: string, fallback: number[]): number[] => {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const xs = v.split(',').map(Number);
  if (!xs.length || xs.some((x) => !Number.isFinite(x) || x <= 0)) throw new Error(`--${name} must be a comma-separated list of positive numbers (got ${v})`);
  return xs;
};

function common(args: Args): CommonOptions {
  const handler = args.get('handler') ?? 'sqlite';
  if (handler !== 'sqlite' && handler !== 'postgresql') throw new Error(`--handler must be sqlite or postgresql (got ${handler})`);
  return {
    handler: handler satisfies Handler,
    label: args.get('label'),
    outDir: args.get('out') ?? DEFAULT_RESULTS_DIR,
    cpuProfileDir: args.get('cpu-prof'),
    log: (line) => process.stderr.write(`bench ${((performance.now() - T0) / 1000).toFixed(1).padStart(6)} s: ${line}\n`),
  };
}

async function main(): Promise<void> {
  const { scenario, args } = parseArgs(process.argv.slice(2));
  switch (scenario) {
    case 'pairs': {
      const r = await runPairs({
        ...common(args),
        pairs: num(args, 'pairs', PAIRS_DEFAULTS.pairs),
        rates: list(args, 'rates', PAIRS_DEFAULTS.rates),
        duration: num(args, 'duration', PAIRS_DEFAULTS.duration),
        graceSeconds: num(args, 'grace', PAIRS_DEFAULTS.graceSeconds),
        p99LimitMs: num(args, 'p99-limit', PAIRS_DEFAULTS.p99LimitMs),
      });
      console.log(pairsMarkdown(r));
      break;
    }
    case 'reads': {
      const r = await runReads({
        ...common(args),
        levels: list(args, 'levels', READS_DEFAULTS.levels),
        users: num(args, 'users', READS_DEFAULTS.users),
        clients: num(args, 'clients', READS_DEFAULTS.clients),
        duration: num(args, 'duration', READS_DEFAULTS.duration),
      });
      console.log(readsMarkdown(r));
      break;
    }
    case 'overload': {
      const r = await runOverload({
        ...common(args),
        pairs: num(args, 'pairs', OVERLOAD_DEFAULTS.pairs),
        rate: args.has('rate') ? num(args, 'rate', 0) : undefined,
        duration: num(args, 'duration', OVERLOAD_DEFAULTS.duration),
        ladderRates: list(args, 'ladder-rates', OVERLOAD_DEFAULTS.ladderRates),
        ladderDuration: num(args, 'ladder-duration', OVERLOAD_DEFAULTS.ladderDuration),
        graceSeconds: num(args, 'grace', OVERLOAD_DEFAULTS.graceSeconds),
        p99LimitMs: num(args, 'p99-limit', OVERLOAD_DEFAULTS.p99LimitMs),
      });
      console.log(overloadMarkdown(r));
      break;
    }
    case 'fanout': {
      const r = await runFanout({
        ...common(args),
        members: num(args, 'members', FANOUT_DEFAULTS.members),
        rate: num(args, 'rate', FANOUT_DEFAULTS.rate),
        duration: num(args, 'duration', FANOUT_DEFAULTS.duration),
        graceSeconds: num(args, 'grace', FANOUT_DEFAULTS.graceSeconds),
      });
      console.log(fanoutMarkdown(r));
      break;
    }
    case 'idle': {
      const r = await runIdle({
        ...common(args),
        connections: list(args, 'connections', IDLE_DEFAULTS.connections),
        users: num(args, 'users', IDLE_DEFAULTS.users),
        settleSeconds: num(args, 'settle', IDLE_DEFAULTS.settleSeconds),
        perProcess: num(args, 'per-process', IDLE_DEFAULTS.perProcess),
      });
      console.log(idleMarkdown(r));
      break;
    }
    case 'send':
      console.log(await runSend());
      break;
    case 'chart': {
      const file = writeChart(args.get('out') ?? DEFAULT_RESULTS_DIR, args.get('svg') ?? 'docs/benchmarks.svg');
      console.log(`wrote ${file}`);
      break;
    }
    default:
      console.error(USAGE);
      process.exit(scenario ? 2 : 0);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
