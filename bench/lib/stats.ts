/** Latency percentiles in milliseconds (nearest rank), rounded to 0.1 ms. */
export interface Percentiles {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted values. */
function rank(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function percentiles(xs: number[]): Percentiles | null {
  if (!xs.length) return null;
  const s = Array.from(Float64Array.from(xs).sort());
  let sum = 0;
  for (const x of s) sum += x;
  return {
    n: s.length,
    p50: round(rank(s, 50)),
    p90: round(rank(s, 90)),
    p99: round(rank(s, 99)),
    max: round(s[s.length - 1]),
    mean: round(sum / s.length),
  };
}

export { round };

/** Counts occurrences of keys. */
export function tally(keys: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** `a - b` per key (keys of either), dropping zeros. */
export function diffCounts(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}

export const sum = (xs: Iterable<number>) => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

/** Per-operation figures: each count divided by `ops`, three decimals. */
export function perOp(counts: Record<string, number>, ops: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) out[k] = ops > 0 ? round(v / ops, 3) : 0;
  return out;
}

/** Runs `work` over items with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
