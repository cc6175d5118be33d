import type { Locale } from '../../src/model/keys.ts';

/**
 * The few words of the Slack surface that no message document or notice in
 * src/messages carries yet: the pause/resume button labels, asking which team
 * a report is for, and an export or dashboard that is not set up. Everything
 * else the adapter shows comes from src/messages (notices, help, privacy).
 */
export interface SlackCopy {
  readonly pause: string;
  readonly resume: string;
  readonly workingHours: string;
  readonly chooseTeam: (teams: readonly string[]) => string;
  readonly unknownTeam: (name: string, teams: readonly string[]) => string;
  readonly exportUnavailable: string;
  readonly noDashboard: string;
}

const COPY: Readonly<Record<Locale, SlackCopy>> = {
  en: {
    pause: 'Pause my pulses',
    resume: 'Resume my pulses',
    workingHours: 'My working hours',
    chooseTeam: (teams) => `Which team? Type /pulse report followed by one of: ${teams.join(', ')}.`,
    unknownTeam: (name, teams) => `You have no team called “${name}”. Try one of: ${teams.join(', ')}.`,
    exportUnavailable:
      'Exports are not available here yet. Type /pulse dashboard to see your figures instead.',
    noDashboard: 'The dashboard is not set up for this workspace yet. Ask your admin to set PUBLIC_URL.',
  },
  nl: {
    pause: 'Mijn pulsen pauzeren',
    resume: 'Mijn pulsen hervatten',
    workingHours: 'Mijn werktijden',
    chooseTeam: (teams) => `Welk team? Typ /pulse report gevolgd door een van: ${teams.join(', ')}.`,
    unknownTeam: (name, teams) => `Je hebt geen team “${name}”. Probeer een van: ${teams.join(', ')}.`,
    exportUnavailable: 'Exporteren kan hier nog niet. Typ /pulse dashboard om je cijfers te bekijken.',
    noDashboard:
      'Het dashboard is voor deze workspace nog niet ingesteld. Vraag je beheerder PUBLIC_URL in te stellen.',
  },
};

export function copyFor(locale: Locale | undefined): SlackCopy {
  return COPY[locale ?? 'en'];
}

/** Language names in their own language, so each reads right to everyone. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', nl: 'Nederlands' };

export const APP_NAME = 'Excellence Pulse';
