import { describe, expect, it } from 'vitest';
import { buildTeamReport, notice } from '../../src/messages/index.ts';

const base = {
  locale: 'en',
  team: { id: 't1', name: 'Support' },
  period: { key: '2026-W47', kind: 'week' as const },
  k: 5,
  participation: { invited: 8, respondents: 7 },
  elements: [],
  maturity: { level: 'not-yet' as const },
};

const batch = {
  fromWeek: '2026-W45',
  toWeek: '2026-W47',
  texts: ['Great team', 'More time', 'Less noise'],
  roundIds: ['round-45', 'round-47'],
};

describe('comments in the team report', () => {
  it('shows the released batch with the weeks it spans and the rule', () => {
    const report = buildTeamReport({ ...base, comments: { batch, k: 5, minComments: 3 } });
    expect(report.comments).toEqual({
      items: ['Great team', 'More time', 'Less noise'],
      note: expect.stringContaining('Week 45, 2026 to Week 47, 2026'),
    });
  });

  it('says why there is nothing to read before the first batch, in Dutch too', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'nl',
      comments: { batch: null, k: 5, minComments: 3 },
    });
    expect(report.comments).toEqual({ hiddenLabel: expect.stringContaining('minstens 3 tegelijk') });
  });

  it('tells the leader the rule the person who commented was told, word for word', () => {
    for (const locale of ['en', 'nl'] as const) {
      const report = buildTeamReport({ ...base, locale, comments: { batch, k: 6, minComments: 4 } });
      const thanks = notice('comment-thanks', locale, { k: 6, minComments: 4 }).text;
      const note = report.comments && 'note' in report.comments ? report.comments.note : '';
      const lastSentence = (text: unknown) => String(text).split('. ').at(-1) ?? '';
      expect(lastSentence(thanks)).toContain(locale === 'en' ? 'at least 4 together' : 'minstens 4 tegelijk');
      expect(lastSentence(note)).toBe(lastSentence(thanks));
    }
  });
});
