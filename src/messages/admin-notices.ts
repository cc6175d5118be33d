import { DateTime } from 'luxon';
import type { TeamSchedule } from '../core/index.ts';
import type { Locale } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { localDateTime } from './dates.ts';
import type { MessageKey } from './i18n/catalog.ts';
import { t, type MessageParams } from './i18n/translate.ts';
import type { Notice } from './types.ts';

/** A short answer to an admin command or a person's own setting, in their language. */
export function adminNotice(
  locale: string,
  key: MessageKey,
  params: MessageParams = {},
  tone: Notice['tone'] = 'success',
): Notice {
  const resolved = resolveLocale(locale);
  return { kind: 'notice', locale: resolved, tone, text: t(resolved, key, params) };
}

/** "every Tuesday", "om de week op dinsdag": a team's frequency with its weekday. */
export function frequencyPhrase(schedule: TeamSchedule, locale: Locale): string {
  // 5 January 2026 is a Monday: the day `weekday - 1` after it has that ISO weekday.
  const weekday = DateTime.fromISO('2026-01-05')
    .plus({ days: schedule.weekday - 1 })
    .setLocale(locale)
    .toFormat('cccc');
  return t(locale, `admin.frequency.${schedule.cadence}`, { weekday });
}

/** The answer to a schedule change: the schedule as a sentence and when the next round starts. */
export function scheduleChangedNotice(
  locale: string,
  changed: { readonly team: string; readonly schedule: TeamSchedule; readonly nextRound: Date },
): Notice {
  const resolved = resolveLocale(locale);
  const next = localDateTime(changed.nextRound, changed.schedule.timeZone, resolved);
  return adminNotice(resolved, 'admin.schedule-changed', {
    team: changed.team,
    frequency: frequencyPhrase(changed.schedule, resolved),
    time: changed.schedule.time,
    timeZone: changed.schedule.timeZone,
    date: next.date,
    nextTime: next.time,
  });
}

/** A moment as "on {date} at {time}" parameters, in the zone the reader works in. */
export function momentParams(at: Date, timeZone: string, locale: string): { date: string; time: string } {
  return localDateTime(at, timeZone, resolveLocale(locale));
}
