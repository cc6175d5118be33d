import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { notice } from '../../../src/messages/index.ts';
import { renderNotice } from '../render/notice.ts';
import { ERASE_ACTION } from '../render/erasure-request.ts';
import { findPerson, refusal, type SlackHandlerDeps } from './deps.ts';

/**
 * The confirm button under `/pulse erase`: the person who pressed it is
 * looked up again and the use case decides (themselves, or an admin of the
 * subject's organisation); the ephemeral request is replaced by the outcome.
 */
export function registerEraseAction(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<ButtonAction>>(ERASE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const teamId = body.user.team_id ?? body.team?.id;
    const person = await findPerson(deps, teamId, body.user.id);
    let outcome = notice('not-member', deps.defaultLocale ?? 'en');
    if (person) {
      try {
        outcome = await deps.services.confirmErasure(person.id, action.value ?? '');
      } catch (error) {
        outcome = refusal(deps, error, person.locale);
      }
    }
    await respond({ replace_original: true, response_type: 'ephemeral', ...renderNotice(outcome) }).catch(
      (error: unknown) => deps.log.warn({ err: error }, 'slack: could not answer an erasure'),
    );
  });
}
