import { DateTime } from 'luxon';
import { z } from 'zod';
import { periodKey } from '../../core/index.ts';
import type { AppContext } from '../context.ts';
import { sendHrDigest } from '../reports/hr-digest.ts';
import { defineJob } from './define-job.ts';
import { enqueueJobs } from './queue.ts';

/** The weekly organisation report to HR. */
export const hrDigestJob = defineJob({
  kind: 'hr-digest',
  payload: z.object({ organizationId: z.string() }),
  handle: (ctx, { organizationId }, now) => sendHrDigest(ctx, organizationId, now),
});

/**
 * Once a week, on Monday at 09:00 in the organisation's zone. One job per
 * organisation and week, so the digest goes once however many replicas tick.
 */
export async function enqueueHrDigests(ctx: AppContext, now: Date): Promise<void> {
  const orgs = await ctx.db.organization.findMany({ select: { id: true, timeZone: true } });
  const due = orgs.flatMap((org) => {
    const local = DateTime.fromJSDate(now, { zone: org.timeZone });
    const monday = local.startOf('week').set({ hour: 9 });
    if (local < monday) return [];
    return [
      {
        key: `${org.id}/${periodKey(now, 'week', org.timeZone)}`,
        payload: { organizationId: org.id },
        runAt: monday.toJSDate(),
      },
    ];
  });
  await enqueueJobs(ctx.db, hrDigestJob, due);
}
