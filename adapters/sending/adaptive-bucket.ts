/**
 * A token bucket whose rate adapts to what the server allows. It starts at
 * the configured rate (the ceiling). Every 429 pauses it for the server's
 * Retry-After. The rate is cut (by 15 % by default, once per pause however
 * many requests were in flight) only when 429s come in a row: when this one
 * and the one before each came within `sustainedMs` worth of sends at the
 * lane's rate. A single early 429 may be chance, and one after a stretch of
 * accepted sends says the server has just taken that rate (Slack's limits
 * are not exact); cutting on each of those compounds, and at 5 sends a
 * second with one 429 in fifty left the rate at a fraction of what was
 * allowed. After a cut the rate holds for a while, because every 429 costs a
 * whole Retry-After and probing too eagerly is expensive, and then creeps
 * back up towards the ceiling.
 *
 * (Measuring the accepted rate at the moment of a 429 was tried and dropped:
 * Slack's burst allowance makes short windows overstate it, and a window that
 * spans a pause understates it.)
 */
export interface AdaptiveBucketOptions {
  /** Requests per second at most (the configured limit). */
  readonly ratePerSecond: number;
  readonly burst: number;
  /** The rate never falls below this share of the ceiling (default 0.05). */
  readonly floorShare?: number;
  /** After a 429, how long the reduced rate holds before creeping up (default 30 s). */
  readonly holdMs?: number;
  /** Creep per second, as a share of the ceiling (default 0.02). */
  readonly creepShare?: number;
  /** The rate is multiplied by this on a 429 (default 0.85). */
  readonly decrease?: number;
  /** A 429 after this long's worth of successes at the lane's rate since the last one is not "in a row" (default 2 s). */
  readonly sustainedMs?: number;
}

export class AdaptiveBucket {
  readonly ceiling: number;
  private rate: number;
  private readonly floor: number;
  private readonly capacity: number;
  private readonly holdMs: number;
  private readonly creep: number;
  private readonly decrease: number;
  private readonly sustainedMs: number;
  /** Successes since the last 429. */
  private clean = 0;
  /** Whether the last 429 came soon after the one before it. */
  private soonBefore = false;
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private holdUntil = 0;
  private nextCreepAt = 0;
  rateLimitedCount = 0;

  constructor(options: AdaptiveBucketOptions, now: number) {
    this.ceiling = options.ratePerSecond / 1000;
    this.rate = this.ceiling;
    this.floor = this.ceiling * (options.floorShare ?? 0.05);
    this.capacity = Math.max(1, options.burst);
    this.holdMs = options.holdMs ?? 30_000;
    this.creep = this.ceiling * (options.creepShare ?? 0.02);
    this.decrease = options.decrease ?? 0.85;
    this.sustainedMs = options.sustainedMs ?? 2000;
    this.tokens = this.capacity;
    this.last = now;
  }

  /** Requests per second the bucket currently allows. */
  get ratePerSecond(): number {
    return this.rate * 1000;
  }

  /** Takes a token: 0 when one was taken, otherwise the milliseconds until one is due. */
  reserve(now: number): number {
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.rate));
  }

  /** Gives back a token taken by `reserve` that was not used. */
  refund(): void {
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }

  onSuccess(now: number): void {
    this.clean += 1;
    if (now < this.holdUntil || this.rate >= this.ceiling || now < this.nextCreepAt) return;
    this.nextCreepAt = now + 1000;
    this.refill(now);
    this.rate = Math.min(this.ceiling, this.rate + this.creep);
  }

  /** A 429: pause for Retry-After; lower the rate when 429s come in a row (once per pause, however many were in flight). */
  onRateLimited(now: number, retryAfterMs: number): void {
    this.rateLimitedCount += 1;
    const alreadyPaused = now < this.pausedUntil;
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    this.tokens = 0;
    this.last = this.pausedUntil;
    if (alreadyPaused) return;
    const soon = this.clean < this.rate * this.sustainedMs;
    const again = soon && this.soonBefore;
    this.soonBefore = soon;
    this.clean = 0;
    if (!again) return;
    this.rate = Math.max(this.floor, this.rate * this.decrease);
    this.holdUntil = this.pausedUntil + this.holdMs;
  }

  private refill(now: number): void {
    if (now <= this.last) return;
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.rate);
    this.last = now;
  }
}
