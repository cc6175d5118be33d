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

describe('eNPS in the team report', () => {
  it('says it was not asked this period rather than hidden, in English and Dutch', () => {
    const en = buildTeamReport({ ...base, locale: 'en', enps: { n: 0, hidden: 'no_data' } });
    expect(en.enps).toMatchObject({ score: null, hiddenLabel: 'Not asked this period' });
    const nl = buildTeamReport({ ...base, locale: 'nl', enps: { n: 0, hidden: 'no_data' } });
    expect(nl.enps?.hiddenLabel).toBe('Deze periode niet gevraagd');
  });

  it('is hidden, and says why, when fewer than k answered it', () => {
    const report = buildTeamReport({ ...base, locale: 'en', enps: { n: 3, hidden: 'below_k' } });
    expect(report.enps?.score).toBeNull();
    expect(report.enps?.hiddenLabel).not.toBe('Not asked this period');
    expect(report.enps?.hiddenLabel).toMatch(/Hidden/);
  });

  it('is labelled as eNPS with what it means', () => {
    const report = buildTeamReport({ ...base, locale: 'en', enps: { n: 6, summary: { enps: 17 } } });
    expect(report.enps).toMatchObject({ score: 17, label: 'eNPS (would recommend us as a place to work)' });
  });
});
