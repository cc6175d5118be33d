import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { PersonView } from '../../../src/app/services.ts';
import { renderActionModal } from '../render/action-modal.ts';
import type { SlackAuth } from '../web-api/slack-web-api.ts';
import { ephemeral, refusal, type SlackHandlerDeps } from './deps.ts';

/**
 * `/pulse action [team]`: the modal a nudge's "Make this an action" opens,
 * without a nudge, on the slash command's trigger. The use case builds the
 * form only for a leader of the team (or an admin), so anyone else is told
 * why in the command's answer and sees no modal. The form is built before
 * the ack, as the trigger is good for three seconds only.
 */
export async function openActionModal(
  deps: SlackHandlerDeps,
  person: PersonView,
  command: { readonly trigger_id: string; readonly teamName: string },
  auth: () => SlackAuth,
  reply: { ack: (response?: RespondArguments) => Promise<void>; respond: RespondFn },
): Promise<void> {
  let view;
  try {
    view = renderActionModal(await deps.services.teamActionForm(person.id, command.teamName));
  } catch (error) {
    await reply.ack(ephemeral(refusal(deps, error, person.locale)));
    return;
  }
  await reply.ack();
  try {
    await deps.api.call(
      auth(),
      'views.open',
      { trigger_id: command.trigger_id, view },
      { interactive: true },
    );
  } catch (error) {
    await reply.respond(ephemeral(refusal(deps, error, person.locale))).catch((failed: unknown) => {
      deps.log.warn({ err: failed }, 'slack: could not answer /pulse action');
    });
  }
}
