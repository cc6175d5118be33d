import type { PersonalData } from '../../src/app/data-rights.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { PulseError } from '../../src/errors.ts';
import {
  erasureRefused,
  erasureRequest,
  notice as buildNotice,
  privacyNotice,
  type ErasureRequest,
} from '../../src/messages/index.ts';
import type {
  Notice,
  NudgePost,
  OrgReport,
  PulseCard,
  ReportSection,
  TeamReport,
} from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';
import type { LocalPerson } from '../../adapters/local/index.ts';

export const people: LocalPerson[] = [
  {
    id: 'p-ann',
    organizationId: 'org',
    platformUserId: 'u-ann',
    displayName: 'Ann Employee',
    role: 'employee',
    locale: 'en',
    timeZone: 'Europe/London',
    teams: [{ teamId: 't-support', teamName: 'Support', channelId: 'c-support', role: 'member' }],
  },
  {
    id: 'p-bram',
    organizationId: 'org',
    platformUserId: 'u-bram',
    displayName: 'Bram Leider',
    role: 'leader',
    locale: 'nl',
    timeZone: 'Europe/Amsterdam',
    teams: [{ teamId: 't-support', teamName: 'Support', channelId: 'c-support', role: 'leader' }],
  },
  {
    id: 'p-cleo',
    organizationId: 'org',
    platformUserId: 'u-cleo',
    displayName: 'Cleo Sales',
    role: 'employee',
    locale: 'en',
    timeZone: 'America/New_York',
    teams: [{ teamId: 't-sales', teamName: 'Sales', channelId: 'c-sales', role: 'member' }],
  },
  {
    id: 'p-dana',
    organizationId: 'org',
    platformUserId: 'u-dana',
    displayName: 'Dana HR',
    role: 'hr',
    locale: 'en',
    timeZone: 'Europe/Brussels',
    teams: [],
  },
];

