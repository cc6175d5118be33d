import { describe, expect, it } from 'vitest';
import { buildTeamReport, renderPlainText } from '../../src/messages/index.ts';
import { teamReportInput } from './fixtures.ts';

describe('team report', () => {
  const report = buildTeamReport(teamReportInput('en'));
  const row = (key: string) => report.elements.find((r) => r.target.key === key);

  it('lists the nine elements in checklist order, named from the content bank', () => {
    expect(report.elements.map((r) => r.target.key)).toEqual([
      'understanding-customers',
      'vision-strategy',
      'leadership',
      'culture',
      'experience-design',
      'employee-engagement',
      'processes-structure',
      'monitoring',
      'innovation',
    ]);
    expect(row('understanding-customers')?.label).toBe('Understanding customers');
    expect(report.title).toBe('Team report: Support');
    expect(report.periodLabel).toBe('Week 47, 2026');
    expect(report.participation).toEqual({
      invited: 8,
      respondents: 6,
      ratePercent: 75,
      label: '6 of 8 people took part (75%)',
    });
  });

  it('hides rows below k with the reason, and never carries their score', () => {
    const leadership = row('leadership');
    expect(leadership).toMatchObject({ hidden: 'below_k', score: null, trend: 'unknown' });
    expect(leadership?.hiddenLabel).toBe('Hidden: fewer than 5 people answered');
    expect(row('culture')).toMatchObject({ hidden: 'complementary', score: null });
    expect(row('monitoring')).toMatchObject({
      hidden: 'no_data',
      score: null,
      hiddenLabel: 'No answers yet',
    });
    for (const hidden of report.elements.filter((r) => r.hidden !== undefined)) {
      expect(hidden).not.toHaveProperty('favourablePercent');
      expect(hidden).not.toHaveProperty('interval');
      expect(hidden).not.toHaveProperty('change');
    }
    const appreciative = report.traits.find((r) => r.target.key === 'appreciative');
    expect(appreciative).toMatchObject({ hidden: 'below_k', score: null });
    const customerObsessed = report.culture.find((r) => r.valueKey === 'customer-obsessed');
    expect(customerObsessed?.desired).toMatchObject({ hidden: 'below_k', score: null });
    // The plain text of a hidden row gives the reason, not the 99 it was fed.
    expect(renderPlainText(report, () => 'a way there')).not.toContain('99');
  });

  it('rounds shown figures to whole points', () => {
    expect(row('understanding-customers')).toMatchObject({
      score: 81,
      favourablePercent: 88,
      interval: [72, 90],
      n: 8,
    });
  });

  it('takes strengths only from shown rows scoring 60 or more, best first, at most three', () => {
    expect(report.strengths.map((r) => r.target.key)).toEqual([
      'understanding-customers',
      'experience-design',
      'vision-strategy',
    ]);
    const fewer = buildTeamReport({
      ...teamReportInput('en'),
      elements: teamReportInput('en').elements.filter((e) => e.target.key !== 'understanding-customers'),
    });
    // 59.7 rounds to 60 and so counts; the hidden leadership (99) and culture (90) never do.
    expect(fewer.strengths.map((r) => r.target.key)).toEqual([
      'experience-design',
      'vision-strategy',
      'employee-engagement',
    ]);
  });

  it('shows trends: a change beyond noise first, then the slope', () => {
    expect(row('understanding-customers')).toMatchObject({
      trend: 'up',
      change: 8,
      changeBeyondNoise: true,
      trendLabel: 'Up 8 points, beyond the noise of ±6',
    });
    expect(row('experience-design')).toMatchObject({
      trend: 'down',
      trendLabel: 'Down 11 points, beyond the noise of ±9',
    });
    expect(row('vision-strategy')).toMatchObject({ trend: 'up', trendLabel: 'Rising over recent periods' });
    expect(row('processes-structure')).toMatchObject({ trend: 'down' });
    expect(row('innovation')).toMatchObject({
      trend: 'flat',
      change: -13,
      trendLabel: 'About the same: −13 points is within the noise of ±15',
    });
    expect(row('employee-engagement')).toMatchObject({ trend: 'unknown', trendLabel: 'No trend yet' });
    expect(report.traits.find((r) => r.target.key === 'friendly')?.trend).toBe('up');
  });

  it('says what stands behind a pooled score and the window every score pools', () => {
    expect(row('understanding-customers')).toMatchObject({
      n: 8,
      rounds: 3,
      statements: 5,
      basisLabel: 'n = 8 · 3 rounds · 5 statements',
    });
    const dutch = buildTeamReport({ ...teamReportInput('nl'), timeZone: 'Europe/Amsterdam' });
    expect(dutch.elements.find((r) => r.target.key === 'understanding-customers')?.basisLabel).toBe(
      'n = 8 · 3 rondes · 5 stellingen',
    );
    expect(dutch.windowLabel).toMatch(/^Elke score telt de rondes van de 12 weken tot en met .*20.* mee/);
  });

  it("sets the leader's self-view beside the team's, leaving hidden gaps out", () => {
    expect(report.gaps).toEqual([
      {
        target: { kind: 'trait', key: 'friendly' },
        label: 'Friendly',
        self: 95,
        team: 77,
        gap: 18,
        verdict: 'leader-higher',
        verdictLabel: 'You rate this higher than your team does',
      },
      {
        target: { kind: 'element', key: 'understanding-customers' },
        label: 'Understanding customers',
        self: 75,
        team: 81,
        gap: -6,
        verdict: 'aligned',
        verdictLabel: 'You and your team see this alike',
      },
    ]);
  });

  it('always carries the maturity caveat, in both languages', () => {
    expect(report.maturity).toEqual({
      level: '*',
      label: 'Indicative level: One star',
      caveat:
        'Indicative self-assessment — not an INK recognition: that takes trained assessors, evidence, results against targets and a jury.',
      reasons: [],
    });
    const nl = buildTeamReport({ ...teamReportInput('nl'), maturity: { level: 'not-yet' } });
    expect(nl.maturity.label).toBe('Indicatief niveau: Nog niet');
    expect(nl.maturity.caveat).toMatch(
      /^Indicatieve zelfbeoordeling — geen INK-erkenning: daarvoor zijn getrainde assessoren/,
    );
    expect(renderPlainText(nl, () => 'a way there')).toContain(nl.maturity.caveat);
  });

  it('summarises nudges tried, eNPS, culture and the privacy note', () => {
    expect(report.nudges).toEqual([
      {
        nudgeId: 'nudge.cu.values-spotted',
        title: 'Spot our values in action',
        targetLabel: 'Culture',
        postedLabel: 'Posted on 5 October 2026',
        effectLabel: 'The score went up afterwards',
      },
    ]);
    expect(report.enps).toMatchObject({ heading: 'eNPS', score: 7, n: 15, interval: [-30, 44] });
    // Caring's "want more" figure is shown; customer-obsessed's rests on 2 people and is hidden.
    expect(report.culture.map((r) => r.valueKey)).toEqual(['caring', 'customer-obsessed']);
    expect(report.culture[0]).toMatchObject({ label: 'Caring', facetLabel: 'Internal relations' });
    expect(report.privacyNote).toContain('fewer than 5 people');
    expect(report.headings.gaps).toBe('You and your team');
  });

  it('ranks culture values by how much the team wants more of them, model order breaking ties', () => {
    const shown = (score: number) => ({ n: 8, summary: { score, favourablePercent: score } });
    const ranked = buildTeamReport({
      ...teamReportInput('en'),
      culture: [
        { value: 'customer-obsessed', current: shown(70), desired: shown(40) },
        { value: 'open', current: shown(50), desired: shown(85) },
        { value: 'caring', current: shown(60), desired: { n: 3, summary: null } },
        { value: 'attentive', current: shown(65), desired: shown(40) },
        { value: 'listening', current: shown(55) },
      ],
    });
    expect(ranked.culture.map((r) => r.valueKey)).toEqual([
      'open',
      'customer-obsessed',
      'attentive',
      'caring',
      'listening',
    ]);
    expect(ranked.headings.culture).toBe('Culture: today, and what the team wants more of');
  });

  it("names a culture value in the leader's own view apart from the trait of the same name", () => {
    const both = (kind: 'trait' | 'value') => ({
      target: { kind, key: 'appreciative' },
      visible: true as const,
      leaderScore: 80,
      teamScore: 60,
      gap: 20,
      label: 'leader_higher' as const,
    });
    const labels = (locale: 'en' | 'nl') =>
      buildTeamReport({ ...teamReportInput(locale), gaps: [both('trait'), both('value')] }).gaps.map(
        (row) => row.label,
      );
    expect(labels('en')).toEqual(['Appreciative', 'Culture today: Appreciative']);
    expect(labels('nl')).toEqual(['Waarderend', 'Cultuur nu: Waarderend']);
  });

  it('hides eNPS below k', () => {
    const small = buildTeamReport({
      ...teamReportInput('en'),
      enps: { from: '2026-W41', to: '2026-W44', n: 4, summary: { enps: 50 } },
    });
    expect(small.enps).toMatchObject({ score: null, hidden: 'below_k' });
  });

  it('refuses a target the content bank does not know', () => {
    const input = teamReportInput('en');
    expect(() =>
      buildTeamReport({ ...input, elements: [{ target: { kind: 'element', key: 'bogus' }, n: 8 }] }),
    ).toThrow(/Unknown element "bogus"/);
  });

  it.each(['en', 'nl'])('matches the reviewed %s report', (locale) => {
    expect(buildTeamReport(teamReportInput(locale))).toMatchSnapshot();
    expect(renderPlainText(buildTeamReport(teamReportInput(locale)), () => 'a way there')).toMatchSnapshot();
  });
});
