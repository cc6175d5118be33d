import './support/node20.ts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { answerActionId, encodeAnswerValue } from '../../adapters/slack/render/action-ids.ts';
import { TOKEN } from './fixtures.ts';
import { eventually, useHarness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

// The receiver's own fallback answer and a card's longest wait are out of reach here: only acks move things on.
const suite = useHarness({ ackTimeoutMs: 600_000, afterAckMaxWaitMs: 600_000 });

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

  it('updates a card only once clicks that arrived meanwhile are acknowledged too', async () => {
    const order: string[] = [];
    let releaseSecond: () => void = () => undefined;
    const secondStored = new Promise<void>((resolve) => {
      releaseSecond = resolve;
    });
    // A failed expectation must not leave the listener waiting: the harness waits for it to close.
    onTestFinished(() => releaseSecond());
    suite.slack.on('chat.update', (params) => {
      order.push(`card ${String(params.ts)} updated`);
      return undefined;
    });
    const recordAnswer = suite.harness.services.recordAnswer.bind(suite.harness.services);
    suite.harness.services.recordAnswer = async (input, options) => {
      // The second click's answer takes its time to store: its acknowledgement is still due.
      if (input.statementId === 'lead.listens') await secondStored;
      return recordAnswer(input, options);
    };
    const click = (statementId: string, ts: string) =>
      suite.harness
        .post(
          formBody(
            buttonClick({
              actionId: answerActionId(1, 3),
              value: encodeAnswerValue({ t: TOKEN, s: statementId, v: 4 }),
              ts,
            }),
          ),
          'application/x-www-form-urlencoded',
        )
        .then((response) => {
          order.push(`click ${ts} acknowledged`);
          return response;
        });

    const second = click('lead.listens', '2.0');
    await eventually(() => suite.harness.receiver.acknowledgements.pending === 1, 20_000);
    const first = await click('lead.role-model', '1.0');
    expect(first.status).toBe(200);
    // Long enough for the first card to have gone out, had it not waited.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual(['click 1.0 acknowledged']);

    releaseSecond();
    expect((await second).status).toBe(200);
    await eventually(() => suite.slack.callsTo('chat.update').length === 2, 20_000);
    expect(order.slice(0, 2)).toEqual(['click 1.0 acknowledged', 'click 2.0 acknowledged']);
    expect(order.slice(2).sort()).toEqual(['card 1.0 updated', 'card 2.0 updated']);
  });
});
