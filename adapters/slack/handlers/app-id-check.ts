import type { App } from '@slack/bolt';
import type { SlackHandlerDeps } from './deps.ts';

/**
 * Slack sends every app installed in a workspace its own events, and a
 * request says which app it is for in `api_app_id`. A workspace is not an
 * app: `tokens_revoked` or `app_uninstalled` for another app in the same
 * workspace must not remove our installation, and a click on another app's
 * button is not ours to store. Our app id is the installation's `appId`
 * (from oauth.v2.access), or with one bot token what auth.test / bots.info
 * say; it is looked up here rather than in `authorize` because Bolt skips
 * authorize for exactly `tokens_revoked` and `app_uninstalled`. Anything for
 * another app, or naming none, goes no further. Runs first, before duplicate
 * detection.
 */
export function registerAppIdCheck(app: App, deps: SlackHandlerDeps): void {
  app.use(async ({ body, context, next }) => {
    const theirs = (body as { api_app_id?: unknown }).api_app_id;
    let ours: string | undefined;
    try {
      ours = await deps.ownAppId(context.teamId ?? context.enterpriseId);
    } catch (error) {
      deps.log.warn({ err: error }, 'slack: could not look up our app id');
    }
    if (ours === undefined) {
      // No installation, one stored without its app id, or a token Slack refuses (revoked): nothing
      // to compare against, and nothing of another app's to protect.
      deps.log.warn({ teamId: context.teamId }, 'slack: our app id is unknown; request not checked');
    } else if (theirs !== ours) {
      deps.log.warn({ teamId: context.teamId, appId: theirs }, 'slack: request for another app ignored');
      return;
    }
    await next();
  });
}
