import type { Locale } from '../model/keys.ts';
import { localDate } from './dates.ts';
import type { CultureRow, ScoreCell } from './figure-types.ts';
import { formatNumber, t, tn } from './i18n/translate.ts';
import { scoreWindowData, type ScoreWindowData } from './score-window.ts';

/** How many of the values the team most wants more of a report names. */
export const WANTS_MORE_COUNT = 3;

/** The window desired culture pools: its own, long enough to hold every value once. */
export interface DesiredWindowInput {
  readonly weeks: number;
  readonly asOf: Date;
  /** The team's rounds in it, and the rounds that hold every desired statement once. */
  readonly roundsRead: number;
  readonly rounds: number;
}

/** One of the values the team most wants more of, with its figure and today's. */
export interface WantsMoreRow {
  readonly valueKey: string;
  readonly label: string;
  readonly facetLabel: string;
  readonly desired: ScoreCell;
  readonly current: ScoreCell;
  /** "82% say the team would do better with more of it (n = 34); today 61". */
  readonly summary: string;
}

/** The values the team most wants more of, the window they were read over, and those not asked yet. */
export interface WantsMoreSection {
  readonly heading: string;
  /** The window in words: its rounds, its weeks and its as-of date. */
  readonly windowLabel: string;
  readonly window: ScoreWindowData & { readonly rounds: number };
  /** At most WANTS_MORE_COUNT, the most wanted first. */
  readonly top: readonly WantsMoreRow[];
  /** When no value can be ranked yet. */
  readonly emptyLabel?: string;
  /** The values no round in the window asked yet, in words ("Not asked yet: …"). */
  readonly notAskedYet?: string;
}

/**
 * Whether a culture row's "want more" figure ranks, and how high: by the
 * share who say the team would do better with more of it, then by score. A
 * hidden or unasked figure does not rank.
 */
export function wantsMoreRank(row: CultureRow): readonly [number, number] | undefined {
  const cell = row.desired;
  if (cell === undefined || cell.hidden !== undefined || cell.score === null) return undefined;
  return [cell.favourablePercent ?? 0, cell.score];
}

/** Culture rows in the order of what the team wants more of; those that do not rank keep their order, last. */
export function byWantsMore(rows: readonly CultureRow[]): CultureRow[] {
  return rows
    .map((row, order) => ({ row, order, rank: wantsMoreRank(row) }))
    .sort(
      (a, b) =>
        (b.rank?.[0] ?? -1) - (a.rank?.[0] ?? -1) ||
        (b.rank?.[1] ?? -1) - (a.rank?.[1] ?? -1) ||
        a.order - b.order,
    )
    .map(({ row }) => row);
}

/** The section: the top values from rows already in `byWantsMore` order, and the window named. */
export function wantsMoreSection(
  ranked: readonly CultureRow[],
  window: DesiredWindowInput,
  timeZone: string,
  locale: Locale,
): WantsMoreSection {
  const top = ranked
    .filter((row) => wantsMoreRank(row) !== undefined)
    .slice(0, WANTS_MORE_COUNT)
    .flatMap((row) => (row.desired ? [topRow(row, row.desired, locale)] : []));
  const notAsked = ranked.filter((row) => row.desired?.hidden === 'not_asked').map((row) => row.label);
  return {
    heading: t(locale, 'wantsMore.heading'),
    windowLabel: tn(locale, 'wantsMore.window', window.roundsRead, {
      weeks: window.weeks,
      date: localDate(window.asOf, timeZone, locale),
      rounds: window.rounds,
    }),
    window: {
      ...scoreWindowData(window, timeZone),
      rounds: window.rounds,
    },
    top,
    ...(top.length === 0 ? { emptyLabel: t(locale, 'wantsMore.none') } : {}),
    ...(notAsked.length === 0
      ? {}
      : {
          notAskedYet: t(locale, 'wantsMore.notAskedYet', {
            values: new Intl.ListFormat(locale, { type: 'conjunction' }).format(notAsked),
          }),
        }),
  };
}

function topRow(row: CultureRow, desired: ScoreCell, locale: Locale): WantsMoreRow {
  const today =
    row.current.hidden === undefined && row.current.score !== null
      ? t(locale, 'wantsMore.today', { score: formatNumber(locale, row.current.score) })
      : '';
  return {
    valueKey: row.valueKey,
    label: row.label,
    facetLabel: row.facetLabel,
    desired,
    current: row.current,
    summary:
      t(locale, 'wantsMore.row', {
        percent: formatNumber(locale, desired.favourablePercent ?? 0),
        n: formatNumber(locale, desired.n),
      }) + today,
  };
}

/** What a surface says under the ranked values: why none ranks yet, what is not asked yet, and the window. */
export function wantsMoreNotes(section: WantsMoreSection): string[] {
  return [section.emptyLabel, section.notAskedYet, section.windowLabel].filter(
    (note): note is string => note !== undefined,
  );
}
