import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { buildOrgReport } from '../../src/messages/index.ts';

const pooled = (score: number, n: number, rounds: number) => ({
  n,
  summary: { score, favourablePercent: 60 },
  basis: { rounds, statements: 2 },
});

/** HR's heatmap on the rolling window, through the real builder and the playground's renderer. */
function heatmapReport(locale: 'en' | 'nl') {
  return buildOrgReport({
    locale,
    period: { key: '2026-W48', kind: 'week' },
    k: 5,
    window: { weeks: 12, asOf: new Date('2026-11-25T09:00:00Z') },
    timeZone: 'Europe/Amsterdam',
    participation: [{ period: '2026-W48', invited: 20, respondents: 16 }],
    heatmap: [
      {
        team: { id: 't-care', name: 'Care' },
        cells: [
          { element: 'leadership', ...pooled(71, 23, 3) },
          { element: 'monitoring', n: 0, hidden: 'not_asked' },
          { element: 'culture', n: 0, hidden: 'below_k' },
        ],
      },
    ],
  });
}

describe('the organisation heatmap on the page', () => {
  it('says the window its cells pool and what stands behind each cell', async () => {
    const out = await renderHtml(heatmapReport('en'), { idPrefix: 'h1', charts: false });
    expect(out).toContain('Each score pools the rounds of the 12 weeks up to');
    expect(out).toContain('n = 23 · 3 rounds · 2 statements');
  });

  it('gives a hidden cell its reason, not a number: not asked in the window, or hidden under k', async () => {
    const out = await renderHtml(heatmapReport('en'), { idPrefix: 'h2', charts: false });
    expect(out).toContain('Not asked in this period');
    expect(out).toContain('Hidden: fewer than 5 people answered');
  });

  it('says the window in Dutch for a Dutch reader', async () => {
    const report = heatmapReport('nl');
    const out = await renderHtml(report, { idPrefix: 'h3', charts: false });
    expect(report.windowLabel).toBeDefined();
    expect(out).toContain(report.windowLabel);
    expect(report.scoreWindow).toEqual({
      weeks: 12,
      asOfWeek: '2026-W48',
      from: '2026-09-07',
      to: '2026-11-25',
    });
  });
});
