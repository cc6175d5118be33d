import type { Locale } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { t } from './i18n/translate.ts';
import type { HiddenReason, TrendArrow } from './types.ts';

/**
 * The words a chart needs that documents do not carry (axis titles, "you",
 * hidden marks), for every surface that draws one: the playground's pages
 * and the chart image a chat report carries.
 */
export interface ChartWords {
  readonly n: string;
  /** A short mark on the chart and the reason in words, per hidden reason. */
  readonly hidden: {
    readonly mark: Readonly<Record<HiddenReason, string>>;
    readonly reason: Readonly<Record<HiddenReason, string>>;
  };
  readonly score: string;
  readonly participation: string;
  readonly period: string;
  readonly team: string;
  readonly element: string;
  readonly item: string;
  readonly you: string;
  readonly yourTeam: string;
  readonly gap: string;
  readonly verdict: string;
  readonly current: string;
  readonly desired: string;
  readonly trend: string;
  readonly favourable: string;
  readonly trends: Readonly<Record<TrendArrow, string>>;
  readonly showFigures: string;
  readonly teamViewN: (respondents: number) => string;
  readonly change: string;
}

const HIDDEN_REASONS = [
  'below_k',
  'complementary',
  'membership_change',
  'comments_below_k',
  'no_data',
  'not_asked',
] as const satisfies readonly HiddenReason[];

const TREND_ARROWS = ['up', 'down', 'flat', 'unknown'] as const satisfies readonly TrendArrow[];

function byKey<K extends string>(keys: readonly K[], word: (key: K) => string): Readonly<Record<K, string>> {
  return Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
}

/** The chart words in a locale ('nl-BE' → Dutch, anything unknown → English). */
export function chartWords(locale: string | undefined): ChartWords {
  const resolved: Locale = resolveLocale(locale);
  return {
    n: t(resolved, 'chart.n'),
    hidden: {
      mark: byKey(HIDDEN_REASONS, (reason) => t(resolved, `chart.hidden.mark.${reason}`)),
      reason: byKey(HIDDEN_REASONS, (reason) => t(resolved, `chart.hidden.reason.${reason}`)),
    },
    score: t(resolved, 'chart.score'),
    participation: t(resolved, 'chart.participation'),
    period: t(resolved, 'chart.period'),
    team: t(resolved, 'chart.team'),
    element: t(resolved, 'chart.element'),
    item: t(resolved, 'chart.item'),
    you: t(resolved, 'chart.you'),
    yourTeam: t(resolved, 'chart.your-team'),
    gap: t(resolved, 'chart.gap'),
    verdict: t(resolved, 'chart.verdict'),
    current: t(resolved, 'chart.current'),
    desired: t(resolved, 'chart.desired'),
    trend: t(resolved, 'chart.trend'),
    favourable: t(resolved, 'chart.favourable'),
    trends: byKey(TREND_ARROWS, (arrow) => t(resolved, `chart.trend.${arrow}`)),
    showFigures: t(resolved, 'chart.show-figures'),
    // Kept as written before: a plain count, no thousands separator.
    teamViewN: (respondents) => t(resolved, 'chart.team-view-n', { n: String(respondents) }),
    change: t(resolved, 'chart.change'),
  };
}
