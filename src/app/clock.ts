/**
 * The bot's one idea of "now". Every use case, job and service takes its
 * time from the Clock in the AppContext (or from a `now` handed down by the
 * scheduler), never from the wall clock directly, so the playground can move
 * time forward and tests run the same on any date.
 */
export interface Clock {
  now(): Date;
}

/** The wall clock: what a deployed bot on a chat platform runs on. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that can be moved forward from another one (the wall clock by
 * default): the local playground's demo clock, and tests that step through
 * a round's days.
 */
export class MovableClock implements Clock {
  private offsetMs = 0;
  private readonly base: Clock;

  constructor(base: Clock = systemClock) {
    this.base = base;
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Moves forward to `at` (never back). */
  advanceTo(at: Date): void {
    this.offsetMs = Math.max(this.offsetMs, at.getTime() - this.base.now().getTime());
  }
}

/** A clock that stands still until it is set: for tests and simulations that step time explicitly. */
export class ManualClock implements Clock {
  private at: Date;

  constructor(at: Date) {
    this.at = at;
  }

  now(): Date {
    return new Date(this.at.getTime());
  }

  set(at: Date): void {
    this.at = new Date(at.getTime());
  }
}
