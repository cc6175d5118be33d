import { actionAnnouncement } from '../messages/action-announcement.ts';
import { targetLabel } from '../messages/content-labels.ts';
import { resolveLocale } from '../model/localized-text.ts';
import type { ActionItem } from './actions.ts';
import type { AppContext } from './context.ts';

/**
 * Tells the team, in its channel, about an action just made, so the team
 * sees it where it talks. A team without a channel (a hand-made list) hears
 * of it from the dashboard only. A failed post is logged and does not undo
 * the action: it is made, and the list shows it.
 */
export async function announceAction(ctx: AppContext, action: ActionItem): Promise<void> {
  const team = await ctx.db.team.findUnique({
    where: { id: action.teamId },
    select: { channelId: true, organization: { select: { defaultLocale: true } } },
  });
  if (!team?.channelId) return;
  const locale = resolveLocale(team.organization.defaultLocale);
  const message = actionAnnouncement(
    {
      title: action.title,
      targetLabel: targetLabel(ctx.bank, action.target, locale),
      owner: action.owner?.displayName ?? '',
      dueOn: action.dueOn,
    },
    ctx.settings.defaultTimeZone,
    locale,
  );
  try {
    await ctx.platform.post({ organizationId: action.organizationId, channelId: team.channelId }, message);
  } catch (error) {
    ctx.log.warn({ err: error, actionId: action.id }, 'actions: the team’s channel was not told');
  }
}
