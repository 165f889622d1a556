import { BenchStack } from '../lib/bench-stack.js';
import { fmtMs, headerMarkdown, machineLoad, resultBase, table, writeResult, type CommonOptions, type ResultBase } from '../lib/report.js';
import { PairsWorld, type StepResult } from './pairs-world.js';

export interface PairsOptions extends CommonOptions {
  /** Direct-chat pairs (2 users each). */
  pairs: number;
  /** The ladder of total send rates, msg/s. */
  rates: number[];
  /** Seconds per step. */
  duration: number;
  /** Seconds to wait after the last reply for late events. */
  graceSeconds: number;
  /** A step whose send→event p99 passes this is not clean. */
  p99LimitMs: number;
}

export const PAIRS_DEFAULTS = { pairs: 50, rates: [25, 50, 100, 150, 200], duration: 30, graceSeconds: 5, p99LimitMs: 150 };

export interface PairsResult extends ResultBase {
  scenario: 'pairs';
  steps: StepResult[];
  /** The highest rate of a clean step (null when none was clean). */
  highestCleanRate: number | null;
  stoppedAfter: { rate: number; problems: string[] } | null;
}

/**
 * `pairs`: a rate ladder over P direct-chat pairs that stops after the first step that is not
 * clean (send→event p99 over the limit, or any error, lost, duplicate or out-of-order message).
 */
export async function runPairs(opts: PairsOptions): Promise<PairsResult> {
  const log = opts.log ?? (() => undefined);
  const started = { at: new Date(), load: machineLoad() };
  log(`pairs: load at start ${started.load.loadAverage.join(', ')}`);
  const bench = opts.bench ?? (await BenchStack.start({ handler: opts.handler, cpuProfileDir: opts.cpuProfileDir }));
  try {
    const world = await PairsWorld.create(bench, { pairs: opts.pairs, log });
    const steps: StepResult[] = [];
    try {
      for (const rate of opts.rates) {
        const s = await world.step(rate, opts.duration, { graceSeconds: opts.graceSeconds, p99LimitMs: opts.p99LimitMs });
        steps.push(s);
        if (!s.clean) break;
      }
    } finally {
      await world.close();
    }
    const clean = steps.filter((s) => s.clean);
    const last = steps[steps.length - 1];
    const base = await resultBase('pairs', opts, started, await bench.versions(), bench.env, {
      pairs: opts.pairs,
      users: opts.pairs * 2,
      rates: opts.rates,
      durationSeconds: opts.duration,
      graceSeconds: opts.graceSeconds,
      p99LimitMs: opts.p99LimitMs,
      sendOver: 'HTTP POST /graphql (keep-alive), open model',
      subscription: 'one graphql-ws socket per user, newMessage without chatId',
    });
    return writeResult(opts.outDir, {
      ...base,
      scenario: 'pairs' as const,
      steps,
      highestCleanRate: clean.length ? Math.max(...clean.map((s) => s.rate)) : null,
      stoppedAfter: last && !last.clean ? { rate: last.rate, problems: last.problems } : null,
    });
  } finally {
    if (!opts.bench) await bench.stop();
  }
}

/** The ladder's steps as Markdown rows. */
export function stepsTable(steps: StepResult[]): string {
  return table(
    [
      'rate /s',
      'offered',
      'acked',
      'errors',
      'reply p50/p99 ms',
      'send→event p50/p90/p99/max ms',
      'lost',
      'dup',
      'ooo',
      'acked & not stored',
      'db cmds/send',
      'redis cmds/send',
      'NATS msgs out/send',
      'CPU s (gw/chat/docdb/lg)',
      'clean',
      'load',
    ],
    steps.map((s) => [
      s.rate,
      s.offered,
      s.acknowledged,
      Object.entries(s.errors)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || 0,
      `${fmtMs(s.replyLatencyMs?.p50)} / ${fmtMs(s.replyLatencyMs?.p99)}`,
      `${fmtMs(s.deliveryLatencyMs?.p50)} / ${fmtMs(s.deliveryLatencyMs?.p90)} / ${fmtMs(s.deliveryLatencyMs?.p99)} / ${fmtMs(s.deliveryLatencyMs?.max)}`,
      s.lost,
      s.duplicates,
      s.outOfOrder,
      s.verify.acknowledgedMissing,
      s.counters.db.perOp,
      s.counters.redis.perOp,
      s.counters.nats?.outMsgsPerOp,
      ['gateway', 'chat', 'docdb', 'loadGenerator'].map((k) => s.processes[k]?.cpuSeconds ?? '–').join(' / '),
      s.clean ? 'yes' : 'no',
      s.loadAverageAtStart[0],
    ]),
  );
}

export function pairsMarkdown(r: PairsResult): string {
  return [
    headerMarkdown(r),
    '',
    `${r.parameters.pairs as number} pairs (${r.parameters.users as number} users, one socket each), ${r.parameters.durationSeconds as number} s per step; latencies from each send's scheduled time.`,
    '',
    stepsTable(r.steps),
    '',
    `Highest clean rate: ${r.highestCleanRate ?? 'none'} msg/s${r.stoppedAfter ? `; stopped after ${r.stoppedAfter.rate} msg/s: ${r.stoppedAfter.problems.join('; ')}` : ''}.`,
  ].join('\n');
}
