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
      'section,team,key,label,value,n,favourable_percent,hidden_reason,rounds,statements,window_weeks,as_of_week',
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
    ]);
    const leadership = cells(csv.find((line) => line.startsWith('bouwstenen,Support,leadership,')));
    expect(leadership[3]).toBe('Leiderschap');
    expect(csv.some((line) => line.includes(',minder_dan_k,'))).toBe(true);
    expect(csv.join('\n')).not.toMatch(/below_k|elements,|participation,/);
    // The week a window ends with is an ISO week in both languages: a program joins on it.
    expect(leadership.at(-1)).toBe('2026-W47');
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
