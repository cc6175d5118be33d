import { DateTime, IANAZone } from 'luxon';
import { PulseError } from '../errors.ts';

/** ISO weekdays Monday–Friday. */
export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];
export const DEFAULT_WORK_START = '09:00';
export const DEFAULT_WORK_END = '17:00';
/** How far ahead the core looks for a working moment before it gives up. */
export const MAX_SEARCH_DAYS = 400;

/** Where and when a person (or a team) works. All local to `timeZone`. */
export interface WorkingCalendar {
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  readonly timeZone: string;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday (default Monday–Friday). */
  readonly workingDays?: readonly number[];
  /** Local `HH:mm`, default 09:00. */
  readonly workStart?: string;
  /** Local `HH:mm`, after `workStart`, default 17:00 (the end itself is outside). */
  readonly workEnd?: string;
  /** Local dates (`YYYY-MM-DD`, both ends included) on which the person is away. */
  readonly outOfOffice?: readonly DateRange[];
  /** Local dates (`YYYY-MM-DD`) that are public holidays where the person works: no working day. */
  readonly holidays?: readonly string[];
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

/** A validated calendar, ready for the maths below. */
export interface ResolvedCalendar {
  readonly zone: string;
  readonly days: ReadonlySet<number>;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly away: readonly DateRange[];
  readonly holidays: ReadonlySet<string>;
}

/** Zones already found valid: checking builds an Intl formatter, which is slow on hot paths. */
const knownZones = new Set<string>();

/** Whether `zone` is an IANA time zone luxon knows. */
export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (!IANAZone.isValidZone(zone)) return false;
  knownZones.add(zone);
  return true;
}

/** Throws a `usage` PulseError unless `zone` is an IANA time zone luxon knows. */
export function assertTimeZone(zone: string, what = 'time zone'): void {
  if (isTimeZone(zone)) return;
  throw new PulseError(
    'usage',
    `Unknown ${what} "${zone}". Use an IANA time zone name such as "Europe/Amsterdam" or "America/New_York".`,
  );
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `text` is a 24-hour `HH:mm` local time. */
export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/** Parses a 24-hour `HH:mm` local time. */
export function parseLocalTime(text: string, what = 'time'): LocalTime {
  const match = LOCAL_TIME.exec(text);
  if (!match) {
    throw new PulseError('usage', `The ${what} "${text}" is not a 24-hour time like "09:30".`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function assertWeekdays(days: readonly number[], what = 'working days'): void {
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new PulseError(
      'usage',
      `The ${what} must be ISO weekday numbers from 1 (Monday) to 7 (Sunday), at least one; got [${days.join(', ')}].`,
    );
  }
}

/** Validates a calendar once; every function below takes the result. */
export function resolveCalendar(calendar: WorkingCalendar): ResolvedCalendar {
  assertTimeZone(calendar.timeZone);
  const days = calendar.workingDays ?? DEFAULT_WORKING_DAYS;
  assertWeekdays(days);
  const start = parseLocalTime(calendar.workStart ?? DEFAULT_WORK_START, 'start of working hours');
  const end = parseLocalTime(calendar.workEnd ?? DEFAULT_WORK_END, 'end of working hours');
  if (minutes(end) <= minutes(start)) {
    throw new PulseError(
      'usage',
      `Working hours must end after they start on the same day; got ${calendar.workStart ?? DEFAULT_WORK_START}–${calendar.workEnd ?? DEFAULT_WORK_END}.`,
    );
  }
  const away = (calendar.outOfOffice ?? []).map((range) => {
    for (const date of [range.from, range.to]) parseCalendarDate(date, 'out-of-office date');
    if (range.to < range.from) {
      throw new PulseError(
        'usage',
        `The out-of-office range ${range.from}…${range.to} ends before it starts.`,
      );
    }
    return range;
  });
  return {
    zone: calendar.timeZone,
    days: new Set(days),
    start,
    end,
    away,
    holidays: new Set(calendar.holidays),
  };
}

/** Parses a `YYYY-MM-DD` calendar date (as a UTC midnight, for calendar maths). */
export function parseCalendarDate(date: string, what = 'date'): DateTime {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !day.isValid) {
    throw new PulseError('usage', `The ${what} "${date}" is not a date like "2026-07-31".`);
  }
  return day;
}

/** The local time of day `time` on the local date of `day` (same zone). */
export function atLocalTime(day: DateTime, time: LocalTime): DateTime {
  return day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
}

/** A day counts when it is one of the working weekdays, not a public holiday and not out of office. */
export function isWorkingDay(day: DateTime, calendar: ResolvedCalendar): boolean {
  if (!calendar.days.has(day.weekday)) return false;
  const date = day.toISODate() ?? '';
  if (calendar.holidays.has(date)) return false;
  return !calendar.away.some((range) => range.from <= date && date <= range.to);
}

/**
 * The first moment at or after `from` that lies on a working day within
 * working hours [start, end), in the calendar's zone; null if there is none
 * within MAX_SEARCH_DAYS (e.g. out of office for a year).
 */
export function nextWorkingMoment(from: DateTime, calendar: ResolvedCalendar): DateTime | null {
  let t: DateTime = from.setZone(calendar.zone);
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    if (isWorkingDay(t, calendar)) {
      const start = atLocalTime(t, calendar.start);
      const end = atLocalTime(t, calendar.end);
      // Hours that a DST change skips (Sydney's 02:00–03:00 on its first Sunday of October) are not worked that day.
      if (start < end) {
        if (t < start) return start;
        if (t < end) return t;
      }
    }
    t = atLocalTime(t.startOf('day').plus({ days: 1 }), calendar.start);
  }
  return null;
}

/**
 * Moves `from` forward by `count` working days, keeping its local time of day
 * (so 09:00 stays 09:00 across a DST change); null beyond MAX_SEARCH_DAYS.
 */
export function addWorkingDays(from: DateTime, count: number, calendar: ResolvedCalendar): DateTime | null {
  let t: DateTime = from.setZone(calendar.zone);
  const time = { hour: t.hour, minute: t.minute };
  let left = count;
  for (let i = 0; left > 0; i++) {
    if (i > MAX_SEARCH_DAYS) return null;
    t = atLocalTime(t.startOf('day').plus({ days: 1 }), time);
    if (isWorkingDay(t, calendar)) left--;
  }
  return t;
}

function minutes(time: LocalTime): number {
  return time.hour * 60 + time.minute;
}
