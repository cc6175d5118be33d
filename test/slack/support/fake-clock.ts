import type { Clock } from '../../../adapters/sending/clock.ts';

/** Virtual time: `sleep` moves the clock forward and yields, so nothing really waits. */
export class FakeClock implements Clock {
  current: number;

  constructor(current = 1_700_000_000_000) {
    this.current = current;
  }
  readonly slept: number[] = [];

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.current += Math.max(0, ms);
    return new Promise((resolve) => setImmediate(resolve));
  }
}
