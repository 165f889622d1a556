import { sleep } from '#testing';

/**
 * Open-model load: operation i is due at start + i/rate, whatever happened to the earlier ones
 * (nothing waits for a reply). `fire` gets the index and the due time (performance.now() clock),
 * from which latency is measured, so a late start of an operation counts against it. Returns how
 * late operations were started (the load generator's own lag).
 */
export async function openLoop(
  count: number,
  ratePerSecond: number,
  fire: (i: number, dueAt: number) => void,
): Promise<{ lagMsMax: number; lagMsP99: number }> {
  const start = performance.now() + 20;
  const interval = 1000 / ratePerSecond;
  const lags: number[] = [];
  let i = 0;
  while (i < count) {
    const now = performance.now();
    while (i < count && start + i * interval <= now) {
      const due = start + i * interval;
      lags.push(now - due);
      fire(i, due);
      i++;
    }
    if (i < count) await sleep(Math.max(0, start + i * interval - performance.now()));
  }
  lags.sort((a, b) => a - b);
  return { lagMsMax: Math.round((lags[lags.length - 1] ?? 0) * 10) / 10, lagMsP99: Math.round((lags[Math.floor(lags.length * 0.99)] ?? 0) * 10) / 10 };
}
