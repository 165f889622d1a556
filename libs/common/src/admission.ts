/**
 * How many requests one service replica works on at once, adapted to how fast it answers: a
 * limit that shrinks when the replica's own work (time spent waiting for a chat's turn does not
 * count) gets slower than `targetMs`, and grows back while it is fast and busy. Requests beyond
 * the limit are refused at once, so an overloaded replica answers quickly, with "try again", and
 * keeps the latency of the work it accepts, instead of queueing everything until it times out.
 */
export class Admission {
  private current: number;
  private inFlight = 0;
  private peak = 0;
  private samples: number[] = [];
  private windowStart = Date.now();

  constructor(
    private readonly max: number,
    private readonly targetMs: number,
    private readonly min = Math.min(4, max),
    private readonly windowMs = 500,
    private readonly now: () => number = Date.now,
  ) {
    this.current = max;
    this.windowStart = now();
  }

  get limit(): number {
    this.maybeAdjust();
    return this.current;
  }

  get active(): number {
    return this.inFlight;
  }

  /** True when there is room (the caller must call `leave` once done); false: refuse. */
  tryEnter(): boolean {
    this.maybeAdjust();
    if (this.inFlight >= this.current) return false;
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    return true;
  }

  /** `workMs`: how long the request took, less any time it waited for its turn on a busy chat. */
  leave(workMs: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.samples.push(workMs);
  }

  private maybeAdjust(): void {
    const t = this.now();
    if (t - this.windowStart < this.windowMs) return;
    const samples = this.samples.sort((a, b) => a - b);
    if (samples.length > 0) {
      const p90 = samples[Math.floor(samples.length * 0.9)];
      // Too slow: admit a fifth fewer than were in flight (than the limit, when few requests came).
      if (p90 > this.targetMs) this.current = Math.max(this.min, Math.floor((samples.length >= 10 ? Math.min(this.current, this.peak) : this.current) * 0.8));
      else if (this.peak >= this.current * 0.8) this.current = Math.min(this.max, this.current + Math.max(1, Math.floor(this.current * 0.1)));
    } else {
      // Quiet: the limit recovers towards the maximum, a tenth per window that passed.
      for (let w = Math.floor((t - this.windowStart) / this.windowMs); w > 0 && this.current < this.max; w--)
        this.current = Math.min(this.max, this.current + Math.max(1, Math.floor(this.current * 0.1)));
    }
    this.samples = [];
    this.peak = this.inFlight;
    this.windowStart = t;
  }
}
