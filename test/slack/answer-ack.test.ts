import './support/node20.ts';
import { describe, expect, it } from 'vitest';
import { answerActionId, encodeAnswerValue } from '../../adapters/slack/render/action-ids.ts';
import { TOKEN } from './fixtures.ts';
import { eventually, useHarness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

// The receiver's own fallback answer is out of reach here: only the listener's ack can answer in time.
const suite = useHarness({ ackTimeoutMs: 600_000 });

describe('an answer click', () => {
  it('is acknowledged once its answer is stored, before the card is built, and the card follows', async () => {
    const order: string[] = [];
    let answered = false;
    const original = suite.harness.receiver.handle.bind(suite.harness.receiver);
    suite.harness.receiver.handle = async (request) => {
      const response = await original(request);
      order.push('acked');
      answered = true;
      return response;
    };
    suite.slack.on('chat.update', () => {
      order.push('card updated');
      return undefined;
    });
    const recordAnswer = suite.harness.services.recordAnswer.bind(suite.harness.services);
    suite.harness.services.recordAnswer = (input, options) =>
      recordAnswer(input, {
        onStored: async () => {
          order.push('stored');
          await options?.onStored?.();
        },
      }).then(async (card) => {
        // The card is not ready until Slack has had its answer.
        await eventually(() => answered, 20_000);
        order.push('card built');
        return card;
      });

    const body = formBody(
      buttonClick({
        actionId: answerActionId(1, 3),
        value: encodeAnswerValue({ t: TOKEN, s: 'lead.role-model', v: 4 }),
      }),
    );
    const response = await suite.harness.post(body, 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    await eventually(() => suite.slack.callsTo('chat.update').length === 1, 20_000);
    expect(order).toEqual(['stored', 'acked', 'card built', 'card updated']);
    expect(suite.harness.services.answers).toHaveLength(1);
  });
});
