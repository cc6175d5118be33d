import type { App } from '@slack/bolt';
import { registerActionHandlers } from './action-handlers.ts';
import { registerAnswerAction } from './answer-action.ts';
import { registerAppIdCheck } from './app-id-check.ts';
import { registerAppHome } from './app-home.ts';
import { registerCommentHandlers } from './comment-action.ts';
import { registerEraseAction } from './erase-action.ts';
import type { SlackHandlerDeps } from './deps.ts';
import { registerNudgeFeedbackAction } from './nudge-feedback-action.ts';
import { registerPulseCommand } from './pulse-command.ts';
import { registerRelayHandlers } from './relay-actions.ts';
import { registerSettingsActions } from './settings-actions.ts';
import {
  registerEventDedupe,
  registerLifecycleEvents,
  registerMembershipEvents,
} from './workspace-events.ts';

/** Every Slack listener of the bot, registered on one Bolt app. */
export function registerHandlers(app: App, deps: SlackHandlerDeps): void {
  registerAppIdCheck(app, deps);
  registerEventDedupe(app, deps);
  registerAnswerAction(app, deps);
  registerCommentHandlers(app, deps);
  registerRelayHandlers(app, deps);
  registerNudgeFeedbackAction(app, deps);
  registerActionHandlers(app, deps);
  registerSettingsActions(app, deps);
  registerEraseAction(app, deps);
  registerPulseCommand(app, deps);
  registerAppHome(app, deps);
  registerMembershipEvents(app, deps);
  registerLifecycleEvents(app, deps);
  app.error(async (error) => {
    deps.log.error({ err: error, code: error.code }, 'slack: unhandled listener error');
  });
}
