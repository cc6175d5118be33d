import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { PulseCard } from '../../../src/messages/types.ts';
import { notice } from '../../../src/messages/index.ts';
import { ANSWER_ACTION, decodeAnswerValue } from '../render/action-ids.ts';
import { renderPulseCard } from '../render/pulse-card.ts';
import { ANSWER_REFUSALS } from './refusals.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

/**
 * An answer button: the answer is stored first, then the click is
 * acknowledged, then the card is updated in place with what the use case
 * returned. A refused answer (round closed, stale token) becomes an
 * ephemeral message saying why.
 */
export function registerAnswerAction(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(ANSWER_ACTION, async ({ ack, body, action, context }) => {
    const teamId = body.user.team_id ?? body.team?.id;
    const auth = authFrom(context, teamId);
    const channel = body.channel?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    const locale = person?.locale ?? deps.defaultLocale ?? 'en';
    const value = decodeAnswerValue(action.value);
    if (!value || !person) {
      await ack();
      await tellEphemeral(
        deps,
        auth,
        channel,
        body.user.id,
        notice(value ? 'not-member' : 'link-expired', locale),
      );
      return;
    }

    let card: PulseCard;
    try {
      card = await deps.services.recordAnswer({
        personId: person.id,
        token: value.t,
        statementId: value.s,
        value: value.v,
      });
    } catch (error) {
      await ack();
      await tellEphemeral(
        deps,
        auth,
        channel,
        body.user.id,
        refusal(deps, error, person.locale, ANSWER_REFUSALS),
      );
      return;
    }
    await ack();

    const ts = body.message?.ts;
    if (!channel || !ts) return;
    try {
      await deps.api.call(
        auth,
        'chat.update',
        { channel, ts, ...renderPulseCard(card) },
        { interactive: true },
      );
    } catch (error) {
      // The answer is stored; only the card is stale. The next click re-renders it.
      deps.log.warn({ err: error }, 'slack: could not update the pulse card after an answer');
    }
  });
}
