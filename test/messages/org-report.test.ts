import { describe, expect, it } from 'vitest';
import { buildOrgReport } from '../../src/messages/index.ts';
import { orgReportInput } from './fixtures.ts';

describe('organisation report', () => {
  const report = buildOrgReport(orgReportInput('en'));

  it('shows participation over time and eNPS per 4-week period, not asked apart from hidden', () => {
    expect(report.periodLabel).toBe('Q4 2026');
    expect(report.participation).toEqual([
      { period: '2026-Q3', n: 30, value: 75, label: 'Q3 2026' },
      { period: '2026-Q4', n: 26, value: 65, label: 'Q4 2026' },
    ]);
    expect(report.enps).toMatchObject({ score: 12, n: 26, periodLabel: 'Weeks 45–48, 2026' });
    expect(report.enps?.history).toEqual([
      { period: '2026-W40', n: 0, value: null, hidden: 'not_asked', label: 'Weeks 37–40, 2026' },
      { period: '2026-W44', n: 3, value: null, hidden: 'below_k', label: 'Weeks 41–44, 2026' },
      { period: '2026-W48', n: 26, value: 12, label: 'Weeks 45–48, 2026' },
    ]);
  });

  it('has no weekly eNPS or engagement series: eNPS over time is only the 4-week periods', () => {
    const series = Object.entries(report).filter(
      ([, value]) =>
        Array.isArray(value) && value.some((item) => typeof item === 'object' && 'period' in item),
    );
    // Participation is who took part in each round; every figure of what people answered is per period.
    expect(series.map(([key]) => key)).toEqual(['participation']);
  });

  it('says which window the heatmap pools and what stands behind each cell', () => {
    expect(report.windowLabel).toBe(
      'Each score pools the rounds of the 12 weeks up to 1 December 2026 in which it was shown.',
    );
    const leadership = report.heatmap[0]?.cells.find((c) => c.elementKey === 'leadership');
    expect(leadership).toMatchObject({
      n: 9,
      rounds: 3,
      statements: 4,
      basisLabel: 'n = 9 · 3 rounds · 4 statements',
    });
  });

  it('gives every team a cell for each of the nine elements, in checklist order', () => {
    expect(Object.keys(report.elementLabels)).toHaveLength(9);
    for (const row of report.heatmap) {
      expect(row.cells.map((c) => c.elementKey)).toEqual(Object.keys(report.elementLabels));
    }
    const support = report.heatmap[0]!;
    expect(support.cells.find((c) => c.elementKey === 'leadership')).toMatchObject({ score: 72, n: 9 });
    expect(support.cells.find((c) => c.elementKey === 'culture')).toMatchObject({
      score: null,
      hidden: 'below_k',
      hiddenLabel: 'Hidden: fewer than 5 people answered',
    });
    expect(support.cells.find((c) => c.elementKey === 'vision-strategy')).toMatchObject({
      score: null,
      hidden: 'no_data',
    });
    const sales = report.heatmap[1]!;
    expect(sales.cells.find((c) => c.elementKey === 'monitoring')).toMatchObject({
      score: null,
      hidden: 'complementary',
    });
  });

  it('lists falls beyond noise from shown cells only, largest first', () => {
    expect(report.falling).toEqual([
      { team: 'Sales', label: 'Innovation', change: -16, elementKey: 'innovation' },
      { team: 'Support', label: 'Leadership', change: -9, elementKey: 'leadership' },
    ]);
  });

  it('speaks Dutch', () => {
    const nl = buildOrgReport(orgReportInput('nl'));
    expect(nl.title).toBe('Organisatierapport');
    expect(nl.periodLabel).toBe('4e kwartaal 2026');
    expect(nl.headings.falling).toBe('Waar scores daalden');
    expect(nl.falling[0]?.label).toBe('Innovatie');
  });

  it('refuses a cell for an unknown element', () => {
    const input = orgReportInput('en');
    expect(() =>
      buildOrgReport({
        ...input,
        heatmap: [{ team: { id: 'x', name: 'X' }, cells: [{ element: 'bogus', n: 9 }] }],
      }),
    ).toThrow(/Unknown element "bogus"/);
  });
});
