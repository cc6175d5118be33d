import { t } from '../../../src/messages/index.ts';
import { spell, type FeatureReach } from '../../../src/messages/phrase.ts';
import type { Feature, Phrase } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { TeamsCommandName } from '../commands.ts';

/** The command a person types to the bot for each feature (see commands.ts), arguments where it takes one. */
const TYPED: Readonly<Record<Feature, `${TeamsCommandName}${string}`>> = {
  settings: 'settings',
  dashboard: 'dashboard',
  pause: 'pause',
  resume: 'resume',
  language: 'language en|nl',
  hours: 'hours',
  privacy: 'privacy',
  export: 'export',
  erase: 'erase',
  report: 'report [team]',
  help: 'help',
  action: 'action [team]',
};

/** In Teams a person types the command to the bot (it is also in the bot's command menu): "type resume". */
export const teamsReach: FeatureReach = (feature, locale) =>
  t(locale, 'reach.command', { command: TYPED[feature] });

/** A phrase as Teams shows it: each feature it points to as the command to type. */
export function teamsPhrase(phrase: Phrase, locale: Locale): string {
  return spell(phrase, locale, teamsReach);
}
