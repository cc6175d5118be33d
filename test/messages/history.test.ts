import { describe, expect, it } from 'vitest';
import { participationSeries, scoreHistory } from '../../src/messages/history.ts';

describe('scores over time', () => {
  it('gives each element a cell per round, hiding the weeks under k with the reason', () => {
    const history = scoreHistory(
      {
        weeks: ['2026-W46', '2026-W47'],
        rows: [
          {
            key: 'leadership',
            label: 'Leadership',
            figures: [
              { week: '2026-W46', n: 3, summary: { score: 80, favourablePercent: 100 } },
              { week: '2026-W47', n: 6, summary: { score: 62.4, favourablePercent: 50 } },
            ],
          },
        ],
      },
      { locale: 'en', k: 5 },
    );
    expect(history.weekLabels).toEqual({ '2026-W46': 'Week 46, 2026', '2026-W47': 'Week 47, 2026' });
    const [hidden, shown] = history.rows[0]?.cells ?? [];
    expect(hidden).toMatchObject({ score: null, hidden: 'below_k', elementKey: '2026-W46' });
    expect(shown).toMatchObject({ score: 62, n: 6, elementKey: '2026-W47' });
  });

  it('marks a week in which the element was not asked as having no data', () => {
    const history = scoreHistory(
      { weeks: ['2026-W47'], rows: [{ key: 'culture', label: 'Culture', figures: [] }] },
      { locale: 'nl', k: 5 },
    );
    expect(history.rows[0]?.cells[0]).toMatchObject({ score: null, hidden: 'no_data' });
  });

  it('shows participation as a percentage of those invited', () => {
    expect(participationSeries([{ period: '2026-W47', invited: 8, respondents: 6 }], 'en')).toEqual([
      { period: '2026-W47', n: 6, label: 'Week 47, 2026', value: 75 },
    ]);
  });
});
