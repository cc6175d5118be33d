import { resolveLocale } from '../../model/index.ts';
import type { AppContext } from '../context.ts';
import { orgReportFor } from './org-report.ts';
import { addressOf } from '../conversations.ts';

/** Every HR person of the organisation gets the organisation report by DM. */
export async function sendHrDigest(ctx: AppContext, organizationId: string, now: Date): Promise<void> {
  const hr = await ctx.db.person.findMany({
    where: { organizationId, isHr: true, active: true, optedOut: false },
  });
  for (const person of hr) {
    const report = await orgReportFor(
      ctx,
      organizationId,
      {
        id: person.id,
        locale: resolveLocale(person.locale),
      },
      now,
    );
    // Before any round has closed there is nothing to send: no weekly "nothing yet" in HR's DMs.
    // Asking for the report (the dashboard, the report feature in chat) says when the first results are expected.
    if (report.kind === 'notice') continue;
    await ctx.platform.sendDirect(addressOf(person), report);
  }
}
