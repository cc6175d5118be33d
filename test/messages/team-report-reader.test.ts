import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { buildTeamReport, renderPlainText, t, type TeamReportInput } from '../../src/messages/index.ts';
import type { MessageKey } from '../../src/messages/index.ts';
import { teamReportInput } from './fixtures.ts';

const reach = (feature: string) => `type ${feature}`;

/** Words in a team report that speak to the team's own leader. */
const LEADER_ONLY: readonly MessageKey[] = [
  'report.heading.gaps',
  'report.privacy.team',
  'maturity.reason.gap_unknown',
  'gap.aligned',
  'gap.leader-higher',
  'gap.leader-lower',
];

const leaderWords = (locale: 'en' | 'nl') => LEADER_ONLY.map((key) => t(locale, key, { k: 5 }));

/** The fixture team, its leader's own view still in the input, with one element held back by an unknown gap. */
function input(locale: 'en' | 'nl', reader?: TeamReportInput['reader']): TeamReportInput {
  const element = 'leadership' as const;
  return {
    ...teamReportInput(locale),
    ...(reader ? { reader } : {}),
    maturity: {
      level: '*',
      evidence: {
        toNextLevel: [{ code: 'element_below', element, level: '**' }],
        elements: [{ element, toNextLevel: [{ code: 'gap_unknown', level: '**' }] }],
        window: { from: '2026-08-31', to: '2026-11-20', weeks: 12 },
      },
    },
  };
}

describe.each(['en', 'nl'] as const)('a team report read by HR (%s)', (locale) => {
  it('leaves out the leader’s own ratings and every sentence addressed to the leader', async () => {
    const report = buildTeamReport(input(locale, 'other'));
    expect(report.gaps).toEqual([]);
    const page = await renderHtml(report, { charts: false });
    const text = renderPlainText(report, reach);
    for (const words of leaderWords(locale)) {
      expect(page).not.toContain(words);
      expect(text).not.toContain(words);
    }
    expect(page).toContain(t(locale, 'report.privacy.team.reader', { k: 5 }));
    expect(report.maturity.reasons.join(' ')).toContain(t(locale, 'maturity.reason.gap_leader_only'));
  });

  it('still gives the leader their own view, addressed to them', async () => {
    const report = buildTeamReport(input(locale));
    const page = await renderHtml(report, { charts: false });
    expect(report.gaps.length).toBeGreaterThan(0);
    expect(page).toContain(t(locale, 'report.heading.gaps'));
    expect(page).toContain(t(locale, 'report.privacy.team', { k: 5 }));
    expect(report.maturity.reasons.join(' ')).toContain(t(locale, 'maturity.reason.gap_unknown'));
  });
});
