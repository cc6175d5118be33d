import { DateTime } from 'luxon';
import { z } from 'zod';
import { periodKey } from '../../core/index.ts';
import { resolveLocale } from '../../model/index.ts';
import type { AppContext } from '../context.ts';
import { enqueueJobs } from '../jobs/queue.ts';
import { defineJob } from '../jobs/runner.ts';
import { orgReportFor } from './org-report.ts';

export const HR_DIGEST = 'hr-digest';

/**
 * Once a week, on Monday at 09:00 in the organisation's zone, every HR
 * person gets the organisation report by DM. One job per organisation and
 * week, so the digest goes once however many replicas tick.
 */
export async function enqueueHrDigests(ctx: AppContext, now: Date): Promise<void> {
  const orgs = await ctx.db.organization.findMany({ select: { id: true, timeZone: true } });
  const due = orgs.flatMap((org) => {
    const local = DateTime.fromJSDate(now, { zone: org.timeZone });
    const monday = local.startOf('week').set({ hour: 9 });
    if (local < monday) return [];
    return [
      {
        kind: HR_DIGEST,
        key: `${org.id}/${periodKey(now, 'week', org.timeZone)}`,
        payload: { organizationId: org.id },
        runAt: monday.toJSDate(),
      },
    ];
  });
  await enqueueJobs(ctx.db, due);
}

export const hrDigestJob = defineJob({
  kind: HR_DIGEST,
  payload: z.object({ organizationId: z.string() }),
  async handle(ctx, { organizationId }) {
    const hr = await ctx.db.person.findMany({
      where: { organizationId, isHr: true, active: true, optedOut: false },
    });
    for (const person of hr) {
      const report = await orgReportFor(ctx, organizationId, {
        id: person.id,
        locale: resolveLocale(person.locale),
      });
      // Before any round has closed there is nothing to send: no weekly "nothing yet" in HR's DMs.
      // Asking for the report (the dashboard, the report feature in chat) says when the first results are expected.
      if (report.kind === 'notice') continue;
      await ctx.platform.sendDirect({ organizationId, platformUserId: person.platformUserId }, report);
    }
  },
});
