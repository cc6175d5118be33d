import { BLOCK_ANCHOR } from './comment-release.ts';
import { PulseError } from '../errors.ts';
import type { PeriodKey } from './periods.ts';

/** Weeks in one eNPS period: each person is asked eNPS once per period. */
export const ENPS_PERIOD_WEEKS = 4;

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const PERIOD_MS = ENPS_PERIOD_WEEKS * WEEK_MS;

/**
 * The fixed 4-week eNPS period an ISO week belongs to, numbered from the
 * comment blocks' anchor: every team's periods start on the same weeks
 * whatever its schedule, and three of them make one 12-week comment block.
 */
export function enpsPeriod(week: PeriodKey): number {
  return Math.floor((mondayOf(week) - BLOCK_ANCHOR) / PERIOD_MS);
}

/** The ISO weeks of eNPS period `period`, oldest first. */
export function enpsPeriodWeeks(period: number): PeriodKey[] {
  const first = BLOCK_ANCHOR + period * PERIOD_MS;
  return Array.from({ length: ENPS_PERIOD_WEEKS }, (_, i) => weekOf(first + i * WEEK_MS));
}

/**
 * The eNPS schedule: a person is asked eNPS in the first round of each fixed
 * 4-week period that invites them, and in no other round of that period.
 * It follows the calendar, not a count of rounds, so a weekly team asks it in
 * the first week of a period, a fortnightly or four-weekly team in its first
 * (or only) round of the period, and a monthly team in every round (two of
 * its rounds are at least four weeks apart, so never share a period). Someone
 * away for a period's first round is asked in the next round of the period
 * that reaches them. `earlierWeeks` are the weeks of this team's earlier
 * rounds that invited the person.
 */
export function asksEnps(week: PeriodKey, earlierWeeks: Iterable<PeriodKey>): boolean {
  const period = enpsPeriod(week);
  for (const earlier of earlierWeeks) if (enpsPeriod(earlier) === period) return false;
  return true;
}

// ISO week arithmetic by hand: this runs for every person of every round, and
// a week key needs no time zone (periods.ts parses it in UTC as well).
function mondayOf(week: PeriodKey): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new PulseError('usage', `"${week}" is not an ISO week like "2026-W05".`);
  const jan4 = Date.UTC(Number(match[1]), 0, 4);
  const isoDay = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - isoDay * DAY_MS + (Number(match[2]) - 1) * WEEK_MS;
}

function weekOf(monday: number): PeriodKey {
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
