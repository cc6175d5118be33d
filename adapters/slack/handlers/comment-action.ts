import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice, t } from '../../../src/messages/index.ts';
import { ACTION, CALLBACK, decodeCommentValue } from '../render/action-ids.ts';
import {
  ALLOW_REPLIES_INPUT,
  COMMENT_INPUT,
  renderCommentModal,
  renderNoticeModal,
} from '../render/comment-modal.ts';
import type { SlackHandlerDeps } from './deps.ts';
import { acceptClick, receiveSubmission } from './handler-preamble.ts';

/**
 * "Add a comment" opens a modal (views.open with the click's trigger_id);
 * its submission is stored with recordComment before the modal is answered,
 * and the modal then shows the notice the use case returned. A refused
 * comment shows its reason under the text field.
 */
export function registerCommentHandlers(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.comment, async (args) => {
    const click = await acceptClick(deps, args);
    const { person, channel } = click;
    const value = decodeCommentValue(args.action.value);
    if (!value || !person) {
      await click.tell(notice(value ? 'not-member' : 'link-expired', click.locale));
      return;
    }
    const ts = args.body.message?.ts;
    await click.openModal(async () =>
      renderCommentModal(
        await deps.services.pulseCard(person.id, value.t),
        channel && ts ? { channel, ts } : undefined,
      ),
    );
  });

  app.view(CALLBACK.comment, async (args) => {
    const submission = await receiveSubmission(deps, args, COMMENT_INPUT.blockId);
    const { person, locale } = submission;
    const { view } = args;
    const meta = decodeCommentValue(view.private_metadata);
    const text = view.state.values[COMMENT_INPUT.blockId]?.[COMMENT_INPUT.actionId]?.value ?? '';
    const allowReplies = (
      view.state.values[ALLOW_REPLIES_INPUT.blockId]?.[ALLOW_REPLIES_INPUT.actionId]?.selected_options ?? []
    ).some((option) => option.value === ALLOW_REPLIES_INPUT.value);
    if (!meta || !person) {
      await submission.refuse(notice(meta ? 'not-member' : 'link-expired', locale));
      return;
    }
    try {
      const saved = await deps.services.recordComment({
        personId: person.id,
        token: meta.t,
        text,
        allowReplies,
      });
      await args.ack({ response_action: 'update', view: renderNoticeModal(saved, t(locale, 'app.name')) });
    } catch (error) {
      await submission.fail(error);
    }
  });
}
