import type { Activity } from '@microsoft/teams.api';
import type { TeamsActivityHandler, TeamsTurnContext } from '../receiver/activity-handler.ts';
import type { TenantDirectory } from '../platform/tenant-directory.ts';
import { answerCardAction } from './card-action.ts';
import type { TeamsHandlerDeps } from './deps.ts';
import { answerTypedMessage } from './typed-command.ts';
import { referenceData } from '../platform/teams-address.ts';
import { senderReference, senderWhereabouts } from './whereabouts.ts';

/**
 * Every verified activity, to its use case. The tenant's serviceUrl is
 * kept from each one; the app added to or removed from a team connects the
 * tenant and resumes, or stops, the pulse teams of that team; whatever a
 * person sends refreshes how to reach them; typed messages are commands (a
 * redelivered one is answered once) and card taps are answers. Nothing here
 * fans out: a team's members changed queues its pulse teams' syncs, and
 * sends run in the job queue.
 */
export function routeActivity(deps: TeamsHandlerDeps, tenants: TenantDirectory): TeamsActivityHandler {
  return async (activity, context) => {
    const tenantId = context.tenantId;
    if (!tenantId) return undefined;
    tenants.remember(tenantId, context.serviceUrl);
    const change = installChange(activity);
    if (change?.lifecycle === 'removed') {
      await deps.platformServices.groupRemoved(tenantId, change.team, 'app_removed_from_team');
      return undefined;
    }
    if (change?.lifecycle === 'added' || (await reconnects(deps, activity, tenantId))) {
      await deps.platformServices.connected({
        externalId: tenantId,
        ...(activity.from?.id ? { installedBy: activity.from.id } : {}),
      });
      const team = change?.team ?? activity.channelData?.team?.id;
      if (team) await deps.platformServices.groupAdded(tenantId, team);
    }
    await rememberSender(deps, activity, { ...context, tenantId });
    if (activity.type === 'conversationUpdate') await membersChanged(deps, activity, tenantId);
    if (activity.type === 'message' && (await firstDelivery(deps, activity))) {
      return answerTypedMessage(deps, activity, { ...context, tenantId });
    }
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      return answerCardAction(deps, activity, tenantId);
    }
    return undefined;
  };
}

/**
 * The app added to or removed from a team, and which team (its id, also its
 * General channel's conversation id): an installationUpdate in a team's
 * scope, or the bot among a team's members added or removed. Installs and
 * removals in one person's chat change nothing for the tenant.
 */
function installChange(activity: Activity): { lifecycle: 'added' | 'removed'; team: string } | undefined {
  const team = activity.channelData?.team?.id;
  if (!team) return undefined;
  if (activity.type === 'installationUpdate') {
    if (activity.action?.startsWith('add')) return { lifecycle: 'added', team };
    if (activity.action?.startsWith('remove')) return { lifecycle: 'removed', team };
  }
  if (activity.type === 'conversationUpdate') {
    const bot = activity.recipient?.id;
    if (activity.membersRemoved?.some((member) => member.id === bot)) return { lifecycle: 'removed', team };
    if (activity.membersAdded?.some((member) => member.id === bot)) return { lifecycle: 'added', team };
  }
  return undefined;
}

/**
 * A message typed in a team's channel while the tenant counts as removed
 * (the app left the last team that ran a pulse): Teams delivers it only
 * because the app is in that team, so the tenant is connected again, and an
 * admin's `team add` there works without adding the app anew.
 */
async function reconnects(deps: TeamsHandlerDeps, activity: Activity, tenantId: string): Promise<boolean> {
  if (activity.type !== 'message' || activity.conversation.conversationType !== 'channel') return false;
  const organizationId = await deps.platformServices.organizationOf(tenantId);
  return organizationId !== undefined && !(await deps.platformServices.isConnected(organizationId));
}

async function rememberSender(
  deps: TeamsHandlerDeps,
  activity: Activity,
  context: TeamsTurnContext & { tenantId: string },
): Promise<void> {
  const from = activity.from?.id;
  // People have 29: ids in Teams; 28: is a bot (ours, in updates about it).
  if (!from || from.startsWith('28:')) return;
  const organizationId = await deps.platformServices.organizationOf(context.tenantId);
  if (!organizationId) return;
  const tenant = { serviceUrl: context.serviceUrl, tenantId: context.tenantId };
  await deps.platformServices.rememberConversation(
    { organizationId, platformUserId: from },
    referenceData(senderReference(activity, tenant)),
    senderWhereabouts(activity),
  );
}

/**
 * People added to or removed from a team: every pulse team of that team
 * (registered in any of its channels, or on the team itself) is synced on
 * the next tick.
 */
async function membersChanged(deps: TeamsHandlerDeps, activity: Activity, tenantId: string): Promise<void> {
  if (activity.type !== 'conversationUpdate') return;
  const team = activity.channelData?.team?.id;
  const people = [...(activity.membersAdded ?? []), ...(activity.membersRemoved ?? [])].filter(
    (member) => member.id !== activity.recipient.id,
  );
  if (!team || people.length === 0) return;
  const organizationId = await deps.platformServices.organizationOf(tenantId);
  if (organizationId) await deps.platformServices.membersChanged(organizationId, team);
}

/** Teams sends a message again when the bot was slow to answer; its id is unique in its conversation. */
async function firstDelivery(deps: TeamsHandlerDeps, activity: Activity): Promise<boolean> {
  if (!activity.id) return true;
  return deps.platformServices.firstDelivery('message', `${activity.conversation.id}/${activity.id}`);
}
