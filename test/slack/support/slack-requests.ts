import { signSlackRequest } from '../../../adapters/slack/http/verify-signature.ts';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
/** Our app's id, as auth.test and the OAuth install name it. */
export const APP_ID = 'A0APP';

/** Headers Slack would send: signature over `v0:{timestamp}:{body}`. */
export function signedHeaders(
  body: string,
  contentType: string,
  options: { timestamp?: number; secret?: string; retryNum?: number } = {},
): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body),
    ...(options.retryNum === undefined
      ? {}
      : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }),
  };
}

export function formBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for one button click in a DM, shaped like Slack's. */
export function buttonClick(options: {
  actionId: string;
  value: string;
  user?: string;
  channel?: string;
  ts?: string;
  container?: Record<string, unknown>;
  view?: Record<string, unknown>;
}) {
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U_ANN', username: 'ann', name: 'ann', team_id: 'T0001' },
    api_app_id: 'A0APP',
    token: 'verification-token-unused',
    container: options.container ?? {
      type: 'message',
      message_ts: options.ts ?? '1700000000.000100',
      channel_id: options.channel ?? 'D0ANN',
      is_ephemeral: false,
    },
    trigger_id: '1234567890123.1234567890.abcdef0123456789',
    team: { id: 'T0001', domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    ...(options.view
      ? { view: options.view }
      : {
          channel: { id: options.channel ?? 'D0ANN', name: 'directmessage' },
          message: { type: 'message', ts: options.ts ?? '1700000000.000100', text: 'pulse', bot_id: 'B0BOT' },
        }),
    response_url: 'https://hooks.slack.com/actions/T0001/1/abc',
    actions: [
      {
        action_id: options.actionId,
        block_id: 'pulse:answers:0:0',
        text: { type: 'plain_text', text: 'Agree', emoji: true },
        value: options.value,
        type: 'button',
        action_ts: '1700000001.000200',
      },
    ],
  };
}

/** An Events API callback, shaped like Slack's. */
export function eventCallback(event: Record<string, unknown>, eventId = 'Ev0001', appId = 'A0APP') {
  return {
    token: 'verification-token-unused',
    team_id: 'T0001',
    api_app_id: appId,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [
      { enterprise_id: null, team_id: 'T0001', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

export function slashCommand(text: string, user = 'U_ANN'): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: 'someone',
    command: '/pulse',
    text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0001/1/xyz',
    trigger_id: '1234567890123.1234567890.abcdef',
  }).toString();
}

/** A modal's view_submission by `user`, its inputs' `values` as Slack nests them (block id, then action id). */
export function viewSubmission(options: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  user?: string;
}) {
  const user = options.user ?? 'U_ANN';
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0APP',
    token: 'unused',
    trigger_id: '1.2.3',
    view: {
      id: 'V0001',
      team_id: 'T0001',
      type: 'modal',
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      hash: '1.abc',
      state: { values: options.values },
      blocks: [],
      title: { type: 'plain_text', text: 'Modal' },
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
