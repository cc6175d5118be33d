import type { OrgReportInput, TeamReportInput } from '../../src/messages/index.ts';

const summary = (score: number, favourablePercent: number, n = 8) => ({
  n,
  summary: { score, favourablePercent, scoreInterval: { low: score - 9.4, high: score + 8.6 } },
});

/** A team of 8 in week 47 of 2026: most elements shown, two hidden, one trait below k. */
export function teamReportInput(locale: string): TeamReportInput {
  return {
    locale,
    team: { id: 'team-1', name: 'Support' },
    period: { key: '2026-W47', kind: 'week' },
    k: 5,
    participation: { invited: 8, respondents: 6 },
    window: { weeks: 12, asOf: new Date('2026-11-20T09:00:00Z') },
    // Deliberately out of checklist order: the report sorts them.
    elements: [
      {
        target: { kind: 'element', key: 'innovation' },
        ...summary(55.2, 50),
        change: { difference: -13.2, beyondNoise: false, noise: 15.4 },
        direction: 'stable',
      },
      {
        target: { kind: 'element', key: 'understanding-customers' },
        ...summary(81.3, 88),
        basis: { rounds: 3, statements: 5 },
        change: { difference: 8.4, beyondNoise: true, noise: 6.1 },
      },
      { target: { kind: 'element', key: 'vision-strategy' }, ...summary(64.6, 70), direction: 'improving' },
      // Below k but carrying a summary: the report must hide it by itself.
      { target: { kind: 'element', key: 'leadership' }, ...summary(99, 100, 3) },
      {
        target: { kind: 'element', key: 'culture' },
        n: 6,
        hidden: 'complementary',
        summary: { score: 90, favourablePercent: 95 },
      },
      {
        target: { kind: 'element', key: 'experience-design' },
        ...summary(72.4, 75),
        change: { difference: -11.2, beyondNoise: true, noise: 9.3 },
      },
      { target: { kind: 'element', key: 'employee-engagement' }, ...summary(59.7, 55) },
      { target: { kind: 'element', key: 'processes-structure' }, ...summary(47, 40), direction: 'falling' },
      { target: { kind: 'element', key: 'monitoring' }, n: 0, summary: null },
    ],
    traits: [
      { target: { kind: 'trait', key: 'friendly' }, ...summary(77, 80), slope: 2.5 },
      { target: { kind: 'trait', key: 'appreciative' }, ...summary(62.5, 60, 4) },
    ],
    culture: [
      { value: 'caring', current: summary(70, 75), desired: summary(90, 95) },
      {
        value: 'customer-obsessed',
        current: summary(58, 50),
        desired: { n: 2, summary: { score: 80, favourablePercent: 90 } },
      },
    ],
    gaps: [
      {
        target: { kind: 'trait', key: 'friendly' },
        visible: true,
        leaderScore: 95,
        teamScore: 77,
        gap: 18,
        label: 'leader_higher',
      },
      { target: { kind: 'trait', key: 'appreciative' }, visible: false, reason: 'below_k' },
      {
        target: { kind: 'element', key: 'understanding-customers' },
        visible: true,
        leaderScore: 75,
        teamScore: 81.3,
        gap: -6.3,
        label: 'aligned',
      },
    ],
    maturity: { level: '*' },
    nudges: [
      { nudgeId: 'nudge.cu.values-spotted', postedAt: new Date('2026-10-05T08:00:00Z'), effect: 'up' },
    ],
    enps: {
      from: '2026-W41',
      to: '2026-W44',
      n: 15,
      summary: { enps: 6.7, interval: { low: -30, high: 44 } },
      split: { promoters: 6, passives: 5, detractors: 5 },
      history: [
        { from: '2026-W37', to: '2026-W40', n: 0, hidden: 'not_asked' },
        { from: '2026-W41', to: '2026-W44', n: 15, summary: { enps: 6.7 } },
      ],
    },
    timeZone: 'Europe/Amsterdam',
    dashboardUrl: 'https://pulse.example.com/teams/team-1',
  };
}

/** A heatmap cell pooled over the window: its answers, the rounds and the statements behind it. */
const figure = (score: number, n = 9) => ({
  n,
  summary: { score, favourablePercent: score },
  basis: { rounds: 3, statements: 4 },
});

/** Two teams over two quarters: one cell below k, one hidden to protect another group, two falls. */
export function orgReportInput(locale: string): OrgReportInput {
  return {
    locale,
    period: { key: '2026-Q4', kind: 'quarter' },
    k: 5,
    participation: [
      { period: '2026-Q3', invited: 40, respondents: 30 },
      { period: '2026-Q4', invited: 40, respondents: 26 },
    ],
    // eNPS per 4-week period: one not asked, one asked and hidden under k, the latest shown.
    enps: {
      from: '2026-W45',
      to: '2026-W48',
      n: 26,
      summary: { enps: 12.4 },
      history: [
        { from: '2026-W37', to: '2026-W40', n: 0, hidden: 'not_asked' },
        { from: '2026-W41', to: '2026-W44', n: 3, hidden: 'below_k' },
        { from: '2026-W45', to: '2026-W48', n: 26, summary: { enps: 12.4 } },
      ],
    },
    window: { weeks: 12, asOf: new Date('2026-12-01T09:00:00Z') },
    timeZone: 'Europe/Amsterdam',
    heatmap: [
      {
        team: { id: 't1', name: 'Support' },
        cells: [
          { element: 'leadership', ...figure(71.6), change: { difference: -9.2, beyondNoise: true } },
          {
            element: 'understanding-customers',
            ...figure(80),
            change: { difference: -3, beyondNoise: false },
          },
          { element: 'culture', ...figure(90, 3), change: { difference: -30, beyondNoise: true } },
        ],
      },
      {
        team: { id: 't2', name: 'Sales' },
        cells: [
          { element: 'innovation', ...figure(40), change: { difference: -15.5, beyondNoise: true } },
          { element: 'monitoring', ...figure(66), hidden: 'complementary' },
        ],
      },
    ],
    dashboardUrl: 'https://pulse.example.com/org',
  };
}
