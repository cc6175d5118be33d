import type { AdminOverview } from '../../src/app/admin-overview.ts';
import type { PersonalData } from '../../src/app/data-rights.ts';
import { orgHome, teamHome, type HomeSummary } from '../../src/app/reports/home-figures.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { PulseError } from '../../src/errors.ts';
import {
  erasureRefused,
  erasureRequest,
  notice as buildNotice,
  privacyNotice,
  type ErasureRequest,
} from '../../src/messages/index.ts';
import type { Notice, NudgePost, OrgReport, PulseCard, TeamReport } from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { buildActionList, type ActionList } from '../../src/messages/index.ts';
import { buildOwnActionList, type OwnActionList } from '../../src/messages/own-action-list.ts';
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

import { relayNotice } from '../../src/messages/relay-message.ts';
import { nudgePost, orgReport, pulseCard, teamReport } from './fake-documents.ts';

export * from './fake-documents.ts';

export class FakeServices implements PulseServices {
  readonly calls: { method: string; input: unknown }[] = [];
  closed = false;
  private readonly selected: Record<string, number | null> = {};
  private tally = { didThis: 0, notForUs: 0 };

  async findPerson() {
    return undefined;
  }

  async identifyPerson() {
    return undefined;
  }

  async replyToComment(personId: string, id: string, text: string): Promise<Notice> {
    this.calls.push({ method: 'replyToComment', input: { personId, id, text } });
    return relayNotice('relay.sent', 'en');
  }

  async answerOnThread(personId: string, id: string, text: string): Promise<Notice> {
    this.calls.push({ method: 'answerOnThread', input: { personId, id, text } });
    return relayNotice('relay.answered', 'en');
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
      replyThreads: [],
      actions: [],
      note: 'Answers and comments are stored without any link to you.',
    };
  }

  /** The directory's people own and made no actions. */
  async myActions(personId: string): Promise<OwnActionList | undefined> {
    this.calls.push({ method: 'myActions', input: personId });
    const person = (await directory()).find((candidate) => candidate.id === personId);
    if (!person) return undefined;
    return buildOwnActionList({
      locale: person.locale,
      items: [],
      now: new Date('2026-11-30T09:00:00Z'),
      timeZone: person.timeZone,
      content: loadContentBank(),
    });
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
    this.checkToken(input.personId ?? '', input.token);
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
  async setLocale(personId: string, locale: Locale): Promise<Notice> {
    this.calls.push({ method: 'setLocale', input: { personId, locale } });
    return buildNotice('language-changed', locale);
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
  async homeSummary(viewerId: string): Promise<HomeSummary> {
    this.calls.push({ method: 'homeSummary', input: { viewerId } });
    const teams = viewerId === 'p-bram' ? [await this.teamReport(viewerId, 't-support')] : [];
    return {
      kind: 'home',
      locale: people.find((person) => person.id === viewerId)?.locale ?? 'en',
      ...(viewerId === 'p-dana' ? { organisation: orgHome(orgReport(), undefined) } : {}),
      teams: teams.map((report) => teamHome(report)),
    };
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
  async adminOverview(): Promise<AdminOverview> {
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

  async actionForm(): Promise<never> {
    throw new PulseError('forbidden', 'Only the team’s leader or an admin can make an action of this.');
  }
  teamActionForm(): Promise<never> {
    return this.actionForm();
  }
  async createAction(input: Parameters<PulseServices['createAction']>[0]): Promise<Notice> {
    this.calls.push({ method: 'createAction', input });
    return { kind: 'notice', locale: 'en', tone: 'success', text: 'Action made' };
  }
  async answerCheckIn(personId: string, actionId: string, answer: 'done' | 'working'): Promise<Notice> {
    this.calls.push({ method: 'answerCheckIn', input: { personId, actionId, answer } });
    return { kind: 'notice', locale: 'en', tone: 'success', text: `Check-in: ${answer}` };
  }
  /** No actions yet: the dashboard's section says how to make one. */
  async teamActions(viewerId: string, teamId: string): Promise<ActionList> {
    this.calls.push({ method: 'teamActions', input: { viewerId, teamId } });
    return emptyActions(false);
  }
  // The fake's people lead no team it knows actions for: nobody gets the forms.
  async teamActionChoices(): Promise<undefined> {
    return undefined;
  }
  async markActionDone(): Promise<never> {
    throw new PulseError('not_found', 'That action is no longer there.');
  }
  async organizationActions(viewerId: string): Promise<ActionList> {
    this.calls.push({ method: 'organizationActions', input: viewerId });
    return emptyActions(true);
  }

  private checkToken(personId: string, token: string): void {
    if (token !== 'tok-ann' || personId !== 'p-ann') {
      throw new PulseError('token_invalid', 'This card belongs to someone else.');
    }
  }
}

function emptyActions(acrossTeams: boolean): ActionList {
  return buildActionList({
    locale: 'en',
    acrossTeams,
    items: [],
    now: new Date(0),
    timeZone: 'Europe/Amsterdam',
    k: 5,
    windowWeeks: 12,
    effectWeeks: 4,
    content: loadContentBank(),
  });
}

function notImplemented(): never {
  throw new PulseError('not_found', 'Not part of this fake.');
}
