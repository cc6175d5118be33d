import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { PulseCard } from '../../../src/messages/types.ts';
import { ANSWER_REFUSALS, notice } from '../../../src/messages/index.ts';
import { ANSWER_ACTION, decodeAnswerValue } from '../render/action-ids.ts';
import { renderPulseCard } from '../render/pulse-card.ts';
import { latestCardUpdates } from './card-updates.ts';
import { authFrom, identifyPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

/**
 * An answer button: the answer is stored first, then the click is
 * acknowledged (before the card is built; nothing before the ack reads more
 * than storing the answer needs), then the card is updated in place
 * with what the use case returned — through the click's response_url (not paced like chat.update),
 * else chat.update; one update per card at a time, the newest wins. Building
 * the card waits while other clicks wait for their acknowledgement
 * (`afterAcknowledgements`), so a burst of clicks is acknowledged first. A
 * refused answer (round closed, someone else's card) is told to the person
 * in their language.
 */
export function registerAnswerAction(app: App, deps: SlackHandlerDeps): void {
  const updates = latestCardUpdates((error) =>
    // The answer is stored; only the card is stale. The next click re-renders it.
    deps.log.warn({ err: error }, 'slack: could not update the pulse card after an answer'),
  );
  app.action<BlockAction<ButtonAction>>(ANSWER_ACTION, async ({ ack, body, action, context, respond }) => {
    const teamId = body.user.team_id ?? body.team?.id;
    const auth = authFrom(context, teamId);
    const channel = body.channel?.id;
    const value = decodeAnswerValue(action.value);
    const organizationId = teamId ? await deps.resolveOrganization(teamId) : undefined;
    // Told in the person's language; only a refused click reads who they are.
    const tellRefused = async (error?: unknown) => {
      const person = await identifyPerson(deps, teamId, body.user.id);
      const locale = person?.locale ?? deps.defaultLocale ?? 'en';
      const reason =
        !value || !person
          ? notice(value ? 'not-member' : 'link-expired', locale)
          : refusal(deps, error, person.locale, ANSWER_REFUSALS);
      await tellEphemeral(deps, auth, channel, body.user.id, reason, respond);
    };
    if (!value || !organizationId) {
      await ack();
      await tellRefused();
      return;
    }

    // Acknowledged the moment the answer is stored: the card is built after, well inside Slack's 3 s.
    let acked = false;
    const acknowledge = async () => {
      if (acked) return;
      acked = true;
      await ack();
    };
    let card: PulseCard;
    try {
      // The card's own person is checked against the clicker in the statement that finds the card.
      card = await deps.services.recordAnswer(
        {
          address: { organizationId, platformUserId: body.user.id },
          token: value.t,
          statementId: value.s,
          value: value.v,
        },
        {
          onStored: async () => {
            await acknowledge();
            // The card waits while other clicks wait for their acknowledgement.
            await deps.afterAcknowledgements?.();
          },
        },
      );
    } catch (error) {
      if (acked) {
        // Stored and acknowledged; only the card could not be built. The next click re-renders it.
        deps.log.warn({ err: error }, 'slack: could not build the pulse card after an answer');
        return;
      }
      await acknowledge();
      await tellRefused(error);
      return;
    }
    await acknowledge();

    const ts = body.message?.ts;
    if (!channel || !ts) return;
    const responseUrl = body.response_url as string | undefined;
    updates(`${auth.teamId}/${channel}/${ts}`, async () => {
      const rendered = renderPulseCard(card);
      if (responseUrl) {
        try {
          await deps.api.respond(responseUrl, { replace_original: true, ...rendered });
          return;
        } catch {
          // Expired or used up (five replies per click): the Web API still reaches the message.
        }
      }
      await deps.api.call(auth, 'chat.update', { channel, ts, ...rendered }, { interactive: true });
    });
  });
}
