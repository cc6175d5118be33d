import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice, t } from '../../../src/messages/index.ts';
import { ACTION, CALLBACK } from '../render/action-ids.ts';
import { ACTION_INPUT, actionSubject, renderActionModal } from '../render/action-modal.ts';
import { renderNoticeModal } from '../render/comment-modal.ts';
import type { SlackHandlerDeps } from './deps.ts';
import { acceptClick, receiveSubmission } from './handler-preamble.ts';

const CHECK_IN = new RegExp(`^(${ACTION.actionDone}|${ACTION.actionWorking})$`);

/**
 * "Make this an action" under a nudge opens a modal (views.open with the
 * click's trigger_id) that asks a title, an owner and a due date; `/pulse
 * action` opens the same modal with a choice of element (action-command.ts).
 * Its submission makes the action, and the modal then says what was made.
 * The owner's check-in buttons answer with a short notice in the DM.
 */
export function registerActionHandlers(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.nudgeMakeAction, async (args) => {
    const click = await acceptClick(deps, args);
    const { person } = click;
    if (!person || !args.action.value) {
      await click.tell(notice(person ? 'link-expired' : 'not-member', click.locale));
      return;
    }
    const nudgePostId = args.action.value;
    await click.openModal(async () =>
      renderActionModal(await deps.services.actionForm(person.id, nudgePostId)),
    );
  });

  app.view(CALLBACK.newAction, async (args) => {
    const submission = await receiveSubmission(deps, args, ACTION_INPUT.due.blockId);
    const { person, locale } = submission;
    const values = args.view.state.values;
    const title = values[ACTION_INPUT.title.blockId]?.[ACTION_INPUT.title.actionId]?.value ?? '';
    const owner = values[ACTION_INPUT.owner.blockId]?.[ACTION_INPUT.owner.actionId]?.selected_option?.value;
    const due = values[ACTION_INPUT.due.blockId]?.[ACTION_INPUT.due.actionId]?.selected_date ?? '';
    const target =
      values[ACTION_INPUT.target.blockId]?.[ACTION_INPUT.target.actionId]?.selected_option?.value;
    if (!person || !owner) {
      await submission.refuse(notice(person ? 'link-expired' : 'not-member', locale));
      return;
    }
    try {
      const made = await deps.services.createAction({
        actorId: person.id,
        ...subjectOf(args.view.private_metadata, target),
        title,
        owner: { platformUserId: owner },
        dueOn: due,
      });
      await args.ack({
        response_action: 'update',
        view: renderNoticeModal(made, t(locale, 'actions.form.title')),
      });
    } catch (error) {
      await submission.fail(error);
    }
  });

  app.action<BlockAction<ButtonAction>>(CHECK_IN, async (args) => {
    const click = await acceptClick(deps, args);
    const { person } = click;
    if (!person || !args.action.value) {
      await click.tell(notice('not-member', click.locale));
      return;
    }
    const answer = args.action.action_id === ACTION.actionDone ? 'done' : 'working';
    try {
      await click.tell(await deps.services.answerCheckIn(person.id, args.action.value, answer));
    } catch (error) {
      await click.fail(error);
    }
  });
}

/** The nudge the modal came from, or its team with the element chosen in it. */
function subjectOf(privateMetadata: string, target: string | undefined) {
  const subject = actionSubject(privateMetadata);
  return 'teamId' in subject
    ? { ...subject, target: { kind: 'element' as const, key: target ?? '' } }
    : subject;
}
