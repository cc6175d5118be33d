import { describe, expect, it } from 'vitest';
import { buildTeamReport, chartAltText, notice } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { teamReportInput } from './fixtures.ts';

const report = (locale: string): TeamReport => buildTeamReport(teamReportInput(locale));

describe('the chart picture in a chat report, in words', () => {
  it('reads each element as its bar does: score, n and trend, or why it is hidden', () => {
    const words = chartAltText(report('en'));
    expect(words).toMatch(/^Bar chart “The nine building blocks”, scores from 0 to 100\. /);
    expect(words).toContain('Understanding customers 81 (n = 8), up 8 points, beyond the noise of ±6; ');
    expect(words).toContain('Employee engagement 60 (n = 8); ');
    expect(words).toContain('Leadership: Hidden: fewer respondents than the anonymity threshold; ');
    expect(words).toContain('Monitoring and feedback: No answers yet; ');
  });

  it('says the same in Dutch', () => {
    const words = chartAltText(report('nl'));
    expect(words).toMatch(/^Staafdiagram ‘De negen bouwstenen’, scores van 0 tot 100\. /);
    expect(words).toContain(
      'Luisteren naar klanten 81 (n = 8), 8 punten hoger, meer dan de meetruis van ±6; ',
    );
    expect(words).toContain('Leiderschap: Verborgen: minder respondenten dan de anonimiteitsdrempel; ');
  });

  it('names every element in the order of the bars, with the figure the bar shows', () => {
    for (const locale of ['en', 'nl']) {
      const shown = report(locale);
      const words = chartAltText(shown) ?? '';
      let from = 0;
      for (const row of shown.elements) {
        const at = words.indexOf(row.label, from);
        expect(at, row.label).toBeGreaterThan(from - 1);
        if (row.score !== null)
          expect(words.slice(at)).toMatch(new RegExp(`^[^;]* ${Math.round(row.score)} \\(n = ${row.n}\\)`));
        from = at + row.label.length;
      }
    }
  });

  it('gives no words where chat sends no picture: other messages, and a report without element scores', () => {
    expect(chartAltText(notice('paused', 'en'))).toBeUndefined();
    expect(chartAltText({ ...report('en'), elements: [] })).toBeUndefined();
  });
});
