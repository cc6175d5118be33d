import type { SlackWebApi } from './web-api/slack-web-api.ts';

/**
 * The id of the app a bot token belongs to, asked of Slack once: auth.test
 * names it for bot tokens (`app_id`); where it does not, bots.info on the
 * bot id auth.test gave does (`bot.app_id`, users:read). A failed look-up is
 * asked again on the next request rather than remembered, and until it
 * succeeds no request is processed: without our app id a request for another
 * app cannot be told apart.
 */
export function ownAppId(api: SlackWebApi, botToken: string): () => Promise<string> {
  let known: Promise<string> | undefined;
  const auth = { teamId: 'single-workspace', botToken };
  const lookUp = async (): Promise<string> => {
    const identity = await api.call(auth, 'auth.test', {});
    if (typeof identity.app_id === 'string') return identity.app_id;
    const bot = await api.call(auth, 'bots.info', { bot: String(identity.bot_id ?? '') });
    const appId = (bot.bot as { app_id?: unknown } | undefined)?.app_id;
    if (typeof appId !== 'string') throw new Error('slack: neither auth.test nor bots.info named our app id');
    return appId;
  };
  return () => {
    known ??= lookUp().catch((error: unknown) => {
      known = undefined;
      throw error;
    });
    return known;
  };
}
