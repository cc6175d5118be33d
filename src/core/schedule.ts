import { DateTime } from 'luxon';
import { PulseError } from '../errors.ts';
import {
  addWorkingDays,
  assertTimeZone,
  assertWeekdays,
  atLocalTime,
  DEFAULT_WORKING_DAYS,
  isWorkingDay,
  nextWorkingMoment,
  parseCalendarDate,
  parseLocalTime,
  resolveCalendar,
  type ResolvedCalendar,
  type WorkingCalendar,
} from './working-time.ts';

export const CADENCES = ['weekly', 'biweekly', 'fourweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Round window in working days of the team (default 3). */
export const DEFAULT_ROUND_WINDOW_WORKING_DAYS = 3;
/** A reminder goes this many working days after the first message (default 1). */
export const DEFAULT_REMINDER_DELAY_WORKING_DAYS = 1;
/** Biweekly and four-weekly rounds fall in weeks a multiple of two (four) weeks from this Monday, unless anchored. */
export const DEFAULT_BIWEEKLY_ANCHOR = '2026-01-05';

/**
 * When a team's rounds start. Weekly: every `weekday`; biweekly: every other
 * `weekday`, in the weeks of `anchorDate`; fourweekly: every fourth, likewise;
 * monthly: the first `weekday` of each month. `time` is local to `timeZone`, which also decides the round's date.
 */
export interface TeamSchedule {
  readonly cadence: Cadence;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Local `HH:mm` at which people receive the pulse (in their own zone). */
  readonly time: string;
  readonly timeZone: string;
  /** Biweekly and four-weekly only: any date in a week that has a round (`YYYY-MM-DD`). */
  readonly anchorDate?: string;
  /** The team's working days for the round window (default Monday–Friday). */
  readonly workingDays?: readonly number[];
  /** Public holidays (local dates) the round window skips, like weekends. */
  readonly holidays?: readonly string[];
}

/** A person's calendar; a paused person gets no messages. */
export interface PersonSchedule extends WorkingCalendar {
  readonly paused?: boolean;
}

export interface RoundSlot {
  /** The round's local date in the team's zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** The team's local time on that date, as an instant. */
  readonly startsAt: Date;
}

/** The team's next round strictly after `now`. */
export function nextRoundStart(team: TeamSchedule, now: Date): RoundSlot {
  const time = validateTeam(team);
  const anchor = mondayOf(team.anchorDate ?? DEFAULT_BIWEEKLY_ANCHOR);
  let day = DateTime.fromJSDate(now, { zone: team.timeZone }).startOf('day');
  for (let i = 0; i < 80; i++, day = day.plus({ days: 1 })) {
    if (day.weekday !== team.weekday) continue;
    if (team.cadence === 'monthly' && day.day > 7) continue;
    if (team.cadence === 'biweekly' && weeksBetween(anchor, day) % 2 !== 0) continue;
    if (team.cadence === 'fourweekly' && weeksBetween(anchor, day) % 4 !== 0) continue;
    const startsAt = atLocalTime(day, time);
    if (startsAt.toMillis() > now.getTime()) return { date: isoDate(day), startsAt: startsAt.toJSDate() };
  }
  throw new Error('unreachable: every cadence repeats within 80 days');
}

/**
 * When a person first gets the round's pulse: the team's local time in the
 * PERSON's zone on the round's date, moved forward to their next working
 * moment (never on a non-working or out-of-office day, never outside working
 * hours). A local time that does not exist (DST gap) moves forward by the gap;
 * a repeated one (DST overlap) is its first occurrence.
 * `notBefore` (e.g. now) keeps it out of the past; null when paused, or when
 * the moment would fall at or after `notAfter` (e.g. the round's close).
 */
export function firstSendAt(
  round: RoundSlot,
  team: TeamSchedule,
  person: PersonSchedule,
  options: { readonly notBefore?: Date; readonly notAfter?: Date } = {},
): Date | null {
  const time = validateTeam(team);
  const calendar = resolveCalendar(person);
  if (person.paused) return null;
  parseCalendarDate(round.date, 'round date');
  const local = atLocalTime(DateTime.fromISO(round.date, { zone: calendar.zone }), time);
  let at = nextWorkingMoment(local, calendar);
  if (at && options.notBefore && at.toMillis() < options.notBefore.getTime()) {
    at = nextWorkingMoment(DateTime.fromJSDate(options.notBefore, { zone: calendar.zone }), calendar);
  }
  return within(at, options.notAfter);
}

export interface ReminderInput {
  readonly team: TeamSchedule;
  /** The person as they are now; a changed zone recomputes the reminder there. */
  readonly person: PersonSchedule;
  /** When the first message went (or is due). */
  readonly sentAt: Date;
  /** Whether the person has answered this round (from the participation ledger). */
  readonly answered: boolean;
  readonly now: Date;
  /** Working days after the first message (default 1). */
  readonly delayWorkingDays?: number;
  /** The round's close: no reminder at or after it. */
  readonly closesAt?: Date;
}

/**
 * The reminder for someone who has not answered: `delayWorkingDays` of the
 * person's working days after the day of `sentAt` (as seen in their CURRENT
 * zone), at the team's local time, moved into working hours; never before
 * `now`. Null when answered, paused, or when it would fall at/after close.
 */
export function reminderAt(input: ReminderInput): Date | null {
  const time = validateTeam(input.team);
  const calendar = resolveCalendar(input.person);
  const delay = input.delayWorkingDays ?? DEFAULT_REMINDER_DELAY_WORKING_DAYS;
  assertWholeDays(delay, 'reminder delay');
  if (input.answered || input.person.paused) return null;
  const sentDay = DateTime.fromJSDate(input.sentAt, { zone: calendar.zone });
  const target = addWorkingDays(atLocalTime(sentDay, time), delay, calendar);
  let at = target && nextWorkingMoment(target, calendar);
  const floor = Math.max(input.now.getTime(), input.sentAt.getTime() + 1);
  if (at && at.toMillis() < floor) {
    at = nextWorkingMoment(DateTime.fromMillis(floor, { zone: calendar.zone }), calendar);
  }
  return within(at, input.closesAt);
}

/**
 * When a round closes: `windowWorkingDays` of the team's working days after
 * the round starts, at the same local time in the team's zone. One instant
 * for the whole team (k is locked per round).
 */
export function roundCloseAt(
  round: RoundSlot,
  team: TeamSchedule,
  windowWorkingDays = DEFAULT_ROUND_WINDOW_WORKING_DAYS,
): Date {
  validateTeam(team);
  assertWholeDays(windowWorkingDays, 'round window');
  const calendar = teamCalendar(team);
  const close = addWorkingDays(
    DateTime.fromJSDate(round.startsAt, { zone: team.timeZone }),
    windowWorkingDays,
    calendar,
  );
  if (!close) throw new Error('unreachable: a team has at least one working day a week');
  return close.toJSDate();
}

/**
 * A round whose date is a public holiday for the team starts on the team's
 * next working day instead, at the same local time, so its window (and the
 * reminders and close counted from it) is as long as any other round's. A
 * round on a day that is no holiday keeps its date, even on a weekend the
 * team chose for its rounds.
 */
export function roundSlotPastHolidays(round: RoundSlot, team: TeamSchedule): RoundSlot {
  const time = validateTeam(team);
  if (!team.holidays?.includes(round.date)) return round;
  const calendar = teamCalendar(team);
  let day = DateTime.fromISO(round.date, { zone: team.timeZone }).plus({ days: 1 });
  // A team has at least one working day a week, and holidays never fill a month.
  for (let i = 0; i < 31 && !isWorkingDay(day, calendar); i++) day = day.plus({ days: 1 });
  return { date: isoDate(day), startsAt: atLocalTime(day, time).toJSDate() };
}

/** The team's own working days and public holidays, in its zone. */
function teamCalendar(team: TeamSchedule): ResolvedCalendar {
  return resolveCalendar({
    timeZone: team.timeZone,
    workingDays: team.workingDays ?? DEFAULT_WORKING_DAYS,
    ...(team.holidays ? { holidays: team.holidays } : {}),
  });
}

function validateTeam(team: TeamSchedule): { hour: number; minute: number } {
  if (!CADENCES.includes(team.cadence)) {
    throw new PulseError('usage', `Unknown cadence "${team.cadence}"; use one of ${CADENCES.join(', ')}.`);
  }
  assertWeekdays([team.weekday], 'round weekday');
  assertTimeZone(team.timeZone, 'team time zone');
  if (team.workingDays) assertWeekdays(team.workingDays, 'team working days');
  return parseLocalTime(team.time, 'round time');
}

function assertWholeDays(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 1 || days > 30) {
    throw new PulseError(
      'usage',
      `The ${what} must be a whole number of working days from 1 to 30; got ${days}.`,
    );
  }
}

