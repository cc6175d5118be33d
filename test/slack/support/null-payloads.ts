import { ACTION, answerActionId, encodeAnswerValue } from '../../../adapters/slack/render/action-ids.ts';
import { TOKEN } from '../fixtures.ts';
import { buttonClick, eventCallback } from './slack-requests.ts';

/**
 * Signed-payload shapes every Slack listener relies on, and the fields
 * whose loss must be refused rather than crash: shared by the HTTP and
 * Socket Mode tests and the privacy bench.
 */

export type Payload = Record<string, unknown>;

/** Every listener kind, with a payload that would be stored or acted on if it were whole. */
export const KINDS: Record<string, { payload: () => Payload; form: 'payload' | 'fields' | 'json' }> = {
  answer: {
    form: 'payload',
    payload: () =>
      buttonClick({
        actionId: answerActionId(0, 3),
        value: encodeAnswerValue({ t: TOKEN, s: 'st-1', v: 4 }),
      }),
  },
  comment: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.comment, value: JSON.stringify({ t: TOKEN }) }),
  },
  nudge: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.nudgeDidThis, value: 'nudge-post-1', channel: 'C0TEAM' }),
  },
  pause: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.pause, value: 'pause' }),
  },
  submission: { form: 'payload', payload: commentSubmission },
  command: {
    form: 'fields',
    payload: () => ({
      team_id: 'T0001',
      channel_id: 'C0GENERAL',
      user_id: 'U_LEE',
      command: '/pulse',
      text: 'report',
      api_app_id: 'A0APP',
      response_url: 'https://hooks.slack.com/commands/T0001/1/xyz',
      trigger_id: '1.2.3',
    }),
  },
  joined: {
    form: 'json',
    payload: () =>
      eventCallback({ type: 'member_joined_channel', user: 'U_ANN', channel: 'C0TEAM', event_ts: '1.2' }),
  },
  revoked: {
    form: 'json',
    payload: () => eventCallback({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: '1.2' }),
  },
  uninstalled: {
    form: 'json',
    payload: () => eventCallback({ type: 'app_uninstalled', event_ts: '1.2' }),
  },
  home: {
    form: 'json',
    payload: () => eventCallback({ type: 'app_home_opened', user: 'U_ANN', tab: 'home', event_ts: '1.2' }),
  },
};

function commentSubmission(): Payload {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U_ANN', username: 'ann', name: 'ann', team_id: 'T0001' },
    api_app_id: 'A0APP',
    trigger_id: '1.2.3',
    view: {
      id: 'V0001',
      type: 'modal',
      callback_id: 'pulse:comment',
      private_metadata: JSON.stringify({ t: TOKEN }),
      state: { values: { comment: { text: { type: 'plain_text_input', value: 'Hello' } } } },
    },
  };
}

/**
 * The paths whose value a listener relies on: each is set to null, then
 * removed. `a+b` changes both: the workspace is `team.id`, else `user.team_id`.
 */
export const FIELDS: Record<string, string[]> = {
  answer: [
    'user',
    'user.id',
    'actions',
    'actions.0',
    'actions.0.action_id',
    'actions.0.value',
    'team+user.team_id',
    'type',
  ],
  comment: ['user', 'user.id', 'actions', 'actions.0', 'actions.0.value', 'team+user.team_id', 'type'],
  nudge: ['user', 'user.id', 'actions', 'actions.0', 'actions.0.value', 'team+user.team_id', 'type'],
  pause: ['user', 'user.id', 'actions', 'actions.0', 'team+user.team_id', 'type'],
  submission: [
    'user',
    'user.id',
    'view',
    'view.state',
    'view.state.values',
    'view.callback_id',
    'view.private_metadata',
    'team+user.team_id',
    'type',
  ],
  command: ['user_id', 'team_id', 'command', 'text', 'channel_id'],
  joined: ['event', 'event.channel', 'event.type', 'team_id', 'type'],
  revoked: ['event', 'event.tokens', 'event.tokens.bot', 'team_id', 'type'],
  uninstalled: ['event', 'event.type', 'team_id', 'type'],
  home: ['event', 'event.user', 'event.type', 'team_id', 'type'],
};

export function mutate(payload: Payload, paths: string, how: 'null' | 'missing'): Payload {
  const copy = structuredClone(payload);
  for (const path of paths.split('+')) change(copy, path, how);
  return copy;
}

function change(copy: Payload, path: string, how: 'null' | 'missing'): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let at: Record<string, unknown> | undefined = copy;
  for (const key of keys) at = at?.[key] as Record<string, unknown> | undefined;
  if (!at) return;
  if (how === 'null') at[last] = null;
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
}

/** Every (kind, field, null-or-missing) case of FIELDS. */
export function nullFieldCases(): { kind: string; path: string; how: 'null' | 'missing' }[] {
  return Object.entries(FIELDS).flatMap(([kind, paths]) =>
    paths.flatMap((path) => (['null', 'missing'] as const).map((how) => ({ kind, path, how }))),
  );
}
