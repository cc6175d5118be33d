import type { MaturityReason } from '../core/maturity.ts';
import type { ContentBank, ElementKey, Locale } from '../model/index.ts';
import { textFor } from '../model/index.ts';
import { t } from './i18n/translate.ts';
import type { TeamReportReader } from './types.ts';

/** Reasons a report shows at most; the rest are summed up in one line. */
export const MAX_REASONS = 4;

/** What the level rests on and what holds it back, as the report can say it. */
export interface MaturityEvidence {
  readonly toNextLevel: readonly MaturityReason[];
  /** Per element: what keeps it from its next level. */
  readonly elements: readonly {
    readonly element: ElementKey;
    readonly toNextLevel: readonly MaturityReason[];
  }[];
  readonly window: { readonly from: string; readonly to: string; readonly weeks: number };
}

/**
 * Why the team is not at the next level, in INK's own terms: for each
 * element that holds it back, the first thing that holds that element back
 * (a phase — design, implementation, evaluation and adjustment — not asked
 * or too low, a low or falling score, a large perception gap).
 */
export function maturityReasons(
  evidence: MaturityEvidence,
  bank: ContentBank,
  locale: Locale,
  reader: TeamReportReader = 'leader',
): string[] {
  const name = (element: ElementKey | undefined) => {
    const found = element ? bank.elements.find((e) => e.key === element) : undefined;
    return found ? textFor(found.name, locale) : (element ?? '');
  };
  const lines = evidence.toNextLevel.flatMap((reason): string[] => {
    if (reason.code === 'element_missing')
      return [t(locale, 'maturity.reason.element_missing', { element: name(reason.element) })];
    if (reason.code !== 'element_below') return [reasonText(reason, locale, reader)];
    const held = evidence.elements.find((e) => e.element === reason.element)?.toNextLevel[0];
    return [
      `${name(reason.element)}: ${held ? reasonText(held, locale, reader) : t(locale, 'maturity.reason.element_below')}`,
    ];
  });
  if (lines.length <= MAX_REASONS) return lines;
  return [
    ...lines.slice(0, MAX_REASONS),
    t(locale, 'maturity.reason.more', { count: lines.length - MAX_REASONS }),
  ];
}

function reasonText(reason: MaturityReason, locale: Locale, reader: TeamReportReader): string {
  // Someone who does not lead the team never has the leader's own view: not "unknown", but not theirs to see.
  if (reason.code === 'gap_unknown' && reader === 'other')
    return t(locale, 'maturity.reason.gap_leader_only');
  const params = {
    phase: reason.phase ? t(locale, `maturity.phase.${reason.phase}`) : '',
    value: Math.round(reason.value ?? 0),
    threshold: Math.round(reason.threshold ?? 0),
  };
  return t(locale, `maturity.reason.${reason.code}`, params);
}
