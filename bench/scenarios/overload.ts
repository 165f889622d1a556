import { BenchStack } from '../lib/bench-stack.js';
import { fmtMs, headerMarkdown, machineLoad, resultBase, table, writeResult, type CommonOptions, type ResultBase } from '../lib/report.js';
import { stepsTable } from './pairs.js';
import { PairsWorld, type StepResult } from './pairs-world.js';

export interface OverloadOptions extends CommonOptions {
  pairs: number;
  /** Offered rate, msg/s; when absent, twice the highest clean rate of a short ladder first. */
  rate?: number;
  duration: number;
  ladderRates: number[];
  ladderDuration: number;
  /** Seconds to wait for late events after the last reply (longer than the RPC timeout). */
  graceSeconds: number;
  p99LimitMs: number;
}

export const OVERLOAD_DEFAULTS = {
  pairs: 50,
  duration: 30,
  ladderRates: [5, 10, 25, 50, 100, 150, 200],
  ladderDuration: 10,
  graceSeconds: 10,
  p99LimitMs: 150,
};

export interface OverloadResult extends ResultBase {
  scenario: 'overload';
  /** The short ladder that chose the rate (empty when --rate was given). */
  ladder: StepResult[];
  highestCleanRate: number | null;
  rate: number;
  /**
   * What the rate doubles: the highest clean ladder rate; when no step was clean, the highest
   * error-free one (all acknowledged, delivered once and in order, only over the latency limit);
   * when none, half the first rate.
   */
  rateBasis: 'given' | 'clean' | 'error-free' | 'first-rate';
  overload: StepResult;
  summary: {
    offeredPerSecond: number;
    goodputPerSecond: number;
    acceptedLatencyMs: { p50: number | null; p99: number | null };
    refusals: Record<string, { count: number; p50: number | null; p99: number | null; max: number | null }>;
    refusalsSlowerThan1s: number;
    acknowledgedAndLost: number;
    storedButToldFailed: number;
    deliveredButToldFailed: number;
  };
}

/**
 * `overload`: the pairs setup offered more than it can take (twice the highest clean rate).
 * What matters: goodput, how fast refusals come, and that nothing acknowledged is lost.
 */
export async function runOverload(opts: OverloadOptions): Promise<OverloadResult> {
  const log = opts.log ?? (() => undefined);
  const started = { at: new Date(), load: machineLoad() };
  log(`overload: load at start ${started.load.loadAverage.join(', ')}`);
  const bench = opts.bench ?? (await BenchStack.start({ handler: opts.handler, cpuProfileDir: opts.cpuProfileDir }));
  try {
    const world = await PairsWorld.create(bench, { pairs: opts.pairs, log });
    const ladder: StepResult[] = [];
    let overload: StepResult;
    let rate = opts.rate;
    let rateBasis: OverloadResult['rateBasis'] = 'given';
    try {
      if (rate === undefined) {
        // Up while steps are clean; past a step that only missed the latency limit as long as
        // nothing failed or got lost, so there is a capacity to double when no step is clean.
        for (const r of opts.ladderRates) {
          const s = await world.step(r, opts.ladderDuration, { graceSeconds: 5, p99LimitMs: opts.p99LimitMs });
          ladder.push(s);
          if (!errorFree(s) || (!s.clean && ladder.some((x) => x.clean))) break;
        }
        const clean = ladder.filter((s) => s.clean).map((s) => s.rate);
        const ok = ladder.filter(errorFree).map((s) => s.rate);
        rate = 2 * (clean.length ? Math.max(...clean) : ok.length ? Math.max(...ok) : opts.ladderRates[0] / 2);
        rateBasis = clean.length ? 'clean' : ok.length ? 'error-free' : 'first-rate';
        log(`overload at ${rate} msg/s (twice the highest ${rateBasis} rate)`);
      }
      overload = await world.step(rate, opts.duration, { graceSeconds: opts.graceSeconds, p99LimitMs: opts.p99LimitMs });
    } finally {
      await world.close();
    }
    const clean = ladder.filter((s) => s.clean);
    const base = await resultBase('overload', opts, started, await bench.versions(), bench.env, {
      pairs: opts.pairs,
      users: opts.pairs * 2,
      rate,
      rateGiven: opts.rate !== undefined,
      durationSeconds: opts.duration,
      ladderRates: opts.rate === undefined ? opts.ladderRates : [],
      ladderDurationSeconds: opts.ladderDuration,
      graceSeconds: opts.graceSeconds,
      rpcTimeoutMs: Number(bench.env.RPC_TIMEOUT_MS),
    });
    const refusals: OverloadResult['summary']['refusals'] = {};
    for (const [code, count] of Object.entries(overload.errors)) {
      const l = overload.refusalLatencyMs[code];
      refusals[code] = { count, p50: l?.p50 ?? null, p99: l?.p99 ?? null, max: l?.max ?? null };
    }
    return writeResult(opts.outDir, {
      ...base,
      scenario: 'overload' as const,
      ladder,
      highestCleanRate: clean.length ? Math.max(...clean.map((s) => s.rate)) : null,
      rate,
      rateBasis,
      overload,
      summary: {
        offeredPerSecond: rate,
        goodputPerSecond: overload.goodputPerSecond,
        acceptedLatencyMs: { p50: overload.replyLatencyMs?.p50 ?? null, p99: overload.replyLatencyMs?.p99 ?? null },
        refusals,
        refusalsSlowerThan1s: overload.refusalsSlowerThan1s,
        acknowledgedAndLost: overload.verify.acknowledgedMissing,
        storedButToldFailed: overload.verify.storedButFailed,
        deliveredButToldFailed: overload.deliveredButFailed,
      },
    });
  } finally {
    if (!opts.bench) await bench.stop();
  }
}

