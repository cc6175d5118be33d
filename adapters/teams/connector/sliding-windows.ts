/** At most `count` events in any `ms` milliseconds. */
export interface WindowLimit {
  readonly count: number;
  readonly ms: number;
}

/**
 * Sliding-window limits per key, counted exactly: each key keeps the times
 * of its last events (as many as the largest count), so "60 in 30 seconds"
 * holds in every 30 seconds, not only in fixed slots. Keys quiet for longer
 * than the longest window are dropped once there are many.
 */
export class SlidingWindows {
  private readonly limits: readonly WindowLimit[];
  private readonly keep: number;
  private readonly span: number;
  private readonly times = new Map<string, number[]>();

  constructor(limits: readonly WindowLimit[]) {
    this.limits = limits;
    this.keep = Math.max(...limits.map((limit) => limit.count));
    this.span = Math.max(...limits.map((limit) => limit.ms));
  }

  /** Milliseconds until `key` may have another event; 0 when it may now. */
  waitFor(key: string, now: number): number {
    const times = this.times.get(key);
    if (!times) return 0;
    let wait = 0;
    for (const { count, ms } of this.limits) {
      const oldestCounted = times[times.length - count];
      if (oldestCounted !== undefined) wait = Math.max(wait, oldestCounted + ms - now);
    }
    return wait;
  }

  record(key: string, now: number): void {
    let times = this.times.get(key);
    if (!times) {
      if (this.times.size >= 10_000) this.prune(now);
      times = [];
      this.times.set(key, times);
    }
    times.push(now);
    if (times.length > this.keep) times.shift();
  }

  private prune(now: number): void {
    for (const [key, times] of this.times) {
      if ((times[times.length - 1] ?? 0) <= now - this.span) this.times.delete(key);
    }
  }
}
