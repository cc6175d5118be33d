import type { Activity } from '@microsoft/teams.api';
import { ANSWER_REFUSALS, notice } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import { invokeMessage, refreshedCard, type TeamsActivityResult } from '../receiver/activity-handler.ts';
import { teamsPhrase } from '../render/feature-reach.ts';
import { renderActionForm } from '../render/action-form.ts';
import { renderNotice } from '../render/notice.ts';
import { renderNudgePost } from '../render/nudge-post.ts';
import { renderPulseCard } from '../render/pulse-card.ts';
import { ACTION_FORM_INPUT, parseExecuteTap, VERB } from '../render/verbs.ts';
import { refusal, senderOf, type TeamsHandlerDeps } from './deps.ts';

/**
 * A tap on a card's `Action.Execute`: stored through the same use cases as
 * every platform, as the person who tapped, and answered in the invoke
 * response: the card as it looks now (an answer, nudge feedback), the
 * action form and then what was made (both seen only by the one who
 * tapped), or a message beside the unchanged card (a comment's thanks, an
 * action's check-in, a refusal).
 */
export async function answerCardAction(
  deps: TeamsHandlerDeps,
  activity: Activity,
  tenantId: string,
): Promise<TeamsActivityResult> {
  const value = 'value' in activity ? activity.value : undefined;
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const person = await senderOf(deps, activity, tenantId);
  const locale = person?.locale ?? deps.defaultLocale;
  const tap = parseExecuteTap(action?.verb, action?.data);
  const say = (told: Notice) => invokeMessage(teamsPhrase(told.text, told.locale));
  if (!tap || !person) return say(notice(tap ? 'not-member' : 'link-expired', locale));
  try {
    switch (tap.verb) {
      case VERB.answer: {
        const card = await deps.services.recordAnswer({
          personId: person.id,
          token: tap.data.t,
          statementId: tap.data.s,
          value: tap.data.v,
        });
        return refreshedCard(renderPulseCard(card));
      }
      case VERB.comment:
        return say(
          await deps.services.recordComment({
            personId: person.id,
            token: tap.data.t,
            text: tap.data.comment ?? '',
            ...(tap.data.allowReplies ? { allowReplies: tap.data.allowReplies === 'true' } : {}),
          }),
        );
      case VERB.relayReply:
        return say(await deps.services.replyToComment(person.id, tap.data.i, tap.data[tap.data.n] ?? ''));
      case VERB.relayAnswer:
        return say(await deps.services.answerOnThread(person.id, tap.data.i, tap.data[tap.data.n] ?? ''));
      case VERB.nudgeDidThis:
      case VERB.nudgeNotForUs: {
        const post = await deps.services.recordNudgeFeedback({
          postId: tap.data.p,
          personId: person.id,
          kind: tap.verb === VERB.nudgeDidThis ? 'did-this' : 'not-for-us',
        });
        return refreshedCard(renderNudgePost(post));
      }
      case VERB.erase:
        return say(await deps.services.confirmErasure(person.id, tap.data.p));
      case VERB.actionForm:
        return refreshedCard(renderActionForm(await deps.services.actionForm(person.id, tap.data.p)));
      case VERB.actionCreate: {
        const made = await deps.services.createAction({
          actorId: person.id,
          ...(tap.data.p
            ? { nudgePostId: tap.data.p }
            : {
                teamId: tap.data.team ?? '',
                target: { kind: 'element' as const, key: tap.data[ACTION_FORM_INPUT.target] ?? '' },
              }),
          title: tap.data[ACTION_FORM_INPUT.title] ?? '',
          owner: { platformUserId: tap.data[ACTION_FORM_INPUT.owner] ?? '' },
          dueOn: tap.data[ACTION_FORM_INPUT.due] ?? '',
        });
        return refreshedCard(renderNotice(made));
      }
      case VERB.actionDone:
      case VERB.actionWorking:
        return say(
          await deps.services.answerCheckIn(
            person.id,
            tap.data.a,
            tap.verb === VERB.actionDone ? 'done' : 'working',
          ),
        );
    }
  } catch (error) {
    return say(refusal(deps, error, person.locale, tap.verb === VERB.answer ? ANSWER_REFUSALS : {}));
  }
}
