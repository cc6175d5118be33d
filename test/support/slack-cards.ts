import { signSlackRequest } from '../../adapters/slack/http/verify-signature.ts';
import { APP_ID } from './slack-workspace-standin.ts';

/**
 * Pulse cards as the workspace stand-in saw them posted, and the signed
 * clicks Slack would send when someone taps one of their buttons (the
 * buttons carry the card tokens the ledger never stores).
 */
export interface PostedCard {
  readonly user: string;
  readonly channel: string;
  readonly ts: string;
  /** One answer button per statement on the card. */
  readonly buttons: readonly { readonly actionId: string; readonly value: string }[];
}

/**
 * The card in a posted DM, or undefined when it has no answer buttons (a
 * reminder, a report). Which option of each statement is tapped spreads with
 * `index`, the same on every run.
 */
export function cardOf(
  post: { channel: string; ts: string; blocks?: string },
  index: number,
): PostedCard | undefined {
  const blocks = JSON.parse(post.blocks ?? '[]') as {
    type: string;
    elements?: { action_id?: string; value?: string }[];
  }[];
  const byItem = new Map<string, { actionId: string; value: string }[]>();
  for (const element of blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))) {
    const item = /^pulse:answer:(\d+):\d+$/.exec(element.action_id ?? '')?.[1];
    if (item === undefined) continue;
    byItem.set(item, [
      ...(byItem.get(item) ?? []),
      { actionId: element.action_id ?? '', value: element.value ?? '' },
    ]);
  }
  if (byItem.size === 0) return undefined;
  const buttons = [...byItem.values()].map((options, item) => options[(index + item) % options.length]!);
  return { user: `U${post.channel.slice(1)}`, channel: post.channel, ts: post.ts, buttons };
}

export interface ClickOptions {
  readonly teamId: string;
  readonly signingSecret: string;
  /** Where the bot answers the click (the stand-in's `responseUrl`). */
  readonly responseUrl: string;
}

/** A block_actions click on one button of a card, signed as Slack signs it at the current time. */
export function signedClick(
  card: PostedCard,
  button: PostedCard['buttons'][number],
  options: ClickOptions,
): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    payload: JSON.stringify(clickPayload(card, button, options)),
  }).toString();
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackRequest(options.signingSecret, timestamp, body),
    },
  };
}

/** A block_actions payload for one button click in a DM, shaped like Slack's. */
function clickPayload(card: PostedCard, button: PostedCard['buttons'][number], options: ClickOptions) {
  return {
    type: 'block_actions',
    user: { id: card.user, username: card.user, name: card.user, team_id: options.teamId },
    api_app_id: APP_ID,
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: card.ts, channel_id: card.channel, is_ephemeral: false },
    trigger_id: '1234567890123.1234567890.abcdef0123456789',
    team: { id: options.teamId, domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: card.channel, name: 'directmessage' },
    message: { type: 'message', ts: card.ts, text: 'pulse', bot_id: 'B0BOT' },
    response_url: options.responseUrl,
    actions: [
      {
        action_id: button.actionId,
        block_id: 'pulse:answers',
        text: { type: 'plain_text', text: 'Agree', emoji: true },
        value: button.value,
        type: 'button',
        action_ts: `${card.ts}1`,
      },
    ],
  };
}
