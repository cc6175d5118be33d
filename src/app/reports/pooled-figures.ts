import type { RollingScore } from '../../core/index.ts';
import type { FigureInput, HistoryInput } from '../../messages/index.ts';
import { textFor, type ContentBank, type Locale } from '../../model/index.ts';
import type { TargetAnalysis } from './team-analysis.ts';

/**
 * A pooled score as the report builders take it: its answers as n, the
 * rounds and statements behind it; or why there is none (not asked in the
 * window, or asked and hidden under k).
 */
export function pooledFigure(score: RollingScore): FigureInput {
  if (score.summary) {
    return {
      n: score.n,
      summary: score.summary,
      basis: { rounds: score.rounds, statements: score.statements },
    };
  }
  return { n: 0, hidden: score.status === 'hidden' ? 'below_k' : 'not_asked' };
}

/** "Scores over time": every element, a cell per four-week period the team's history reaches. */
export function scoreHistoryInput(
  elements: readonly TargetAnalysis[],
  bank: ContentBank,
  locale: Locale,
): HistoryInput {
  const periods = elements[0]?.periods.map((p) => ({ from: p.window.from, to: p.window.to })) ?? [];
  return {
    periods,
    rows: bank.elements.map((element) => ({
      key: element.key,
      label: textFor(element.name, locale),
      figures: (elements.find((t) => t.target.key === element.key)?.periods ?? []).map((period) => ({
        period: period.window.to,
        ...pooledFigure(period),
      })),
    })),
  };
}
