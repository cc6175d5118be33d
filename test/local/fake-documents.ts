import type { NudgePost, OrgReport, PulseCard, ReportSection, TeamReport } from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';

// The documents the fake services hand out: a pulse card, a nudge, a team and an organisation report.

const AGREE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
  { value: null, label: "Don't know" },
] as const;

export function pulseCard(
  options: {
    token?: string;
    selected?: Readonly<Record<string, number | null>>;
    state?: 'open' | 'closed';
    statement?: string;
    locale?: Locale;
  } = {},
): PulseCard {
  const selected = options.selected ?? {};
  const items = [
    { statementId: 's-1', text: options.statement ?? 'We know what our customers need.' },
    { statementId: 's-2', text: 'Our leader listens to ideas.' },
  ].map((item) => ({
    ...item,
    scale: 'agree5' as const,
    options: AGREE,
    ...(item.statementId in selected ? { selected: selected[item.statementId] ?? null } : {}),
  }));
  const answered = Object.keys(selected).length;
  return {
    kind: 'pulse-card',
    locale: options.locale ?? 'en',
    roundId: 'r-1',
    token: options.token ?? 'tok-ann',
    title: 'Your weekly pulse',
    intro: 'Two statements this week. It takes a minute.',
    items,
    progress: { answered, total: 2, label: `${answered} of 2 answered` },
    privacyLine: 'Nobody sees your individual answers.',
    closesLabel: 'Closes Friday 17:00',
    state: options.state ?? 'open',
    ...(options.state === 'closed' ? { banner: 'This round has closed. Thank you!' } : {}),
    labels: {
      addComment: 'Add a comment',
      commentPlaceholder: 'Anything you want to add?',
      commentSubmit: 'Send comment',
      recorded: 'Recorded',
    },
  };
}

export function nudgePost(tally?: { didThis: number; notForUs: number }): NudgePost {
  return {
    kind: 'nudge',
    locale: 'en',
    postId: 'post-1',
    title: 'Call one customer this week',
    action: 'Each of you calls one customer who complained and asks what would have helped.',
    why: 'Understanding customers fell two weeks in a row.',
    minutesLabel: '15 minutes',
    targetLabel: 'Understanding customers',
    intro: 'A small step for the team',
    feedback: { didThis: 'We did this', notForUs: 'Not for us', thanks: 'Thanks for telling us!' },
    ...(tally ? { tally } : {}),
  };
}

export const HEADINGS: Readonly<Record<ReportSection, string>> = {
  participation: 'Participation',
  elements: 'Element scores',
  strengths: 'Strengths',
  gaps: 'You and your team',
  culture: 'Culture profile',
  traits: 'Leadership traits',
  nudges: 'Nudges',
  maturity: 'Indicative level',
  heatmap: 'Teams by element',
  falling: 'Falling scores',
  comments: 'Comments',
  history: 'Scores over time',
};

export function teamReport(locale: Locale = 'en'): TeamReport {
  return {
    kind: 'team-report',
    locale,
    title: 'Support team report',
    team: { id: 't-support', name: 'Support' },
    periodLabel: 'Week 12',
    participation: { invited: 9, respondents: 7, ratePercent: 78, label: '7 of 9 answered (78%)' },
    elements: [
      {
        target: { kind: 'element', key: 'understanding-customers' },
        label: 'Understanding customers',
        score: 71,
        n: 7,
        trend: 'up',
        change: 6,
      },
      {
        target: { kind: 'element', key: 'vision-strategy' },
        label: 'Vision & strategy',
        score: 93,
        n: 2,
        hidden: 'below_k',
        trend: 'unknown',
      },
    ],
    strengths: [
      {
        target: { kind: 'element', key: 'understanding-customers' },
        label: 'Understanding customers',
        score: 71,
        n: 7,
        trend: 'up',
      },
    ],
    gaps: [
      {
        target: { kind: 'trait', key: 'appreciative' },
        label: 'Appreciative',
        self: 80,
        team: 62,
        gap: 18,
        verdict: 'leader-higher',
        verdictLabel: 'you see yourself higher',
      },
    ],
    culture: [
      {
        valueKey: 'open',
        label: 'Open',
        facetLabel: 'Internal relations',
        current: { score: 55, n: 7 },
        desired: { score: 80, n: 7 },
      },
    ],
    traits: [
      { target: { kind: 'trait', key: 'exemplary' }, label: 'Exemplary', score: 68, n: 7, trend: 'flat' },
    ],
    nudges: [{ nudgeId: 'n1', title: 'Call one customer', targetLabel: 'Understanding customers' }],
    maturity: {
      level: '*',
      label: 'One star (indicative)',
      caveat: 'A self-assessment, not an INK recognition.',
      reasons: ['Leadership: its design phase scores 48, below 55'],
    },
    privacyNote: 'Figures for fewer than 5 people are hidden.',
    headings: HEADINGS,
  };
}

export function orgReport(): OrgReport {
  return {
    kind: 'org-report',
    locale: 'en',
    title: 'Organisation report',
    periodLabel: 'Weeks 1–4',
    participation: [
      { period: 'W1', value: 80, n: 20 },
      { period: 'W2', value: 75, n: 18 },
      { period: 'W3', value: null, n: 0, hidden: 'no_data' },
      { period: 'W4', value: 82, n: 21 },
    ],
    elementLabels: { 'understanding-customers': 'Understanding customers', leadership: 'Leadership' },
    heatmap: [
      {
        team: { id: 't-support', name: 'Support' },
        cells: [
          { elementKey: 'understanding-customers', score: 71, n: 7 },
          { elementKey: 'leadership', score: 66, n: 7 },
        ],
      },
      {
        team: { id: 't-sales', name: 'Sales' },
        cells: [
          { elementKey: 'understanding-customers', score: 97, n: 3, hidden: 'below_k' },
          { elementKey: 'leadership', score: 58, n: 6 },
        ],
      },
    ],
    falling: [{ team: 'Sales', label: 'Leadership', change: -9 }],
    privacyNote: 'Figures for fewer than 5 people are hidden.',
    headings: HEADINGS,
  };
}

/** A small PulseServices: one open round whose token belongs to Ann, one nudge post. */
