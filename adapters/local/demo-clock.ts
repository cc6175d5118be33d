import { t } from '../../src/messages/index.ts';
import type { Locale } from '../../src/model/keys.ts';
import type { LocalPerson } from './workspace-types.ts';

/** What a press on the demo clock did, for the person who pressed it. */
export type DemoStepOutcome =
  /** Something arrived in the viewer's direct messages (their pulse, or its reminder). */
  | { readonly kind: 'pulse-arrived' }
  /** The viewer is in no team, so no pulse is ever sent to them. */
  | { readonly kind: 'not-in-a-team' }
  /** Nothing for the viewer in the weeks the clock looks ahead (paused, opted out, no schedule). */
  | { readonly kind: 'nothing-due' }
  /** A round closed; `yours` is false when the viewer is in no team and the round due first was taken. */
  | { readonly kind: 'round-closed'; readonly teamName: string; readonly yours: boolean }
  /** No round to close: the viewer's teams (or, for someone in no team, all teams) have none open. */
  | { readonly kind: 'no-open-round'; readonly yours: boolean }
  | { readonly kind: 'week-advanced' };

/** What a press on the clock did, said to the person who pressed it. */
export function clockOutcomeText(outcome: DemoStepOutcome, locale: Locale): string {
  switch (outcome.kind) {
    case 'pulse-arrived':
      return t(locale, 'clock.outcome.pulse-arrived');
    case 'not-in-a-team':
      return t(locale, 'clock.outcome.not-in-a-team');
    case 'nothing-due':
      return t(locale, 'clock.outcome.nothing-due');
    case 'round-closed':
      return t(locale, outcome.yours ? 'clock.outcome.round-closed' : 'clock.outcome.round-closed.first', {
        team: outcome.teamName,
      });
    case 'no-open-round':
      return t(
        locale,
        outcome.yours ? 'clock.outcome.no-open-round' : 'clock.outcome.no-open-round.anywhere',
      );
    case 'week-advanced':
      return t(locale, 'clock.outcome.week-advanced');
  }
}

/**
 * The demo clock: the composition root implements each step on the use
 * cases. Each step acts for the person viewing the page, so a press does
 * what that person expects to see.
 */
export interface DemoClock {
  /** The demo's "now", which the page shows. */
  now(): Date;
  /** Runs time forward until the next pulse reaches the viewer (or says why none can). */
  nextSend(viewer: LocalPerson): Promise<DemoStepOutcome>;
  /** Closes the open round of the viewer’s team now (reports and nudges follow); other teams’ rounds stay open. */
  closeRound(viewer: LocalPerson): Promise<DemoStepOutcome>;
  /** Moves the clock a week on and runs what became due. */
  advanceWeek(viewer: LocalPerson): Promise<DemoStepOutcome>;
}

/**
 * How the page writes the demo time, on the server and in the browser alike:
 * weekday, date and time in the viewer's own zone, with the zone named.
 */
export const DEMO_TIME_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

export function formatDemoTime(at: Date, viewer: Pick<LocalPerson, 'locale' | 'timeZone'>): string {
  return new Intl.DateTimeFormat(viewer.locale, { ...DEMO_TIME_FORMAT, timeZone: viewer.timeZone }).format(
    at,
  );
}