function within(at: DateTime | null, notAfter: Date | undefined): Date | null {
  if (!at) return null;
  if (notAfter && at.toMillis() >= notAfter.getTime()) return null;
  return at.toJSDate();
}

/** The Monday of a local date's ISO week, as a UTC calendar date. */
function mondayOf(date: string): DateTime {
  return parseCalendarDate(date, 'biweekly anchor').startOf('week');
}

function weeksBetween(anchorMonday: DateTime, day: DateTime): number {
  const monday = mondayOf(isoDate(day));
  return Math.abs(Math.round(monday.diff(anchorMonday, 'days').days / 7));
}

function isoDate(day: DateTime): string {
  return day.toISODate() ?? '';
}

/**
 * Whether `at` falls on a day the person is away (leave, out of office) or
 * that is a public holiday where they work; weekends and hours do not count
 * here. A message queued before the person said so waits for their return.
 */
export function isAwayOn(person: PersonSchedule, at: Date): boolean {
  const calendar = resolveCalendar(person);
  const day = DateTime.fromJSDate(at, { zone: calendar.zone });
  return calendar.days.has(day.weekday) && !isWorkingDay(day, calendar);
}

/** The person's first working moment at or after `from`; null when paused or there is none within the search. */
export function nextSendMoment(person: PersonSchedule, from: Date): Date | null {
  if (person.paused) return null;
  const calendar = resolveCalendar(person);
  return nextWorkingMoment(DateTime.fromJSDate(from, { zone: calendar.zone }), calendar)?.toJSDate() ?? null;
}
