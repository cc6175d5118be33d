import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { NudgePost } from '../../../src/messages/types.ts';
import { notice } from '../../../src/messages/index.ts';
import { ACTION } from '../render/action-ids.ts';
import { renderNudgePost } from '../render/nudge-post.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

const NUDGE_FEEDBACK = new RegExp(`^(${ACTION.nudgeDidThis}|${ACTION.nudgeNotForUs})$`);

/** "We did this" / "Not for us" under a nudge: stored, then the post shows the new tally. */
export function registerNudgeFeedbackAction(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(NUDGE_FEEDBACK, async ({ ack, body, action, context, respond }) => {
    const teamId = body.user.team_id ?? body.team?.id;
    const auth = authFrom(context, teamId);
    const channel = body.channel?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    if (!person || !action.value) {
      await ack();
      const locale = person?.locale ?? deps.defaultLocale ?? 'en';
      await tellEphemeral(
        deps,
        auth,
        channel,
        body.user.id,
        notice(person ? 'link-expired' : 'not-member', locale),
        respond,
      );
      return;
    }
    let post: NudgePost;
    try {
      post = await deps.services.recordNudgeFeedback({
        postId: action.value,
        personId: person.id,
        kind: action.action_id === ACTION.nudgeDidThis ? 'did-this' : 'not-for-us',
      });
    } catch (error) {
      await ack();
      await tellEphemeral(deps, auth, channel, body.user.id, refusal(deps, error, person.locale), respond);
      return;
    }
    await ack();
    const ts = body.message?.ts;
    if (channel && ts) {
      try {
        await deps.api.call(
          auth,
          'chat.update',
          { channel, ts, ...renderNudgePost(post) },
          { interactive: true },
        );
      } catch (error) {
        deps.log.warn({ err: error }, 'slack: could not update the nudge after feedback');
      }
    }
    await tellEphemeral(
      deps,
      auth,
      channel,
      body.user.id,
      { text: post.feedback.thanks, blocks: [] },
      respond,
    );
  });
}