export const directory = async (): Promise<readonly LocalPerson[]> => people;

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
    engagement: [
      { period: 'W1', value: 64, n: 20 },
      { period: 'W2', value: 66, n: 18 },
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
export class FakeServices implements PulseServices {
  readonly calls: { method: string; input: unknown }[] = [];
  closed = false;
  private readonly selected: Record<string, number | null> = {};
  private tally = { didThis: 0, notForUs: 0 };

  async findPerson() {
    return undefined;
  }

  /** A person's kept data as the real export shapes it: the directory's entry, no rounds. */
  async personalData(personId: string): Promise<PersonalData | undefined> {
    this.calls.push({ method: 'personalData', input: personId });
    const person = (await directory()).find((candidate) => candidate.id === personId);
    if (!person) return undefined;
    return {
      person: {
        id: person.id,
        platformUserId: person.platformUserId,
        displayName: person.displayName,
        timeZone: person.timeZone,
        locale: person.locale,
        workingDays: '1,2,3,4,5',
        workingHours: '09:00–17:00',
        paused: false,
        optedOut: false,
        roles: person.role === 'hr' ? ['hr'] : [],
        conversationKept: false,
      },
      teams: person.teams.map((team) => ({
        team: team.teamName,
        role: team.role,
        joinedAt: '2026-11-02T09:00:00.000Z',
        leftAt: null,
      })),
      rounds: [],
      ownRatings: [],
      note: 'Answers and comments are stored without any link to you.',
    };
  }

  /** Self-erasure only, as the real use case allows anyone; what it counts comes from the directory. */
  async erasureRequest(requesterId: string): Promise<ErasureRequest | Notice> {
    this.calls.push({ method: 'erasureRequest', input: requesterId });
    const person = (await directory()).find((candidate) => candidate.id === requesterId);
    if (!person) return buildNotice('not-member', 'en');
    return erasureRequest(person.locale, person.id, { teams: person.teams.length, rounds: 0, ownRatings: 0 });
  }

  async confirmErasure(requesterId: string, subjectId: string): Promise<Notice> {
    this.calls.push({ method: 'confirmErasure', input: { requesterId, subjectId } });
    const person = (await directory()).find((candidate) => candidate.id === requesterId);
    if (!person) return buildNotice('not-member', 'en');
    return subjectId === requesterId ? buildNotice('erased', person.locale) : erasureRefused(person.locale);
  }

  async recordAnswer(input: Parameters<PulseServices['recordAnswer']>[0]): Promise<PulseCard> {
    this.calls.push({ method: 'recordAnswer', input });
    this.checkToken(input.personId, input.token);
    if (this.closed) throw new PulseError('round_closed', 'This round has closed; your answers are in.');
    if (!['s-1', 's-2'].includes(input.statementId)) {
      throw new PulseError('statement_unknown', 'That statement is not part of this round.');
    }
    this.selected[input.statementId] = input.value;
    return pulseCard({ selected: { ...this.selected } });
  }

  async recordComment(input: Parameters<PulseServices['recordComment']>[0]): Promise<Notice> {
    this.calls.push({ method: 'recordComment', input });
    this.checkToken(input.personId, input.token);
    return { kind: 'notice', locale: 'en', tone: 'success', title: 'Comment received', text: 'Thank you.' };
  }

  async pulseCard(): Promise<PulseCard> {
    return pulseCard({ selected: { ...this.selected } });
  }

  async recordNudgeFeedback(input: Parameters<PulseServices['recordNudgeFeedback']>[0]): Promise<NudgePost> {
    this.calls.push({ method: 'recordNudgeFeedback', input });
    if (input.kind === 'did-this') this.tally = { ...this.tally, didThis: this.tally.didThis + 1 };
    else this.tally = { ...this.tally, notForUs: this.tally.notForUs + 1 };
    return nudgePost(this.tally);
  }

  async setPaused(): Promise<Notice> {
    return notImplemented();
  }
  async setLocale(): Promise<Notice> {
    return notImplemented();
  }
  async teamReport(viewerId: string, teamId: string): Promise<TeamReport> {
    this.calls.push({ method: 'teamReport', input: { viewerId, teamId } });
    if (!['t-support', 't-sales'].includes(teamId))
      throw new PulseError('not_found', 'There is no such team.');
    const teams = await this.reportableTeams(viewerId);
    if (!teams.some((team) => team.id === teamId)) {
      throw new PulseError('forbidden', 'You can only see the reports of teams you lead.');
    }
    return teamId === 't-support'
      ? teamReport()
      : { ...teamReport(), team: { id: 't-sales', name: 'Sales' } };
  }
  async orgReport(viewerId: string): Promise<OrgReport> {
    this.calls.push({ method: 'orgReport', input: { viewerId } });
    if (viewerId !== 'p-dana') throw new PulseError('forbidden', 'Only HR sees the whole organisation.');
    return orgReport();
  }
  async reportableTeams(viewerId: string) {
    if (viewerId === 'p-dana') {
      return [
        { id: 't-support', name: 'Support' },
        { id: 't-sales', name: 'Sales' },
      ];
    }
    return viewerId === 'p-bram' ? [{ id: 't-support', name: 'Support' }] : [];
  }
  async myParticipation(personId: string): Promise<Notice> {
    return {
      kind: 'notice',
      locale: 'en',
      tone: 'info',
      title: 'Your participation',
      text: `${personId}: 3 of 4 rounds`,
    };
  }
  privacyNotice(locale: Locale): Notice {
    return privacyNotice(locale, { k: 5, minComments: 3 });
  }
  async syncTeamMembers() {
    return { added: 0, left: 0 };
  }
  // The playground has no admin commands; the Slack suite fakes these.
  async addTeam(): Promise<Notice> {
    throw new PulseError('forbidden', 'Not in the playground.');
  }
  async setWorkingHours(personId: string, start: string, end: string): Promise<Notice> {
    return { kind: 'notice', locale: 'en', tone: 'success', text: `${personId}: ${start}–${end}` };
  }
  async assignRole(): Promise<Notice> {
    throw new PulseError('forbidden', 'Not in the playground.');
  }
  async administer(): Promise<Notice> {
    throw new PulseError('forbidden', 'Not in the playground.');
  }
  async pauseUntil(personId: string, backOn: string): Promise<Notice> {
    this.calls.push({ method: 'pauseUntil', input: { personId, backOn } });
    return { kind: 'notice', locale: 'en', tone: 'success', text: `Away until ${backOn}` };
  }
  async setHolidayRegion(personId: string, region: string | null): Promise<Notice> {
    this.calls.push({ method: 'setHolidayRegion', input: { personId, region } });
    return {
      kind: 'notice',
      locale: 'en',
      tone: 'success',
      text: `Holidays of ${region ?? 'the organisation'}`,
    };
  }

  private checkToken(personId: string, token: string): void {
    if (token !== 'tok-ann' || personId !== 'p-ann') {
      throw new PulseError('token_invalid', 'This card belongs to someone else.');
    }
  }
}

function notImplemented(): never {
  throw new PulseError('not_found', 'Not part of this fake.');
}
