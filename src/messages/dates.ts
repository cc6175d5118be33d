import { DateTime } from 'luxon';
import { assertTimeZone } from '../core/working-time.ts';
import type { Locale } from '../model/keys.ts';

/**
 * A date and a time as the person reads them in their own zone: "Monday 30
 * March" and "17:00" (Dutch: "maandag 30 maart", "17:00"). The 24-hour clock
 * is used in both languages so a time never depends on a US default.
 */
export function localDateTime(
  instant: Date,
  timeZone: string,
  locale: Locale,
): { readonly date: string; readonly time: string } {
  return cachedDateTime(instant, timeZone, locale);
}

/** A calendar date with its year, e.g. "3 March 2026" / "3 maart 2026". */
export function localDate(instant: Date, timeZone: string, locale: Locale): string {
  return inZone(instant, timeZone, locale).toFormat('d MMMM yyyy');
}

function inZone(instant: Date, timeZone: string, locale: Locale): DateTime {
  assertTimeZone(timeZone);
  return DateTime.fromJSDate(instant).setZone(timeZone).setLocale(locale);
}

/** Formatted texts by instant, zone and locale: a round's many cards share one closing time. */
const formatted = new Map<string, { readonly date: string; readonly time: string }>();
const FORMATTED_MAX = 2_000;

function cachedDateTime(instant: Date, timeZone: string, locale: Locale) {
  const key = `${instant.getTime()}|${timeZone}|${locale}`;
  let found = formatted.get(key);
  if (!found) {
    const local = inZone(instant, timeZone, locale);
    found = { date: local.toFormat('cccc d MMMM'), time: local.toFormat('HH:mm') };
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, found);
  }
  return found;
}
