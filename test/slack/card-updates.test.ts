import './support/node20.ts';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PulseError } from '../../src/errors.ts';
import { notice } from '../../src/messages/index.ts';
import {
  ACTION,
  answerActionId,
  decodeAnswerValue,
  encodeAnswerValue,
} from '../../adapters/slack/render/action-ids.ts';
import { TOKEN } from './fixtures.ts';
import { eventually, useHarness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';

const suite = useHarness();

const answerClick = (value: number | null = 4, statementId = 'lead.role-model') =>
  formBody(
    buttonClick({
      actionId: answerActionId(1, 3),
      value: encodeAnswerValue({ t: TOKEN, s: statementId, v: value }),
    }),
  );

describe('card updates and refusals that reach the person', () => {
  /** The click's response_url, answering after `delayMs` like a slow network; records what it got. */
  const responseUrl = (delayMs: number) => {
    const received: {
      replace_original?: boolean;
      response_type?: string;
      blocks?: unknown[];
      text?: string;
    }[] = [];
    nock('https://hooks.slack.com')
      .persist()
      .post('/actions/T0001/1/abc')
      .reply(async (request: Request): Promise<nock.ReplyFnResult> => {
        received.push((await request.json()) as (typeof received)[number]);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return [200, 'ok'];
      });
    return received;
  };
  const selectedValues = (blocks: unknown[] | undefined) =>
    ((blocks ?? []) as { type: string; elements?: { style?: string; value?: string }[] }[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? [])
      .filter((button) => button.style === 'primary')
      .map((button) => decodeAnswerValue(button.value)?.v);

  it('replaces the card through the click’s response_url, and rapid clicks end on the last choice', async () => {
    const received = responseUrl(300);
    for (const value of [1, 2, 3, 4, 5])
      expect((await suite.harness.post(answerClick(value), FORM)).status).toBe(200);
    await eventually(() => selectedValues(received.at(-1)?.blocks).includes(5));
    // The first update was on its way while the others came in: only the newest of those followed it.
    expect(received.length).toBeLessThan(5);
    expect(received.every((body) => body.replace_original === true)).toBe(true);
    expect(suite.slack.callsTo('chat.update')).toEqual([]);
  });

  it('tells someone who is not in the channel why, by DM, when Slack cannot show them an ephemeral', async () => {
    suite.harness.services.answerError = new PulseError('round_closed', 'closed');
    suite.slack.on('chat.postEphemeral', () => [200, { ok: false, error: 'user_not_in_channel' }]);
    await suite.harness.post(answerClick(), FORM);
    await eventually(() => suite.slack.callsTo('chat.postMessage').length === 1);
    expect(suite.slack.callsTo('chat.postMessage')[0]?.params).toMatchObject({
      channel: 'U_ANN',
      text: notice('round-closed', 'en').text,
    });
  });

  it('answers nudge feedback from someone outside the team with what happened, not the reports message', async () => {
    const received = responseUrl(0);
    suite.harness.services.recordNudgeFeedback = async () => {
      throw new PulseError('not_team_member', 'Only members of this team can give feedback on its nudges.');
    };
    const click = buttonClick({ actionId: ACTION.nudgeDidThis, value: 'nudge-post-1', channel: 'C0TEAM' });
    await suite.harness.post(formBody(click), FORM);
    await eventually(() => received.length === 1);
    expect(received[0]).toMatchObject({ response_type: 'ephemeral', text: notice('not-in-team', 'en').text });
  });
});
