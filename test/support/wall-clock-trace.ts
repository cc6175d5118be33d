import { appendFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { systemClock } from '../../src/app/clock.ts';

/**
 * Notes which test files reach the wall clock. The code's one way to the
 * calendar is `systemClock` (the linter keeps `new Date()` and `Date.now()`
 * out of src/ and adapters/), so a file that never calls it runs the same on
 * any date; CI reruns the files listed here under faketime at other dates.
 * Off unless PULSE_WALL_CLOCK_LOG names the list to append to.
 */
const log = process.env.PULSE_WALL_CLOCK_LOG;
if (log) {
  const read = systemClock.now;
  let reached = false;
  systemClock.now = () => {
    reached = true;
    return read();
  };
  afterAll(() => {
    const file = expect.getState().testPath;
    if (reached && file) appendFileSync(log, `${file}\n`);
  });
}
