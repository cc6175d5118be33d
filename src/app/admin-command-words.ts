import { CADENCES } from '../core/index.ts';
import type { AdminCommand } from './admin-services.ts';
import type { ScheduleChange } from './team-schedule.ts';
import { refusal } from '../messages/refusals.ts';

/** The operations an admin names after `team` in chat, each on the team of a channel. */
export const TEAM_OPERATION_WORDS = [
  'schedule',
  'pause',
  'resume',
  'remove',
  'send-now',
  'close-now',
] as const;
export type TeamOperationWord = (typeof TEAM_OPERATION_WORDS)[number];

export function isTeamOperation(word: string | undefined): word is TeamOperationWord {
  return (TEAM_OPERATION_WORDS as readonly string[]).includes(word ?? '');
}

/** Weekday names people type, in English and Dutch, full or short. */
const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['monday', 'mon', 'maandag', 'ma'],
    ['tuesday', 'tue', 'dinsdag', 'di'],
    ['wednesday', 'wed', 'woensdag', 'wo'],
    ['thursday', 'thu', 'donderdag', 'do'],
    ['friday', 'fri', 'vrijdag', 'vr'],
    ['saturday', 'sat', 'zaterdag', 'za'],
    ['sunday', 'sun', 'zondag', 'zo'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/**
 * A schedule typed in chat, in any order: a frequency (`weekly`,
 * `biweekly`, `fourweekly`, `monthly`), a weekday (name or 1–7), a time
 * (`14:00`) and a time zone (`Europe/Amsterdam`). What is left out stays.
 *
 * @example scheduleChangeOf(['biweekly', 'thursday', '14:00']) // { cadence: 'biweekly', weekday: 4, time: '14:00' }
 */
export function scheduleChangeOf(words: readonly string[]): ScheduleChange {
  let change: ScheduleChange = {};
  for (const word of words) {
    const lower = word.toLowerCase();
    if ((CADENCES as readonly string[]).includes(lower)) change = { ...change, cadence: lower };
    else if (WEEKDAYS[lower] !== undefined) change = { ...change, weekday: WEEKDAYS[lower] };
    else if (/^[1-7]$/.test(lower)) change = { ...change, weekday: Number(lower) };
    else if (/^\d{1,2}:\d{2}$/.test(lower)) change = { ...change, time: word.padStart(5, '0') };
    else if (word.includes('/') || lower === 'utc') change = { ...change, timeZone: word };
    else throw refusal('usage', 'refusal.schedule.word-unknown', { word });
  }
  if (Object.keys(change).length === 0) {
    throw refusal('usage', 'refusal.schedule.nothing');
  }
  return change;
}

/** The admin command for a team operation typed in chat, on the team of `channelId`. */
export function teamOperationCommand(
  word: TeamOperationWord,
  channelId: string,
  rest: readonly string[],
): AdminCommand {
  return word === 'schedule'
    ? { kind: 'schedule', channelId, change: scheduleChangeOf(rest) }
    : { kind: word, channelId };
}

/** `NL`, `US-CA`; `none` clears the organisation's holidays. */
export function organizationHolidaysCommand(word: string | undefined): AdminCommand {
  if (!word) throw refusal('usage', 'refusal.holidays.region-missing');
  return { kind: 'holidays', region: word.toLowerCase() === 'none' ? null : word };
}
