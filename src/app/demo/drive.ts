import type { AppContext } from '../context.ts';
import { tick } from '../tick.ts';

/**
 * Runs the bot from `from` to `to`, ticking at every moment something is
 * due (a round opens, a DM goes out, a round closes), calling `before`
 * and `after` around each tick. The demo history and the playground's clock use it.
 */
export async function driveUntil(
  ctx: AppContext,
  from: Date,
  to: Date,
  after: (now: Date) => Promise<void> = async () => {},
  before: (now: Date) => void = () => {},
): Promise<Date> {
  let now = from;
  for (;;) {
    before(now);
    await tick(ctx, now);
    await after(now);
    if (now.getTime() >= to.getTime()) return now;
    now = await nextMoment(ctx, now, to);
  }
}

/** The next moment anything is due: a job, a round to open, or the end. */
export async function nextMoment(ctx: AppContext, now: Date, end: Date): Promise<Date> {
  const job = await ctx.db.job.findFirst({
    where: { status: 'pending', runAt: { gt: now } },
    orderBy: { runAt: 'asc' },
  });
  const schedule = await ctx.db.schedule.findFirst({
    where: { nextRunAt: { gt: now } },
    orderBy: { nextRunAt: 'asc' },
  });
  const candidates = [job?.runAt, schedule?.nextRunAt, end].filter((d): d is Date => d instanceof Date);
  const next = Math.min(...candidates.map((d) => d.getTime()));
  return new Date(Math.max(next, now.getTime() + 1000));
}
