import type Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { Db } from '../store/database.ts';
import { refusal } from '../messages/refusals.ts';

/**
 * date-holidays holds every country's rules: loading it adds about 47 MB of
 * resident memory (68 → 115 MB in a bare process, three runs), so it is
 * loaded the first time a holiday is asked for, not when the bot starts: an
 * organisation without a holiday region never loads it.
 */
let library: Promise<typeof Holidays> | undefined;
function holidayLibrary(): Promise<typeof Holidays> {
  library ??= import('date-holidays').then((module) => module.default);
  return library;
}

/** Holiday dates per region and year: the rules never change while the bot runs. */
const computed = new Map<string, readonly string[]>();

/** `NL` → `{ country: 'NL' }`, `us-ca` → `{ country: 'US', state: 'CA' }`. */
function partsOf(region: string): { country: string; state?: string } {
  const [country = '', state] = region.trim().toUpperCase().split('-');
  return state ? { country, state } : { country };
}

/**
 * A region's code as stored (`NL`, `US-CA`), checked against the library's
 * list, so a typo is refused instead of quietly giving no holidays.
 */
export async function holidayRegion(code: string): Promise<string> {
  const Library = await holidayLibrary();
  const { country, state } = partsOf(code);
  const known = new Library();
  const countryKnown = /^[A-Z]{2}$/.test(country) && country in known.getCountries();
  const stateKnown = state === undefined || (countryKnown && state in (known.getStates(country) ?? {}));
  if (!countryKnown || !stateKnown) {
    throw refusal('usage', 'refusal.holidays.region-unknown', { code });
  }
  return state ? `${country}-${state}` : country;
}

/** The public holidays (local dates) of one calendar year in a region. */
async function holidaysOfYear(region: string, year: number): Promise<readonly string[]> {
  const key = `${region}/${year}`;
  const known = computed.get(key);
  if (known) return known;
  const Library = await holidayLibrary();
  const { country, state } = partsOf(region);
  const calendar = state ? new Library(country, state) : new Library(country);
  // Only days off by law: observances and optional days (an afternoon off, a school holiday) are working days.
  const dates = calendar
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10));
  computed.set(key, dates);
  return dates;
}

/**
 * The public holidays of a region from the year before `around` to two
 * after: every date the schedule maths may look at (it searches at most
 * 400 days ahead). None when no region is set.
 */
export async function publicHolidays(region: string | null, around: Date): Promise<readonly string[]> {
  if (!region) return [];
  const year = DateTime.fromJSDate(around, { zone: 'utc' }).year;
  const years = await Promise.all([year - 1, year, year + 1, year + 2].map((y) => holidaysOfYear(region, y)));
  return years.flat();
}

/** Whose holidays a person has off: their own region, else their organisation's. */
export async function holidaysOf(
  db: Db,
  person: { readonly organizationId: string; readonly holidayRegion: string | null },
  around: Date,
): Promise<readonly string[]> {
  const region = person.holidayRegion ?? (await organizationHolidayRegion(db, person.organizationId));
  return publicHolidays(region, around);
}

export async function organizationHolidayRegion(db: Db, organizationId: string): Promise<string | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { holidayRegion: true },
  });
  return org?.holidayRegion ?? null;
}
