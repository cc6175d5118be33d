import cron from 'node-cron';
import type { Clock } from '../app/clock.ts';
import type { Logger } from '../logging/logger.ts';

/** One unit of recurring work; `run` gets the tick's time. */
export interface ScheduledJob {
  readonly id: string;
  run(now: Date): Promise<void>;
}

export interface Scheduler {
  /** Runs every job once, in order; a tick never overlaps the previous one. */
  tick(now?: Date): Promise<void>;
  stop(): Promise<void>;
}

/**
 * node-cron only says "now": the work itself is claimed in the database by
 * each job, so several replicas can tick at once without sending twice.
 */
export function startScheduler(
  expression: string,
  jobs: readonly ScheduledJob[],
  log: Logger,
  clock: Clock,
): Scheduler {
  let running: Promise<void> | undefined;
  const tick = (now = clock.now()): Promise<void> => {
    running ??= (async () => {
      for (const job of jobs) {
        try {
          await job.run(now);
        } catch (error) {
          log.error({ err: error, job: job.id }, 'scheduled job failed; it runs again on the next tick');
        }
      }
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const task = cron.schedule(expression, () => void tick(), { noOverlap: true });
  return {
    tick,
    async stop() {
      await task.stop();
      await running;
    },
  };
}
