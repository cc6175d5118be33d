import { describe, expect, it } from 'vitest';
import { buildTeamReport } from '../../src/messages/index.ts';

const base = {
  locale: 'en',
  team: { id: 't1', name: 'Support' },
  period: { key: '2026-W47', kind: 'week' as const },
  k: 5,
  participation: { invited: 12, respondents: 11 },
  elements: [],
  maturity: { level: 'not-yet' as const },
};

describe('comments in the team report', () => {
  it('are shown once at least comment-k people took part', () => {
    const report = buildTeamReport({
      ...base,
      comments: { texts: ['Great team'], commenters: 11, commentK: 10 },
    });
    expect(report.comments).toEqual({ items: ['Great team'] });
  });

  it('are hidden below comment-k, with the reason and never the text', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'nl',
      comments: { texts: ['Secret remark'], commenters: 9, commentK: 10 },
    });
    expect(JSON.stringify(report.comments)).not.toContain('Secret remark');
    expect(report.comments).toEqual({ hiddenLabel: expect.stringContaining('10') });
  });
});