const errorFree = (s: StepResult) => !s.failed && !s.lost && !s.duplicates && !s.outOfOrder && !s.verify.acknowledgedMissing;

export function overloadMarkdown(r: OverloadResult): string {
  const s = r.summary;
  return [
    headerMarkdown(r),
    '',
    r.ladder.length ? `Short ladder (${r.parameters.ladderDurationSeconds as number} s per step):\n\n${stepsTable(r.ladder)}\n` : '',
    `Overload: ${r.rate} msg/s offered for ${r.overload.durationSeconds} s${
      r.rateBasis === 'given'
        ? ' (given)'
        : r.rateBasis === 'clean'
          ? ` (twice the highest clean rate, ${r.highestCleanRate})`
          : r.rateBasis === 'error-free'
            ? ' (no ladder step was clean: twice the highest rate without errors or loss, over the latency limit only)'
            : ' (no ladder step was clean or error-free: twice half the first rate)'
    }.`,
    '',
    table(
      [
        'offered /s',
        'goodput /s',
        'accepted p50/p99 ms',
        'refused',
        'refusals > 1 s',
        'acked & lost',
        'stored but told failed',
        'delivered but told failed',
        'send→event p99 ms',
      ],
      [
        [
          s.offeredPerSecond,
          s.goodputPerSecond,
          `${fmtMs(s.acceptedLatencyMs.p50)} / ${fmtMs(s.acceptedLatencyMs.p99)}`,
          r.overload.failed,
          s.refusalsSlowerThan1s,
          s.acknowledgedAndLost,
          s.storedButToldFailed,
          s.deliveredButToldFailed,
          fmtMs(r.overload.deliveryLatencyMs?.p99),
        ],
      ],
    ),
    '',
    Object.keys(s.refusals).length
      ? table(
          ['refusal code', 'count', 'latency p50 / p99 / max ms', 'first message'],
          Object.entries(s.refusals).map(([code, x]) => [
            code,
            x.count,
            `${fmtMs(x.p50)} / ${fmtMs(x.p99)} / ${fmtMs(x.max)}`,
            r.overload.errorSamples[code] ?? '',
          ]),
        )
      : 'No refusals.',
  ].join('\n');
}
