import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction } from '@slack/bolt';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { notice as buildNotice } from '../../../src/messages/index.ts';
import { ACTION, LANGUAGE_ACTION, LINK_ACTION } from '../render/action-ids.ts';
import { renderNotice } from '../render/notice.ts';
import { publishHome } from './app-home.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

/**
 * Pause, resume and language buttons, on App Home and under `/pulse
 * settings`. On App Home the home is redrawn with the notice on top;
 * elsewhere the ephemeral settings message is replaced by the notice.
 */
export function registerSettingsActions(app: App, deps: SlackHandlerDeps): void {
  const handle =
    <A extends ButtonAction | StaticSelectAction>(change: (personId: string, action: A) => Promise<Notice>) =>
    async ({
      ack,
      body,
      action,
      context,
      respond,
    }: {
      ack: () => Promise<void>;
      body: BlockAction<A>;
      action: A;
      context: Parameters<typeof authFrom>[0];
      respond: RespondFn;
    }) => {
      await ack();
      const teamId = body.user.team_id ?? body.team?.id;
      const auth = authFrom(context, teamId);
      const person = await findPerson(deps, teamId, body.user.id);
      if (!person) {
        await tellEphemeral(
          deps,
          auth,
          body.channel?.id,
          body.user.id,
          buildNotice('not-member', deps.defaultLocale ?? 'en'),
        );
        return;
      }
      let notice: Notice;
      try {
        notice = await change(person.id, action);
      } catch (error) {
        await tellEphemeral(deps, auth, body.channel?.id, body.user.id, refusal(deps, error, person.locale));
        return;
      }
      if (body.view?.type === 'home') {
        await publishHome(deps, auth, teamId, body.user.id, notice);
      } else {
        await respond({ replace_original: true, response_type: 'ephemeral', ...renderNotice(notice) });
      }
    };

  app.action<BlockAction<ButtonAction>>(
    ACTION.pause,
    handle((personId) => deps.services.setPaused(personId, true)),
  );
  app.action<BlockAction<ButtonAction>>(
    ACTION.resume,
    handle((personId) => deps.services.setPaused(personId, false)),
  );
  app.action<BlockAction<ButtonAction>>(
    LANGUAGE_ACTION,
    handle((personId, action) => deps.services.setLocale(personId, localeOfAction(action.action_id))),
  );
  app.action<BlockAction<StaticSelectAction>>(
    ACTION.workingHours,
    handle((personId, action) => {
      const [start = '', end = ''] = ('selected_option' in action ? action.selected_option.value : '').split(
        '-',
      );
      return deps.services.setWorkingHours(personId, start, end);
    }),
  );
  // URL buttons (dashboard, notice links) open in the browser; Slack still sends the click, which only needs an ack.
  app.action(LINK_ACTION, async ({ ack }) => {
    await ack();
  });
}

function localeOfAction(actionId: string): Locale {
  return actionId.slice(ACTION.languagePrefix.length) === 'nl' ? 'nl' : 'en';
}
