import { describe, expect, it } from 'vitest';
import { participationSeries, scoreHistory } from '../../src/messages/history.ts';

describe('scores over time', () => {
  it('gives each element a cell per four-week period, hiding the periods under k with the reason', () => {
    const history = scoreHistory(
      {
        periods: [
          { from: '2026-W41', to: '2026-W44' },
          { from: '2026-W45', to: '2026-W48' },
        ],
        rows: [
          {
            key: 'leadership',
            label: 'Leadership',
            figures: [
              { period: '2026-W44', n: 3, summary: { score: 80, favourablePercent: 100 } },
              { period: '2026-W48', n: 6, summary: { score: 62.4, favourablePercent: 50 } },
            ],
          },
        ],
      },
      { locale: 'en', k: 5 },
    );
    expect(history.weekLabels).toEqual({ '2026-W44': 'Weeks 41–44, 2026', '2026-W48': 'Weeks 45–48, 2026' });
    const [hidden, shown] = history.rows[0]?.cells ?? [];
    expect(hidden).toMatchObject({ score: null, hidden: 'below_k', elementKey: '2026-W44' });
    expect(shown).toMatchObject({ score: 62, n: 6, elementKey: '2026-W48' });
  });

  it('says a period in which the element was not asked was not asked, not that it was hidden', () => {
    const history = scoreHistory(
      {
        periods: [{ from: '2026-W52', to: '2027-W02' }],
        rows: [{ key: 'culture', label: 'Cultuur', figures: [] }],
      },
      { locale: 'nl', k: 5 },
    );
    expect(history.weekLabels).toEqual({ '2027-W02': 'week 52 van 2026 t/m week 2 van 2027' });
    expect(history.rows[0]?.cells[0]).toMatchObject({
      score: null,
      hidden: 'not_asked',
      hiddenLabel: 'Niet gevraagd in deze periode',
    });
  });

  it('shows participation as a percentage of those invited', () => {
    expect(participationSeries([{ period: '2026-W47', invited: 8, respondents: 6 }], 'en')).toEqual([
      { period: '2026-W47', n: 6, label: 'Week 47, 2026', value: 75 },
    ]);
  });
});
