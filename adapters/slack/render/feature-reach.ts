import { t, tp, type MessageKey, type MessageParams } from '../../../src/messages/index.ts';
import { spell, type FeatureReach } from '../../../src/messages/phrase.ts';
import type { Feature, Phrase } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';

/** The slash command of the app manifests (manifest/slack). */
export const PULSE_COMMAND = '/pulse';

/** What follows the slash command for each feature, arguments included where it takes one. */
const SUBCOMMANDS: Readonly<Record<Feature, string>> = {
  settings: 'settings',
  dashboard: 'dashboard',
  pause: 'pause',
  resume: 'resume',
  language: 'language en|nl',
  // Working hours are set with the buttons under the settings, not by a subcommand of their own.
  hours: 'settings',
  privacy: 'privacy',
  export: 'export',
  erase: 'erase',
  report: 'report [team]',
  help: 'help',
  action: 'action [team]',
};

/** In Slack every feature is a subcommand of /pulse: "type /pulse resume". */
export const slackReach: FeatureReach = (feature, locale) =>
  t(locale, 'reach.command', { command: slackCommand(feature) });

/** The command that reaches a feature, e.g. "/pulse language en|nl". */
export function slackCommand(feature: Feature): string {
  return `${PULSE_COMMAND} ${SUBCOMMANDS[feature]}`;
}

/** A phrase as Slack shows it: each feature it points to as its command. */
export function slackPhrase(phrase: Phrase, locale: Locale): string {
  return spell(phrase, locale, slackReach);
}

/** A catalogue string as Slack shows it, features spelled as commands. */
export function slackWords(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return slackPhrase(tp(locale, key, params), locale);
}
