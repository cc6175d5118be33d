import { describe, expect, it } from 'vitest';
import { orgReportHtml } from '../../adapters/local/render/org-report-html.ts';
import type { TeamRounds } from '../../src/app/reports/org-disclosure.ts';
import { orgEnpsInput, type TeamEnpsWeek } from '../../src/app/reports/org-enps.ts';
import { buildOrgReport, renderPlainText } from '../../src/messages/index.ts';
import { orgReportCsv } from '../../src/messages/report-csv.ts';

const K = 5;

/** A team's closed round in `week`, in which `promoters`, `passives` and `detractors` answered eNPS. */
interface Round {
  readonly team: string;
  readonly week: string;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

function organisation(rounds: readonly Round[]): { answers: TeamEnpsWeek[]; teams: TeamRounds[] } {
  const names = [...new Set(rounds.map((r) => r.team))];
  return {
    answers: rounds.map((r) => ({
      teamId: r.team,
      week: r.week,
      stats: {
        count: r.promoters + r.passives + r.detractors,
        promoters: r.promoters,
        detractors: r.detractors,
      },
    })),
    teams: names.map((id) => ({
      id,
      rounds: rounds
        .filter((r) => r.team === id)
        .map((r, i) => ({
          id: `${id}-${r.week}`,
          week: r.week,
          k: K,
          closedAt: new Date(Date.UTC(2026, 10, 1 + i * 7, 9, names.indexOf(id))),
        })),
    })),
  };
}

function orgEnps(rounds: readonly Round[], asOf: string) {
  const { answers, teams } = organisation(rounds);
  return orgEnpsInput(answers, teams, { k: K, since: '2026-W41', asOf });
}

describe("HR's eNPS per 4-week period over the organisation", () => {
  // Weeks 45–48 of 2026 are one period; 41–44 the one before, 49–52 the one after.
  const support = { team: 'support', week: '2026-W45', promoters: 6, passives: 5, detractors: 5 };
  const sales = { team: 'sales', week: '2026-W46', promoters: 2, passives: 8, detractors: 6 };

  it('pools every team of the period, with promoters, passives and detractors when each holds k people', () => {
    const enps = orgEnps([support, sales], '2026-W48');
    // (8 promoters − 11 detractors) / 32 people.
    expect(enps).toMatchObject({ from: '2026-W45', to: '2026-W48', n: 32, summary: { enps: -9.375 } });
    expect(enps?.split).toEqual({ promoters: 8, passives: 13, detractors: 11 });
    expect(enps?.history?.map((p) => p.hidden ?? 'shown')).toEqual(['not_asked', 'shown']);
  });

  it('says "not asked" for a period no round asked, never "hidden"', () => {
    const enps = orgEnps([support, sales], '2026-W50');
    expect(enps).toMatchObject({ from: '2026-W49', to: '2026-W52', n: 0, hidden: 'not_asked' });
    expect(enps?.history?.map((p) => p.hidden ?? 'shown')).toEqual(['not_asked', 'shown', 'not_asked']);
  });

  it('hides a period when fewer than k answered across the organisation', () => {
    const few = [{ team: 'support', week: '2026-W45', promoters: 1, passives: 1, detractors: 1 }];
    const enps = orgEnps(few, '2026-W48');
    expect(enps).toMatchObject({ n: 0, hidden: 'below_k' });
    expect(enps?.split).toBeNull();
  });

  it('hides a period whose total, less the teams shown on their own, would leave fewer than k', () => {
    // Three people of "legal" answered: its own figure is hidden, and 35 − 16 − 16 would give theirs away.
    const legal = { team: 'legal', week: '2026-W47', promoters: 0, passives: 0, detractors: 3 };
    const enps = orgEnps([support, sales, legal], '2026-W48');
    expect(enps).toMatchObject({ n: 0, hidden: 'complementary' });
    expect(enps?.summary).toBeUndefined();
    expect(enps?.split).toBeNull();
  });

  it('shows the period on the dashboard, in the HR digest and in the CSV, with its weeks and split', async () => {
    const enps = orgEnps([support, sales], '2026-W48');
    if (!enps) throw new Error('expected an eNPS figure');
    for (const locale of ['en', 'nl'] as const) {
      const report = buildOrgReport({
        locale,
        period: { key: '2026-W48', kind: 'week' },
        k: K,
        participation: [],
        heatmap: [],
        enps,
      });
      expect(report.enps).toMatchObject({ heading: 'eNPS', score: -9, n: 32 });
      expect(report.enps?.split?.map((g) => g.count)).toEqual([8, 13, 11]);
      const text = renderPlainText(report, (feature) => feature);
      expect(text).toContain(report.enps?.periodLabel ?? 'missing');
      for (const group of report.enps?.split ?? []) expect(text).toContain(group.label);
      const page = (await orgReportHtml(report, { idPrefix: 'org', charts: false })).toString();
      expect(page).toContain(report.enps?.periodLabel ?? 'missing');
      for (const group of report.enps?.split ?? []) expect(page).toContain(group.label);
      const csv = orgReportCsv(report).split('\n');
      expect(csv.filter((line) => line.includes('2026-W48') && line.includes('-9'))).toHaveLength(1);
      expect(csv.filter((line) => line.includes('2026-W44'))).toHaveLength(1);
    }
  });
});
