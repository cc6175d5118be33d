import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice, t } from '../../../src/messages/index.ts';
import { relayForm } from '../../../src/messages/relay-message.ts';
import { ACTION, CALLBACK, RELAY_REPLY_ACTION } from '../render/action-ids.ts';
import { renderNoticeModal } from '../render/comment-modal.ts';
import { RELAY_INPUT, renderRelayModal } from '../render/relay.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

type Verb = 'reply' | 'answer';

/**
 * An anonymous conversation about a comment: a leader's "Reply" under a
 * released comment and the writer's "Answer" under a relayed message each
 * open a form (views.open); its submission goes to the use case, which
 * passes the message on by DM, and the form then shows what the use case
 * said. The button's value is an opaque id; who may use it is checked there.
 */
export function registerRelayHandlers(app: App, deps: SlackHandlerDeps): void {
  for (const verb of ['reply', 'answer'] as const) {
    const actionId = verb === 'reply' ? RELAY_REPLY_ACTION : ACTION.relayAnswer;
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, context, respond }) => {
      await ack();
      const teamId = body.user.team_id ?? body.team?.id;
      const auth = authFrom(context, teamId);
      const person = await findPerson(deps, teamId, body.user.id);
      const locale = person?.locale ?? deps.defaultLocale ?? 'en';
      if (!person || !action.value) {
        await tellEphemeral(
          deps,
          auth,
          body.channel?.id,
          body.user.id,
          notice('not-member', locale),
          respond,
        );
        return;
      }
      const view = renderRelayModal(verb, action.value, relayForm(person.locale, verb));
      await deps.api.call(auth, 'views.open', { trigger_id: body.trigger_id, view }, { interactive: true });
    });
    app.view(verb === 'reply' ? CALLBACK.relayReply : CALLBACK.relayAnswer, async ({ ack, body, view }) => {
      const teamId = body.user.team_id ?? body.team?.id;
      const person = await findPerson(deps, teamId, body.user.id);
      const locale = person?.locale ?? deps.defaultLocale ?? 'en';
      const text = view.state.values[RELAY_INPUT.blockId]?.[RELAY_INPUT.actionId]?.value ?? '';
      try {
        const said = person
          ? await send(deps, verb, person.id, view.private_metadata, text)
          : notice('not-member', locale);
        await ack({ response_action: 'update', view: renderNoticeModal(said, t(locale, 'app.name')) });
      } catch (error) {
        await ack({
          response_action: 'update',
          view: renderNoticeModal(refusal(deps, error, locale), t(locale, 'app.name')),
        });
      }
    });
  }
}

function send(deps: SlackHandlerDeps, verb: Verb, personId: string, id: string, text: string) {
  return verb === 'reply'
    ? deps.services.replyToComment(personId, id, text)
    : deps.services.answerOnThread(personId, id, text);
}
