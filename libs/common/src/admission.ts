/**
 * Requests of this process waiting for their turn on a busy key (a chat's lock): in flight, but
 * using nothing; Admission leaves them out of the work it limits.
 */
export const turnWaiters = { count: 0 };

/**
 * How many requests one service replica works on at once, adapted to how fast it answers.
 *
 * Each window, the median time of the replica's own work per request (time waiting for a busy
 * chat's turn left out) is compared with its long-run usual value. When it is well above both
 * that and `targetMs`, work is queueing inside the replica: the limit drops in proportion. While
 * answers are as fast as usual and the limit is being reached, it grows again. Requests beyond
 * the limit are refused at once, so an overloaded replica answers quickly with "try again" and
 * keeps the latency of the work it accepts, instead of queueing everything until it times out.
 * A machine that is slow for every request (not because of this replica's queue) moves the usual
 * value up with it, so it is not mistaken for overload.
 */
export class Admission {
  private current: number;
  private inFlight = 0;
  private peak = 0;
  private samples: number[] = [];
  private usualMs: number | null = null;
  private windowStart: number;

  constructor(
    private readonly max: number,
    private readonly targetMs: number,
    private readonly min = Math.min(4, max),
    private readonly windowMs = 250,
    private readonly now: () => number = Date.now,
    private readonly waiting: { count: number } = turnWaiters,
  ) {
    this.current = max;
    this.windowStart = now();
  }

  get limit(): number {
    this.maybeAdjust();
    return this.current;
  }

  /** Requests at work now (in flight less those waiting for their turn). */
  get active(): number {
    return Math.max(0, this.inFlight - this.waiting.count);
  }

  /** True when there is room (the caller must call `leave` once done); false: refuse. */
  tryEnter(): boolean {
    this.maybeAdjust();
    if (this.active >= this.current || this.inFlight >= this.max) return false;
    this.inFlight++;
    this.peak = Math.max(this.peak, this.active);
    return true;
  }

  /** `workMs`: how long the request took, less any time it waited for its turn on a busy chat. */
  leave(workMs: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.samples.push(workMs);
  }

  private maybeAdjust(): void {
    const t = this.now();
    const windows = Math.floor((t - this.windowStart) / this.windowMs);
    if (windows < 1) return;
    const samples = this.samples.sort((a, b) => a - b);
    if (samples.length) {
      const median = samples[samples.length >> 1];
      if (this.usualMs === null) this.usualMs = median;
      const slow = Math.max(this.targetMs, 2 * this.usualMs);
      if (median > slow) {
        // Queueing: admit in proportion to how much slower than acceptable (at most halve per window).
        const base = samples.length >= 10 ? Math.min(this.current, Math.max(this.peak, this.min)) : this.current;
        this.current = Math.max(this.min, Math.floor(base * Math.max(0.5, slow / median)));
        // A persistently slower machine slowly becomes the usual.
        this.usualMs += 0.01 * (median - this.usualMs);
      } else {
        this.usualMs += 0.05 * (median - this.usualMs);
        if (this.peak >= this.current * 0.75) this.current = Math.min(this.max, this.current + Math.ceil(Math.sqrt(this.current)));
      }
    }
    // Windows without answers (quiet): the limit recovers towards the maximum.
    for (let w = samples.length ? windows - 1 : windows; w > 0 && this.current < this.max; w--)
      this.current = Math.min(this.max, this.current + Math.max(1, Math.floor(this.current * 0.1)));
    this.samples = [];
    this.peak = this.active;
    this.windowStart = t;
  }
}
