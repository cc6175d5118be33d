/**
 * The bot's idea of "now". In Slack and Teams it is the wall clock; in the
 * local playground it can be moved forward so a person can watch rounds,
 * reminders, reports and nudges without waiting days.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly wall: () => Date = () => new Date()) {}

  now(): Date {
    return new Date(this.wall().getTime() + this.offsetMs);
  }

  /** Moves forward to `at` (never back). */
  advanceTo(at: Date): void {
    this.offsetMs = Math.max(this.offsetMs, at.getTime() - this.wall().getTime());
  }
}
