import type {
  BlockAction,
  Context,
  RespondFn,
  SlackViewAction,
  SlackViewMiddlewareArgs,
  types,
} from '@slack/bolt';
import type { PersonView } from '../../../src/app/services.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { slackPhrase } from '../render/feature-reach.ts';
import type { SlackAuth } from '../web-api/slack-web-api.ts';
import { authFrom, findPerson, refusal, tellEphemeral, type SlackHandlerDeps } from './deps.ts';

/** A button click, acknowledged: who clicked, in what language, and how to answer only them. */
export interface Click {
  readonly person: PersonView | undefined;
  readonly locale: Locale;
  readonly auth: SlackAuth;
  readonly channel: string | undefined;
  tell(message: Notice): Promise<void>;
  /** Tells them why it did not work, in their language. */
  fail(error: unknown): Promise<void>;
  /** Opens the modal `build` makes on the click's trigger, or tells them why it could not be made. */
  openModal(build: () => Promise<types.ModalView>): Promise<void>;
}

/** Acks a button click at once (Slack waits three seconds) and finds the person who clicked. */
export async function acceptClick(
  deps: SlackHandlerDeps,
  args: { ack: () => Promise<void>; body: BlockAction; context: Context; respond: RespondFn },
): Promise<Click> {
  await args.ack();
  const { body } = args;
  const teamId = body.user.team_id ?? body.team?.id;
  const auth = authFrom(args.context, teamId);
  const channel = body.channel?.id;
  const person = await findPerson(deps, teamId, body.user.id);
  const locale = person?.locale ?? deps.defaultLocale ?? 'en';
  const tell = (message: Notice) => tellEphemeral(deps, auth, channel, body.user.id, message, args.respond);
  const fail = (error: unknown) => tell(refusal(deps, error, locale));
  const openModal = async (build: () => Promise<types.ModalView>) => {
    try {
      const view = await build();
      await deps.api.call(auth, 'views.open', { trigger_id: body.trigger_id, view }, { interactive: true });
    } catch (error) {
      await fail(error);
    }
  };
  return { person, locale, auth, channel, tell, fail, openModal };
}

/** A modal's submission: who submitted it, and how to refuse it under one of its inputs. */
export interface Submission {
  readonly person: PersonView | undefined;
  readonly locale: Locale;
  /** Shows the notice under the input, keeping the modal open (Slack allows 150 characters there). */
  refuse(message: Notice): Promise<void>;
  /** Refuses with why it did not work, in their language. */
  fail(error: unknown): Promise<void>;
}

/**
 * Finds the person who submitted a modal; a refusal answers the submission
 * itself (`response_action: errors`) under the input `blockId`, so it must
 * come before any other ack.
 */
export async function receiveSubmission(
  deps: SlackHandlerDeps,
  args: Pick<SlackViewMiddlewareArgs<SlackViewAction>, 'ack' | 'body'>,
  blockId: string,
): Promise<Submission> {
  const teamId = args.body.user.team_id ?? args.body.team?.id;
  const person = await findPerson(deps, teamId, args.body.user.id);
  const locale = person?.locale ?? deps.defaultLocale ?? 'en';
  const refuse = (message: Notice) =>
    args.ack({
      response_action: 'errors',
      errors: { [blockId]: slackPhrase(message.text, message.locale).slice(0, 150) },
    });
  return { person, locale, refuse, fail: (error) => refuse(refusal(deps, error, locale)) };
}
