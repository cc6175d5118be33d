import { describe, expect, it } from 'vitest';
import { buildTeamReport } from '../../src/messages/index.ts';

const base = {
  team: { id: 't1', name: 'Support' },
  period: { key: '2026-W47', kind: 'week' as const },
  k: 5,
  participation: { invited: 8, respondents: 7 },
  elements: [],
  maturity: { level: 'not-yet' as const },
};
const period = { from: '2026-W45', to: '2026-W48' };

describe('eNPS in the team report', () => {
  it('says it was not asked this period rather than hidden, in English and Dutch', () => {
    const en = buildTeamReport({ ...base, locale: 'en', enps: { ...period, n: 0, hidden: 'not_asked' } });
    expect(en.enps).toMatchObject({ score: null, hidden: 'not_asked', hiddenLabel: 'Not asked this period' });
    const nl = buildTeamReport({ ...base, locale: 'nl', enps: { ...period, n: 0, hidden: 'not_asked' } });
    expect(nl.enps?.hiddenLabel).toBe('Deze periode niet gevraagd');
  });

  it('is hidden, and says why, when fewer than k answered it', () => {
    const report = buildTeamReport({ ...base, locale: 'en', enps: { ...period, n: 3, hidden: 'below_k' } });
    expect(report.enps?.score).toBeNull();
    expect(report.enps?.hiddenLabel).toBe('Hidden: fewer than 5 people answered');
    expect(report.enps?.splitLabel).toBeUndefined();
  });

  it('has its own heading, says what it asks and which four weeks it covers', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'en',
      enps: { ...period, n: 6, summary: { enps: 17 } },
    });
    expect(report.enps).toMatchObject({
      heading: 'eNPS',
      score: 17,
      label: 'eNPS (would recommend us as a place to work)',
      periodLabel: 'Weeks 45–48, 2026',
    });
  });

  it('shows promoters, passives and detractors as counts and percentages when each group has at least k people', () => {
    const split = { promoters: 6, passives: 5, detractors: 5 };
    const report = buildTeamReport({
      ...base,
      locale: 'en',
      enps: { ...period, n: 16, summary: { enps: 6 }, split },
    });
    expect(report.enps?.split?.map((g) => [g.group, g.count, g.percent])).toEqual([
      ['promoters', 6, 38],
      ['passives', 5, 31],
      ['detractors', 5, 31],
    ]);
    expect(report.enps?.splitLabel).toBe(
      'Promoters (9–10): 6 (38%) · Passives (7–8): 5 (31%) · Detractors (0–6): 5 (31%)',
    );
    const nl = buildTeamReport({
      ...base,
      locale: 'nl',
      enps: { ...period, n: 16, summary: { enps: 6 }, split },
    });
    expect(nl.enps?.splitLabel).toBe(
      'Promotors (9–10): 6 (38%) · Passieven (7–8): 5 (31%) · Criticasters (0–6): 5 (31%)',
    );
  });

  it('withholds the split, and says why, when a group is smaller than k, even if the caller passed it', () => {
    const split = { promoters: 4, passives: 2, detractors: 2 };
    const report = buildTeamReport({
      ...base,
      locale: 'en',
      enps: { ...period, n: 8, summary: { enps: 25 }, split },
    });
    expect(report.enps?.score).toBe(25);
    expect(report.enps?.split).toBeUndefined();
    expect(report.enps?.splitLabel).toMatch(/only when each group holds at least 5 people/);
    const nl = buildTeamReport({
      ...base,
      locale: 'nl',
      enps: { ...period, n: 8, summary: { enps: 25 }, split: null },
    });
    expect(nl.enps?.splitLabel).toMatch(/minstens 5 mensen/);
  });

  it('shows a leader their own answer beside the team’s, with its group', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'en',
      enps: { ...period, n: 6, summary: { enps: 17 }, self: 8 },
    });
    expect(report.enps?.selfLabel).toBe('Your own answer this period: 8 out of 10 (a passive).');
    const nl = buildTeamReport({
      ...base,
      locale: 'nl',
      enps: { ...period, n: 6, summary: { enps: 17 }, self: 10 },
    });
    expect(nl.enps?.selfLabel).toBe('Je eigen antwoord deze periode: 10 van de 10 (promotor).');
  });

  it('charts each 4-week period, keeping a period that did not ask it apart from one that hid it', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'en',
      enps: {
        ...period,
        n: 6,
        summary: { enps: 17 },
        history: [
          { from: '2026-W37', to: '2026-W40', n: 0, hidden: 'not_asked' },
          { from: '2026-W41', to: '2026-W44', n: 3, hidden: 'below_k' },
          { ...period, n: 6, summary: { enps: 17 } },
        ],
      },
    });
    expect(report.enps?.history?.map((p) => [p.label, p.value, p.hidden])).toEqual([
      ['Weeks 37–40, 2026', null, 'not_asked'],
      ['Weeks 41–44, 2026', null, 'below_k'],
      ['Weeks 45–48, 2026', 17, undefined],
    ]);
  });
});
