import { formatNumber, formatSigned } from '../../../src/charts/index.ts';
import type { HiddenReason, ScoreCell, ScoreRow, TrendArrow } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';

/**
 * Figures are language-neutral: numbers in the reader's convention, a lock
 * for a figure hidden to protect anonymity (the report's privacy note says
 * why), a dash where there is no data. The words around them come from the
 * document.
 */
export const LOCK = '🔒';
export const NO_DATA = '—';

const HIDDEN_MARK: Readonly<Record<HiddenReason, string>> = {
  below_k: LOCK,
  complementary: LOCK,
  membership_change: LOCK,
  comments_below_k: LOCK,
  no_data: NO_DATA,
  not_asked: NO_DATA,
};

const TREND_MARK: Readonly<Record<TrendArrow, string>> = { up: '↑', down: '↓', flat: '→', unknown: '' };

/** Whole figures as whole numbers, anything else with one decimal (3.8 in English, 3,8 in Dutch). */
export function number(value: number, locale: Locale): string {
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
}

export function signed(value: number, locale: Locale): string {
  return formatSigned(value, locale, Number.isInteger(value) ? 0 : 1);
}

/** A score with its favourable share and n, or the mark that says why it is not shown. */
export function formatCell(cell: ScoreCell, locale: Locale): string {
  if (cell.hidden !== undefined) return HIDDEN_MARK[cell.hidden];
  if (cell.score === null) return NO_DATA;
  const parts = [`**${number(cell.score, locale)}**`];
  if (cell.favourablePercent !== undefined) parts.push(`${Math.round(cell.favourablePercent)}% 👍`);
  parts.push(cell.basisLabel ?? `n=${cell.n}`);
  return parts.join(' · ');
}

/** A row's figure with its trend arrow and change (bold when beyond noise). */
export function formatRow(row: ScoreRow, locale: Locale): string {
  const figure = formatCell(row, locale);
  if (row.hidden !== undefined || row.score === null) return figure;
  const trend = [TREND_MARK[row.trend]];
  if (row.change !== undefined) {
    const change = signed(row.change, locale);
    trend.push(row.changeBeyondNoise ? `**${change}**` : change);
  }
  const suffix = trend.filter(Boolean).join(' ');
  return suffix ? `${figure} ${suffix}` : figure;
}

/** A score with its n and nothing more, for a heatmap's cells; a hidden one is its mark alone. */
export function formatScoreWithN(cell: ScoreCell, locale: Locale): string {
  const score = formatScoreOnly(cell, locale);
  return cell.hidden === undefined && cell.score !== null ? `${score} (n=${cell.n})` : score;
}

/** A bare score, for compact cells such as a heatmap or a history table. */
export function formatScoreOnly(cell: ScoreCell, locale: Locale): string {
  if (cell.hidden !== undefined) return HIDDEN_MARK[cell.hidden];
  if (cell.score === null) return NO_DATA;
  return number(cell.score, locale);
}
