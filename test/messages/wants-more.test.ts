import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { blockKitViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { renderTeamReport as slackTeamReport } from '../../adapters/slack/render/team-report.ts';
import { renderTeamReport as teamsTeamReport } from '../../adapters/teams/render/team-report.ts';
import { cultureProfileSpec } from '../../src/charts/index.ts';
import {
  buildTeamReport,
  chartWords,
  featureByName,
  renderPlainText,
  type TeamReportInput,
} from '../../src/messages/index.ts';
import { teamReportCsv } from '../../src/messages/report-csv.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { VALUE_KEYS, type Locale } from '../../src/model/keys.ts';
import { teamReportInput } from './fixtures.ts';

const figure = (score: number, favourablePercent: number, n = 40) => ({
  n,
  summary: { score, favourablePercent },
  basis: { rounds: 2, statements: 1 },
});

/**
 * Thirty rounds of a team of 8: every value asked, except two whose rounds
 * the team has not reached since the window began, and one hidden below k.
 */
function input(locale: Locale): TeamReportInput {
  return {
    ...teamReportInput(locale),
    culture: VALUE_KEYS.map((value, i) => ({
      value,
      current: figure(50 + i, 40 + i),
      desired:
        value === 'caring' || value === 'attentive'
          ? { n: 0, hidden: 'not_asked' as const }
          : value === 'listening'
            ? { n: 0, hidden: 'below_k' as const }
            : value === 'customer-obsessed'
              ? figure(88, 90)
              : value === 'integrity-openness'
                ? figure(92, 90)
                : value === 'appreciative'
                  ? figure(70, 85)
                  : figure(60, 50),
    })),
    desiredWindow: { weeks: 30, asOf: new Date('2026-11-20T09:00:00Z'), roundsRead: 30, rounds: 30 },
  };
}

const report = (locale: Locale) => buildTeamReport(input(locale)) as TeamReport;

describe('what the team wants more of', () => {
  it('names the three values most wanted by agreement share, with n and today’s score, and the window', () => {
    const wanted = report('en').wantsMore;
    expect(wanted?.top.map((row) => row.valueKey)).toEqual([
      'integrity-openness',
      'customer-obsessed',
      'appreciative',
    ]);
    expect(wanted?.top[0]?.summary).toBe(
      '90% say the team would do better with more of it (n = 40); today 51',
    );
    expect(wanted?.windowLabel).toMatch(
      /^From the team’s last 30 rounds, the 30 weeks up to .*2026\. Each value is asked once in every 30 rounds\.$/,
    );
    expect(wanted?.window).toEqual({
      weeks: 30,
      asOfWeek: '2026-W47',
      from: '2026-04-27',
      to: '2026-11-20',
      rounds: 30,
    });
  });

  it('says which values are not asked yet instead of ranking or leaving them out', () => {
    const doc = report('en');
    expect(doc.wantsMore?.notAskedYet).toBe('Not asked yet: Attentive and Caring.');
    expect(doc.culture).toHaveLength(16);
    const caring = doc.culture.find((row) => row.valueKey === 'caring');
    expect(caring?.desired).toMatchObject({ score: null, hidden: 'not_asked', hiddenLabel: 'Not asked yet' });
    // Unranked values come last; a hidden one is neither ranked nor "not asked".
    expect(doc.culture.slice(-3).map((row) => row.valueKey)).toEqual(['attentive', 'caring', 'listening']);
    expect(doc.wantsMore?.notAskedYet).not.toContain('Listening');
  });

  it('says so when nothing ranks yet', () => {
    const doc = buildTeamReport({
      ...input('en'),
      culture: VALUE_KEYS.map((value) => ({
        value,
        current: figure(60, 50),
        desired: { n: 0, hidden: 'not_asked' },
      })),
    }) as TeamReport;
    expect(doc.wantsMore?.top).toEqual([]);
    expect(doc.wantsMore?.emptyLabel).toBe('No value has enough answers to show yet.');
  });

  it('reads as native Dutch', () => {
    const wanted = report('nl').wantsMore;
    expect(wanted?.heading).toBe('Waar het team meer van wil');
    expect(wanted?.top[0]?.summary).toBe(
      '90% vindt dat het team het met meer hiervan beter zou doen (n = 40); nu 51',
    );
    expect(wanted?.windowLabel).toMatch(/^Uit de laatste 30 rondes van het team, de 30 weken tot en met /);
    expect(wanted?.notAskedYet).toBe('Nog niet gevraagd: Attent en Zorgzaam.');
  });

  it.each(['en', 'nl'] as const)('is on every surface with its window (%s)', async (locale) => {
    const doc = report(locale);
    const wanted = doc.wantsMore;
    if (!wanted) throw new Error('no section');
    const [first] = wanted.top;
    const plain = renderPlainText(doc, featureByName);
    for (const words of [wanted.heading, first?.summary ?? '', wanted.windowLabel]) {
      expect(plain).toContain(words);
      expect(JSON.stringify(teamsTeamReport(doc))).toContain(words);
    }
    const slack = slackTeamReport(doc);
    expect(blockKitViolations({ ...slack }, 'message')).toEqual([]);
    expect(JSON.stringify(slack.blocks)).toContain(wanted.heading);
    const page = String(await renderHtml(doc));
    expect(page).toContain(wanted.heading);
    expect(page.match(/<li data-value=/g)).toHaveLength(3);

    const words = chartWords(locale);
    const chart = cultureProfileSpec(doc.culture, {
      locale,
      title: doc.headings.culture,
      n: words.n,
      hidden: words.hidden,
      current: words.current,
      desired: words.desired,
      scoreAxis: words.score,
      desiredWindow: wanted.windowLabel,
    });
    expect(chart.description).toContain(wanted.windowLabel);
    expect(chart.description).toContain(locale === 'en' ? 'Not asked yet' : 'Nog niet gevraagd');

    // The CSV gives each "want more" row its own window, and today's the score window.
    const [current, desired] = teamReportCsv(doc)
      .split(/\r?\n/)
      .filter((line) => line.includes(',integrity-openness,'));
    expect(current).toMatch(/,12,2026-W47,2026-08-31,2026-11-20$/);
    expect(desired).toMatch(/,30,2026-W47,2026-04-27,2026-11-20$/);
  });
});
