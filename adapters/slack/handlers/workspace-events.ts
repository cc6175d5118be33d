import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { SlackHandlerDeps } from './deps.ts';

/**
 * Duplicate Events API deliveries (Slack retries with X-Slack-Retry-Num, or
 * delivers twice) are acknowledged and go no further. Runs as global
 * middleware, so it covers HTTP and Socket Mode alike; Bolt has already acked
 * the event by then. If the check itself fails, the event is processed
 * (at least once rather than never).
 */
export function registerEventDedupe(app: App, deps: SlackHandlerDeps): void {
  app.use(async ({ body, next, context }) => {
    const { type, event_id: eventId } = body as AnyMiddlewareArgs['body'] & {
      type?: unknown;
      event_id?: unknown;
    };
    if (type === 'event_callback' && typeof eventId === 'string') {
      let seen = false;
      try {
        seen = await deps.seenEvent(eventId);
      } catch (error) {
        deps.log.warn({ err: error, eventId }, 'slack: could not check for a duplicate event; processing it');
      }
      if (seen) {
        deps.log.info({ eventId, retryNum: context.retryNum }, 'slack: duplicate event delivery skipped');
        return;
      }
    }
    await next();
  });
}

/**
 * A member joined or left a team's channel: the team's members are listed
 * again and synced. Several changes to one channel at once cost one sync
 * more at most.
 */
export function registerMembershipEvents(app: App, deps: SlackHandlerDeps): void {
  const running = new Map<string, { again: boolean }>();
  const sync = async (teamId: string | undefined, channel: string): Promise<void> => {
    if (!teamId) return;
    const organizationId = await deps.resolveOrganization(teamId);
    if (!organizationId) return;
    const pulseTeam = await deps.teamForChannel(organizationId, channel);
    if (!pulseTeam) return;
    const key = `${organizationId}/${channel}`;
    const current = running.get(key);
    if (current) {
      current.again = true;
      return;
    }
    const state = { again: true };
    running.set(key, state);
    try {
      while (state.again) {
        state.again = false;
        const members = await deps.platform.listMembers({
          organizationId,
          source: 'channel',
          sourceId: channel,
        });
        const result = await deps.services.syncTeamMembers(pulseTeam, members);
        deps.log.info({ team: pulseTeam, ...result }, 'slack: team members synced');
      }
    } finally {
      running.delete(key);
    }
  };
  app.event('member_joined_channel', async ({ event, body }) => sync(body.team_id, event.channel));
  app.event('member_left_channel', async ({ event, body }) => sync(body.team_id, event.channel));
}

/**
 * The app was uninstalled, or its bot token revoked: the bot's caller deletes
 * the installation, and sends to the workspace stop (they fail permanently
 * once no token resolves). Revoked *user* tokens are ignored: the bot has none.
 */
export function registerLifecycleEvents(app: App, deps: SlackHandlerDeps): void {
  app.event('app_uninstalled', async ({ body }) => {
    await deps.onUninstalled({
      reason: 'app_uninstalled',
      teamId: body.team_id,
      enterpriseId: body.enterprise_id,
    });
  });
  app.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await deps.onUninstalled({
      reason: 'tokens_revoked',
      teamId: body.team_id,
      enterpriseId: body.enterprise_id,
    });
  });
}
