import { describe, expect, it } from 'vitest';
import { buildOrgReport, buildTeamReport, notice } from '../../src/messages/index.ts';
import { orgReportCsv, teamReportCsv } from '../../src/messages/report-csv.ts';
import { orgReportInput, teamReportInput } from './fixtures.ts';

const lines = (csv: string) => csv.trimEnd().split('\r\n');
const cells = (line: string | undefined) => (line ?? '').split(',');

describe('the CSV export in its reader’s language', () => {
  it('keeps the English columns, sections and reasons a script may already read', () => {
    const csv = lines(teamReportCsv(buildTeamReport(teamReportInput('en'))));
    expect(csv[0]).toBe(
      'section,team,key,label,value,n,favourable_percent,hidden_reason,rounds,statements,window_weeks,as_of_week,window_from,window_to',
    );
    expect(csv.some((line) => line.startsWith('elements,Support,'))).toBe(true);
    expect(csv.some((line) => line.includes(',below_k,'))).toBe(true);
  });

  it('gives a Dutch reader Dutch columns, sections, names and reasons, with the same keys', () => {
    const csv = lines(teamReportCsv(buildTeamReport(teamReportInput('nl'))));
    expect(cells(csv[0])).toEqual([
      'onderdeel',
      'team',
      'sleutel',
      'naam',
      'waarde',
      'n',
      'positief_procent',
      'reden_verborgen',
      'rondes',
      'stellingen',
      'venster_weken',
      'tot_en_met_week',
      'venster_vanaf',
      'venster_tot_en_met',
    ]);
    const leadership = cells(csv.find((line) => line.startsWith('bouwstenen,Support,leadership,')));
    expect(leadership[3]).toBe('Leiderschap');
    expect(csv.some((line) => line.includes(',minder_dan_k,'))).toBe(true);
    expect(csv.join('\n')).not.toMatch(/below_k|elements,|participation,/);
    // The week a window ends with is an ISO week in both languages: a program joins on it.
    expect(leadership.at(-3)).toBe('2026-W47');
  });

  it.each([
    [
      'en',
      'heatmap,Support,leadership,Leadership',
      'heatmap,Sales,monitoring,Monitoring and feedback,,,,complementary',
    ],
    [
      'nl',
      'heatmap,Support,leadership,Leiderschap',
      'heatmap,Sales,monitoring,Meten en sturen,,,,af_te_leiden',
    ],
  ] as const)('gives every heatmap cell its rounds, statements and window (%s)', (locale, shown, hidden) => {
    const csv = lines(orgReportCsv(buildOrgReport(orgReportInput(locale))));
    // Score, n, favourable %, no reason; 3 rounds and 4 statements; 12 weeks from Monday of week 38 up to 1 December.
    expect(csv).toContain(`${shown},72,9,72,,3,4,12,2026-W49,2026-09-14,2026-12-01`);
    // A hidden cell keeps its window but says nothing of what stands behind it.
    expect(csv).toContain(`${hidden},,,12,2026-W49,2026-09-14,2026-12-01`);
    // eNPS per period: the period's four weeks, Monday to Sunday; not asked apart from hidden.
    expect(csv.filter((line) => line.startsWith('enps,'))).toEqual([
      expect.stringMatching(/,2026-W40,.*,4,2026-W40,2026-09-07,2026-10-04$/),
      expect.stringMatching(/,2026-W44,.*,4,2026-W44,2026-10-05,2026-11-01$/),
      expect.stringMatching(/,2026-W48,.*,12,26,.*,4,2026-W48,2026-11-02,2026-11-29$/),
    ]);
  });

  it('names the weeks of each period of scores over time in its row', () => {
    const input = {
      ...teamReportInput('en'),
      history: {
        periods: [
          { from: '2026-W41', to: '2026-W44' },
          { from: '2026-W45', to: '2026-W48' },
        ],
        rows: [
          {
            key: 'leadership',
            label: 'Leadership',
            figures: [{ period: '2026-W48', n: 9, summary: { score: 70, favourablePercent: 70 } }],
          },
        ],
      },
    };
    const history = lines(teamReportCsv(buildTeamReport(input))).filter((line) =>
      line.startsWith('history,'),
    );
    // Monday of the period's first week to Sunday of its last; a period that did not ask it keeps its weeks.
    expect(history).toEqual([
      expect.stringMatching(/,not_asked,,,4,2026-W44,2026-10-05,2026-11-01$/),
      expect.stringMatching(/,70,9,70,,,,4,2026-W48,2026-11-02,2026-11-29$/),
    ]);
  });

  it('keeps a decimal point in a number, in Dutch too', () => {
    const report = buildTeamReport(teamReportInput('nl'));
    const [first, ...rest] = report.elements;
    if (!first) throw new Error('the fixture has elements');
    const csv = teamReportCsv({ ...report, elements: [{ ...first, score: 71.64 }, ...rest] });
    expect(csv).toContain(`bouwstenen,Support,${first.target.key},${first.label},71.6,`);
    expect(csv).not.toContain('71,6');
  });

  it('names periods as a Dutch reader writes them: “week 50, 2026”', () => {
    const input = orgReportInput('nl');
    const weekly = {
      ...input,
      period: { key: '2026-W50', kind: 'week' as const },
      participation: [{ period: '2026-W50', invited: 40, respondents: 30 }],
      engagement: [{ period: '2026-W50', n: 30, enps: 20 }],
    };
    const nl = orgReportCsv(buildOrgReport(weekly));
    expect(nl).toContain('deelname,,2026-W50,"week 50, 2026",');
    const en = orgReportCsv(buildOrgReport({ ...weekly, locale: 'en' }));
    expect(en).toContain('participation,,2026-W50,"Week 50, 2026",');
  });

  it('says there are no results yet in the reader’s language, under their column names', () => {
    const csv = lines(
      teamReportCsv(notice('no-results', 'nl', { subject: 'Support', timeZone: 'Europe/Amsterdam' })),
    );
    expect(csv[0]?.startsWith('onderdeel,team,sleutel,naam')).toBe(true);
    expect(csv[1]?.startsWith('melding,,no_results,')).toBe(true);
  });
});
