/**
 * A token bucket whose rate adapts to what the server allows. It starts at
 * the configured rate (the ceiling). A 429 pauses it for the server's
 * Retry-After and cuts the rate (by 15 % by default, once per pause however
 * many requests were in flight); the rate holds there for a while, because
 * every 429 costs a whole Retry-After and probing too eagerly is expensive,
 * and then creeps back up towards the ceiling.
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
}

export class AdaptiveBucket {
  readonly ceiling: number;
  private rate: number;
  private readonly floor: number;
  private readonly capacity: number;
  private readonly holdMs: number;
  private readonly creep: number;
  private readonly decrease: number;
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
    if (now < this.holdUntil || this.rate >= this.ceiling || now < this.nextCreepAt) return;
    this.nextCreepAt = now + 1000;
    this.refill(now);
    this.rate = Math.min(this.ceiling, this.rate + this.creep);
  }

  /** A 429: pause for Retry-After and lower the rate (once per pause, however many requests were in flight). */
  onRateLimited(now: number, retryAfterMs: number): void {
    this.rateLimitedCount += 1;
    const alreadyPaused = now < this.pausedUntil;
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    this.tokens = 0;
    this.last = this.pausedUntil;
    if (alreadyPaused) return;
    this.rate = Math.max(this.floor, this.rate * this.decrease);
    this.holdUntil = this.pausedUntil + this.holdMs;
  }

  private refill(now: number): void {
    if (now <= this.last) return;
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.rate);
    this.last = now;
  }
}
