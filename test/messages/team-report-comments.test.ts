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

/** The window's batches as the report takes them: one group per four-week period, newest first. */
const inPeriods = (...periods: (typeof batch)[][]) =>
  periods.map((batches) => ({ batches: batches.map((b) => ({ batch: b })) }));

describe('comments in the team report', () => {
  it('shows the released batch with the weeks it spans and the rule', () => {
    const report = buildTeamReport({
      ...base,
      comments: { periods: inPeriods([batch]), k: 5, minComments: 3 },
    });
    expect(report.comments).toEqual({
      items: ['Great team', 'More time', 'Less noise'],
      note: expect.stringContaining('Week 45, 2026 to Week 47, 2026'),
    });
  });

  it('says why there is nothing to read before the first batch, in Dutch too', () => {
    const report = buildTeamReport({
      ...base,
      locale: 'nl',
      comments: { periods: [], k: 5, minComments: 3 },
    });
    expect(report.comments).toEqual({ hiddenLabel: expect.stringContaining('minstens 3 tegelijk') });
  });

  it('tells the leader the rule the person who commented was told, word for word', () => {
    for (const locale of ['en', 'nl'] as const) {
      const report = buildTeamReport({
        ...base,
        locale,
        comments: { periods: inPeriods([batch]), k: 6, minComments: 4 },
      });
      const thanks = notice('comment-thanks', locale, { k: 6, minComments: 4 }).text;
      const note = report.comments && 'note' in report.comments ? report.comments.note : '';
      const lastSentence = (text: unknown) => String(text).split('. ').at(-1) ?? '';
      expect(lastSentence(thanks)).toContain(locale === 'en' ? 'at least 4 together' : 'minstens 4 tegelijk');
      expect(lastSentence(note)).toBe(lastSentence(thanks));
    }
  });

  it('groups the window’s comments by four-week period, newest first, each under the weeks it spans', () => {
    const older = {
      fromWeek: '2026-W38',
      toWeek: '2026-W39',
      texts: ['Calmer now', 'Good start', 'Clear goals'],
      roundIds: ['r38', 'r39'],
    };
    const newer = {
      fromWeek: '2026-W48',
      toWeek: '2026-W48',
      texts: ['Busy week', 'Thanks all', 'Need help'],
      roundIds: ['r48'],
    };
    const report = buildTeamReport({
      ...base,
      comments: { periods: inPeriods([newer, batch], [older]), k: 5, minComments: 3 },
    });
    const comments = report.comments && 'items' in report.comments ? report.comments : undefined;
    expect(comments?.groups).toEqual([
      {
        label: 'Comments from Week 45, 2026 to Week 48, 2026, in shuffled order.',
        items: ['Busy week', 'Thanks all', 'Need help', 'Great team', 'More time', 'Less noise'],
      },
      { label: 'Comments from Week 38, 2026 to Week 39, 2026, in shuffled order.', items: older.texts },
    ]);
    // Surfaces without groups list every comment in the same order, under the whole span.
    expect(comments?.items).toEqual(comments?.groups?.flatMap((group) => group.items));
    expect(comments?.note).toContain('Week 38, 2026 to Week 48, 2026');
    // Neither a group nor the note names a round or a statement.
    expect(JSON.stringify(comments)).not.toMatch(/r3[89]|r48|round-4/);
  });
});
