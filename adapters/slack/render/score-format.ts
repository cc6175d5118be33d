import type { Locale } from '../../../src/model/keys.ts';
import type { HiddenReason, ScoreCell, ScoreRow, TrendArrow } from '../../../src/messages/types.ts';
import { escapeMrkdwn, formatChange, formatNumber } from './text.ts';

/**
 * Figures are language-neutral: numbers in the reader's convention, a lock
 * for a figure hidden to protect anonymity (the report's privacy note says
 * why), a dash where there is no data.
 */
const HIDDEN_MARK: Readonly<Record<HiddenReason, string>> = {
  below_k: ':lock:',
  complementary: ':lock:',
  membership_change: ':lock:',
  comments_below_k: ':lock:',
  no_data: '—',
  not_asked: '—',
};

const TREND_MARK: Readonly<Record<TrendArrow, string>> = { up: '↑', down: '↓', flat: '→', unknown: '' };

export function formatCell(cell: ScoreCell, locale: Locale): string {
  if (cell.hidden !== undefined) return HIDDEN_MARK[cell.hidden];
  if (cell.score === null) return HIDDEN_MARK.no_data;
  const parts = [`*${formatNumber(cell.score, locale)}*`];
  if (cell.favourablePercent !== undefined) parts.push(`${Math.round(cell.favourablePercent)}% :+1:`);
  parts.push(`_${cell.basisLabel === undefined ? `n=${cell.n}` : escapeMrkdwn(cell.basisLabel)}_`);
  return parts.join(' · ');
}

export function formatRow(row: ScoreRow, locale: Locale): string {
  const figure = formatCell(row, locale);
  const shown = row.hidden === undefined && row.score !== null;
  let trend = shown ? TREND_MARK[row.trend] : '';
  if (shown && row.change !== undefined) {
    const change = formatChange(row.change, locale);
    trend += ` ${row.changeBeyondNoise ? `*${change}*` : change}`;
  }
  return `• ${escapeMrkdwn(row.label)}: ${figure}${trend.trim() ? ` ${trend.trim()}` : ''}`;
}

/** A score with its n and nothing more, for a heatmap's cells; a hidden one is its mark alone. */
export function formatScoreWithN(cell: ScoreCell, locale: Locale): string {
  const score = formatScoreOnly(cell, locale);
  return cell.hidden === undefined && cell.score !== null ? `${score} _(n=${cell.n})_` : score;
}

/** A bare score, for compact cells such as a heatmap. */
export function formatScoreOnly(cell: ScoreCell, locale: Locale): string {
  if (cell.hidden !== undefined) return HIDDEN_MARK[cell.hidden];
  if (cell.score === null) return HIDDEN_MARK.no_data;
  return formatNumber(cell.score, locale);
}
