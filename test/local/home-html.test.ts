import { describe, expect, it } from 'vitest';
import { homeHtml } from '../../adapters/local/dashboard/home-html.ts';
import { playgroundReach } from '../../adapters/local/index.ts';
import { orgHome, teamHome, type HomeSummary } from '../../src/app/reports/home-figures.ts';
import type { Locale } from '../../src/model/keys.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { orgReport, teamReport } from './fake-documents.ts';

/** The fake team report with engagement hidden (its figure still in the document) and two changes, one beyond noise. */
function reportWithTraps(locale: Locale): TeamReport {
  const base = teamReport(locale);
  return {
    ...base,
    elements: [
      {
        target: { kind: 'element', key: 'employee-engagement' },
        label: locale === 'nl' ? 'Betrokken medewerkers' : 'Employee engagement',
        score: 88,
        n: 3,
        hidden: 'below_k',
        trend: 'unknown',
      },
      { ...base.elements[0]!, change: 12, changeBeyondNoise: true, trendLabel: 'Up 12 points' },
      {
        target: { kind: 'element', key: 'leadership' },
        label: 'Leadership',
        score: 60,
        n: 7,
        trend: 'down',
        change: -4,
        changeBeyondNoise: false,
        trendLabel: 'Down 4 points, within the noise',
      },
    ],
    history: {
      weekLabels: { '2026-W44': 'Weeks 41–44', '2026-W48': 'Weeks 45–48' },
      rows: [
        {
          team: { id: 'employee-engagement', name: 'Employee engagement' },
          cells: [
            { elementKey: '2026-W44', score: 77, n: 4, hidden: 'below_k' },
            { elementKey: '2026-W48', score: null, n: 0, hidden: 'not_asked' },
          ],
        },
      ],
    },
  };
}

async function page(home: HomeSummary): Promise<string> {
  return (await homeHtml(home, { basePath: '', query: '?as=p-bram', reach: playgroundReach })).value;
}

describe('the dashboard home as HTML', () => {
  it('never prints a figure its report hides, and names the movers beyond noise only', async () => {
    const html = await page({ kind: 'home', locale: 'en', teams: [teamHome(reportWithTraps('en'))] });
    expect(html).not.toMatch(/\b88\b/);
    expect(html).not.toMatch(/\b77\b/);
    expect(html).toContain('data-hidden="below_k"');
    expect(html).toContain('Rising most');
    expect(html).toContain('Up 12 points');
    expect(html).not.toContain('Down 4 points');
    expect(html).toContain('7 of 9 answered (78%)');
    expect(html).toContain('href="/dashboard/teams/t-support?as=p-bram"');
  });

  it('gives HR the organisation without the hidden team cell, every link keeping the viewer', async () => {
    const html = await page({
      kind: 'home',
      locale: 'en',
      organisation: orgHome(orgReport(), undefined),
      teams: [],
    });
    expect(html).not.toMatch(/\b97\b/);
    expect(html).toContain('Sales: Leadership');
    for (const href of html.matchAll(/href="([^"]+)"/g)) expect(href[1]).toMatch(/\?as=p-bram$/);
  });

  it('speaks Dutch to a Dutch viewer', async () => {
    const html = await page({ kind: 'home', locale: 'nl', teams: [teamHome(reportWithTraps('nl'))] });
    expect(html).toContain('De belangrijkste cijfers van je teams');
    expect(html).toContain('Grootste verschuivingen');
    expect(html).toContain('Het sterkst gestegen');
    expect(html).toContain('Open het rapport van Support');
    expect(html).not.toContain('Biggest movers');
  });
});
