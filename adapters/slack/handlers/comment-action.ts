import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice, t } from '../../../src/messages/index.ts';
import { ACTION, CALLBACK, decodeCommentValue } from '../render/action-ids.ts';
import {
  ALLOW_REPLIES_INPUT,
  COMMENT_INPUT,
  renderCommentModal,
  renderNoticeModal,
} from '../render/comment-modal.ts';
import { slackPhrase } from '../render/feature-reach.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

/**
 * "Add a comment" opens a modal (views.open with the click's trigger_id);
 * its submission is stored with recordComment before the modal is answered,
 * and the modal then shows the notice the use case returned. A refused
 * comment shows its reason under the text field.
 */
export function registerCommentHandlers(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.comment, async ({ ack, body, action, context, respond }) => {
    await ack();
    const teamId = body.user.team_id ?? body.team?.id;
    const auth = authFrom(context, teamId);
    const channel = body.channel?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    const locale = person?.locale ?? deps.defaultLocale ?? 'en';
    const value = decodeCommentValue(action.value);
    if (!value || !person) {
      await tellEphemeral(
        deps,
        auth,
        channel,
        body.user.id,
        notice(value ? 'not-member' : 'link-expired', locale),
        respond,
      );
      return;
    }
    try {
      const card = await deps.services.pulseCard(person.id, value.t);
      const ts = body.message?.ts;
      const view = renderCommentModal(card, channel && ts ? { channel, ts } : undefined);
      await deps.api.call(auth, 'views.open', { trigger_id: body.trigger_id, view }, { interactive: true });
    } catch (error) {
      await tellEphemeral(deps, auth, channel, body.user.id, refusal(deps, error, person.locale), respond);
    }
  });

  app.view(CALLBACK.comment, async ({ ack, body, view }) => {
    const teamId = body.user.team_id ?? body.team?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    const locale = person?.locale ?? deps.defaultLocale ?? 'en';
    const meta = decodeCommentValue(view.private_metadata);
    const text = view.state.values[COMMENT_INPUT.blockId]?.[COMMENT_INPUT.actionId]?.value ?? '';
    const allowReplies = (
      view.state.values[ALLOW_REPLIES_INPUT.blockId]?.[ALLOW_REPLIES_INPUT.actionId]?.selected_options ?? []
    ).some((option) => option.value === ALLOW_REPLIES_INPUT.value);
    const refuse = (message: string) =>
      ack({ response_action: 'errors', errors: { [COMMENT_INPUT.blockId]: message.slice(0, 150) } });
    if (!meta || !person) {
      await refuse(slackPhrase(notice(meta ? 'not-member' : 'link-expired', locale).text, locale));
      return;
    }
    try {
      const saved = await deps.services.recordComment({
        personId: person.id,
        token: meta.t,
        text,
        allowReplies,
      });
      await ack({ response_action: 'update', view: renderNoticeModal(saved, t(locale, 'app.name')) });
    } catch (error) {
      await refuse(slackPhrase(refusal(deps, error, person.locale).text, person.locale));
    }
  });
}
