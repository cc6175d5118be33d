import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice, t } from '../../../src/messages/index.ts';
import { ACTION, CALLBACK } from '../render/action-ids.ts';
import { ACTION_INPUT, renderActionModal } from '../render/action-modal.ts';
import { renderNoticeModal } from '../render/comment-modal.ts';
import { slackPhrase } from '../render/feature-reach.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

const CHECK_IN = new RegExp(`^(${ACTION.actionDone}|${ACTION.actionWorking})$`);

/**
 * "Make this an action" under a nudge opens a modal (views.open with the
 * click's trigger_id) that asks a title, an owner and a due date; its
 * submission makes the action, and the modal then says what was made. The
 * owner's check-in buttons answer with a short notice in the DM.
 */
export function registerActionHandlers(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.nudgeMakeAction,
    async ({ ack, body, action, context, respond }) => {
      await ack();
      const teamId = body.user.team_id ?? body.team?.id;
      const auth = authFrom(context, teamId);
      const channel = body.channel?.id;
      const person = await findPerson(deps, teamId, body.user.id);
      if (!person || !action.value) {
        const locale = person?.locale ?? deps.defaultLocale ?? 'en';
        const said = notice(person ? 'link-expired' : 'not-member', locale);
        await tellEphemeral(deps, auth, channel, body.user.id, said, respond);
        return;
      }
      try {
        const view = renderActionModal(await deps.services.actionForm(person.id, action.value));
        await deps.api.call(auth, 'views.open', { trigger_id: body.trigger_id, view }, { interactive: true });
      } catch (error) {
        await tellEphemeral(deps, auth, channel, body.user.id, refusal(deps, error, person.locale), respond);
      }
    },
  );

  app.view(CALLBACK.newAction, async ({ ack, body, view }) => {
    const teamId = body.user.team_id ?? body.team?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    const locale = person?.locale ?? deps.defaultLocale ?? 'en';
    const values = view.state.values;
    const title = values[ACTION_INPUT.title.blockId]?.[ACTION_INPUT.title.actionId]?.value ?? '';
    const owner = values[ACTION_INPUT.owner.blockId]?.[ACTION_INPUT.owner.actionId]?.selected_option?.value;
    const due = values[ACTION_INPUT.due.blockId]?.[ACTION_INPUT.due.actionId]?.selected_date ?? '';
    const refuse = (message: string) =>
      ack({ response_action: 'errors', errors: { [ACTION_INPUT.due.blockId]: message.slice(0, 150) } });
    if (!person || !owner) {
      await refuse(slackPhrase(notice(person ? 'link-expired' : 'not-member', locale).text, locale));
      return;
    }
    try {
      const made = await deps.services.createAction({
        actorId: person.id,
        nudgePostId: view.private_metadata,
        title,
        owner: { platformUserId: owner },
        dueOn: due,
      });
      await ack({
        response_action: 'update',
        view: renderNoticeModal(made, t(locale, 'actions.form.title')),
      });
    } catch (error) {
      await refuse(slackPhrase(refusal(deps, error, person.locale).text, person.locale));
    }
  });

  app.action<BlockAction<ButtonAction>>(CHECK_IN, async ({ ack, body, action, context, respond }) => {
    await ack();
    const teamId = body.user.team_id ?? body.team?.id;
    const auth = authFrom(context, teamId);
    const channel = body.channel?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    const locale = person?.locale ?? deps.defaultLocale ?? 'en';
    if (!person || !action.value) {
      await tellEphemeral(deps, auth, channel, body.user.id, notice('not-member', locale), respond);
      return;
    }
    const answer = action.action_id === ACTION.actionDone ? 'done' : 'working';
    try {
      const said = await deps.services.answerCheckIn(person.id, action.value, answer);
      await tellEphemeral(deps, auth, channel, body.user.id, said, respond);
    } catch (error) {
      await tellEphemeral(deps, auth, channel, body.user.id, refusal(deps, error, person.locale), respond);
    }
  });
}
