import type { AdminOverview } from '../../../src/app/admin-overview.ts';
import type { AdminCommand } from '../../../src/app/admin-services.ts';
import type { MemberProfile, PersonAddress } from '../../../src/app/ports.ts';
import type {
  NudgeFeedbackInput,
  PersonIdentity,
  PersonView,
  PulseServices,
  RecordAnswerInput,
  RecordAnswerOptions,
  RecordCommentInput,
} from '../../../src/app/services.ts';
import { PulseError } from '../../../src/errors.ts';
import type { Notice, NudgePost, OrgReport, PulseCard, TeamReport } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { orgHome, teamHome, type HomeSummary } from '../../../src/app/reports/home-figures.ts';
import { notice, nudgePost, orgReport, pulseCard, teamReport, TOKEN } from '../fixtures.ts';

export const ORG = 'org-1';
export const TEAM_ID = 'T0001';

/** An in-test implementation of our own PulseServices interface, recording every call in order. */
export class FakeServices implements PulseServices {
  readonly log: string[] = [];
  readonly answers: RecordAnswerInput[] = [];
  readonly comments: RecordCommentInput[] = [];
  readonly feedback: NudgeFeedbackInput[] = [];
  readonly synced: { teamId: string; members: readonly MemberProfile[] }[] = [];
  readonly relayed: { verb: 'reply' | 'answer'; personId: string; id: string; text: string }[] = [];
  readonly people = new Map<string, PersonView>();
  /** Makes recordAnswer fail, e.g. with a closed round. */
  answerError: Error | undefined;

  constructor() {
    this.addPerson({ id: 'person-ann', platformUserId: 'U_ANN', displayName: 'Ann' });
    this.addPerson({ id: 'person-lee', platformUserId: 'U_LEE', displayName: 'Lee', leads: ['team-1'] });
    this.addPerson({
      id: 'person-hana',
      platformUserId: 'U_HANA',
      displayName: 'Hana',
      isHr: true,
      locale: 'nl',
    });
  }

  /** Erasure is tried on the real use case (test/slack/erase-command.test.ts); here it is only recorded. */
  async erasureRequest(): Promise<Notice> {
    this.log.push('erasureRequest');
    return { kind: 'notice', locale: 'en', tone: 'info', text: 'Not part of this fake.' };
  }

  async confirmErasure(): Promise<Notice> {
    this.log.push('confirmErasure');
    return { kind: 'notice', locale: 'en', tone: 'info', text: 'Not part of this fake.' };
  }

  async personalData(): Promise<undefined> {
    this.log.push('personalData');
    return undefined;
  }

  async myActions(): Promise<undefined> {
    this.log.push('myActions');
    return undefined;
  }

  addPerson(partial: Partial<PersonView> & Pick<PersonView, 'id' | 'platformUserId' | 'displayName'>): void {
    this.people.set(partial.platformUserId, {
      organizationId: ORG,
      locale: 'en',
      timeZone: 'Europe/Amsterdam',
      paused: false,
      isHr: false,
      isAdmin: false,
      leads: [],
      ...partial,
    });
  }

  async findPerson(address: PersonAddress): Promise<PersonView | undefined> {
    this.log.push('findPerson');
    return address.organizationId === ORG ? this.people.get(address.platformUserId) : undefined;
  }

  async identifyPerson(address: PersonAddress): Promise<PersonIdentity | undefined> {
    this.log.push('identifyPerson');
    return address.organizationId === ORG ? this.people.get(address.platformUserId) : undefined;
  }

  async recordAnswer(input: RecordAnswerInput, options?: RecordAnswerOptions): Promise<PulseCard> {
    this.log.push('recordAnswer');
    if (this.answerError) throw this.answerError;
    // Like the real service, an address is the card's person only when it names someone known.
    const personId = input.address ? this.people.get(input.address.platformUserId)?.id : input.personId;
    if (input.token !== TOKEN || !personId || (input.address && input.address.organizationId !== ORG))
      throw new PulseError('token_invalid', 'This pulse is no longer yours to answer.');
    const { token, statementId, value } = input;
    this.answers.push({ personId, token, statementId, value });
    await options?.onStored?.();
    const card = pulseCard(this.localeOf(personId));
    return {
      ...card,
      items: card.items.map((item) =>
        item.statementId === input.statementId ? { ...item, selected: input.value } : item,
      ),
    };
  }

  async recordComment(input: RecordCommentInput): Promise<Notice> {
    this.log.push('recordComment');
    if (input.text.length > 500)
      throw new PulseError('answer_invalid', 'Please keep your comment under 500 characters.');
    this.comments.push(input);
    return {
      kind: 'notice',
      locale: 'en',
      tone: 'success',
      text: 'Thanks, your comment is saved anonymously.',
    };
  }

  async replyToComment(personId: string, id: string, text: string): Promise<Notice> {
    this.relayed.push({ verb: 'reply', personId, id, text });
    return {
      kind: 'notice',
      locale: this.localeOf(personId),
      tone: 'success',
      text: 'Your reply was passed on.',
    };
  }

  async answerOnThread(personId: string, id: string, text: string): Promise<Notice> {
    this.relayed.push({ verb: 'answer', personId, id, text });
    return {
      kind: 'notice',
      locale: this.localeOf(personId),
      tone: 'success',
      text: 'Your answer was passed on.',
    };
  }

  async pulseCard(personId: string): Promise<PulseCard> {
    this.log.push('pulseCard');
    return pulseCard(this.localeOf(personId));
  }

  async recordNudgeFeedback(input: NudgeFeedbackInput): Promise<NudgePost> {
    this.log.push('recordNudgeFeedback');
    this.feedback.push(input);
    return {
      ...nudgePost('en'),
      tally: { didThis: input.kind === 'did-this' ? 1 : 0, notForUs: input.kind === 'not-for-us' ? 1 : 0 },
    };
  }

  async setPaused(personId: string, paused: boolean): Promise<Notice> {
    this.log.push(`setPaused:${paused}`);
    this.update(personId, { paused });
    return { kind: 'notice', locale: 'en', tone: 'success', text: paused ? 'Paused.' : 'Resumed.' };
  }

  async setLocale(personId: string, locale: Locale): Promise<Notice> {
    this.log.push(`setLocale:${locale}`);
    this.update(personId, { locale });
    return {
      kind: 'notice',
      locale,
      tone: 'success',
      text: locale === 'nl' ? 'Taal: Nederlands.' : 'Language: English.',
    };
  }

  async teamReport(viewerId: string, teamId: string): Promise<TeamReport> {
    this.log.push(`teamReport:${teamId}`);
    const viewer = [...this.people.values()].find((person) => person.id === viewerId);
    if (!viewer?.leads.includes(teamId) && !viewer?.isHr)
      throw new PulseError('forbidden', 'You can only see reports of your own teams.');
    return teamReport(viewer.locale);
  }

  async orgReport(viewerId: string): Promise<OrgReport> {
    this.log.push('orgReport');
    return orgReport(this.localeOf(viewerId));
  }

  async homeSummary(viewerId: string): Promise<HomeSummary> {
    this.log.push('homeSummary');
    const viewer = [...this.people.values()].find((person) => person.id === viewerId);
    const locale = this.localeOf(viewerId);
    return {
      kind: 'home',
      locale,
      ...(viewer?.isHr ? { organisation: orgHome(orgReport(locale), undefined) } : {}),
      teams: (viewer?.leads ?? []).map(() => teamHome(teamReport(locale))),
    };
  }

  async reportableTeams(viewerId: string): Promise<{ id: string; name: string }[]> {
    const viewer = [...this.people.values()].find((person) => person.id === viewerId);
    if (viewer?.isHr)
      return [
        { id: 'team-1', name: 'Support' },
        { id: 'team-2', name: 'Sales' },
      ];
    return (viewer?.leads ?? []).map((id) => ({ id, name: 'Support' }));
  }

  async myParticipation(personId: string): Promise<Notice> {
    this.log.push('myParticipation');
    return { ...notice(this.localeOf(personId), false), text: 'You answered 3 of the last 4 pulses.' };
  }

  privacyNotice(locale: Locale): Notice {
    return { kind: 'notice', locale, tone: 'info', text: 'Nobody sees your individual answers.' };
  }

  async syncTeamMembers(
    teamId: string,
    members: readonly MemberProfile[],
  ): Promise<{ added: number; left: number }> {
    this.log.push('syncTeamMembers');
    this.synced.push({ teamId, members });
    return { added: members.length, left: 0 };
  }

  readonly admin: { adminId: string; input: unknown }[] = [];

  async addTeam(adminId: string, input: { name: string }): Promise<Notice> {
    this.log.push('addTeam');
    this.admin.push({ adminId, input });
    return {
      kind: 'notice',
      locale: this.localeOf(adminId),
      tone: 'success',
      text: `Team ${input.name} added`,
    };
  }

  async setWorkingHours(personId: string, start: string, end: string): Promise<Notice> {
    this.log.push(`setWorkingHours:${start}-${end}`);
    return {
      kind: 'notice',
      locale: this.localeOf(personId),
      tone: 'success',
      text: `Hours ${start}–${end}`,
    };
  }

  async assignRole(adminId: string, input: unknown): Promise<Notice> {
    this.log.push('assignRole');
    this.admin.push({ adminId, input });
    return { kind: 'notice', locale: this.localeOf(adminId), tone: 'success', text: 'Role assigned' };
  }

  async adminOverview(): Promise<AdminOverview> {
    throw new PulseError('forbidden', 'The admin page is not part of the Slack fakes.');
  }

  async administer(adminId: string, command: AdminCommand): Promise<Notice> {
    this.log.push(`administer:${command.kind}`);
    this.admin.push({ adminId, input: command });
    return { kind: 'notice', locale: this.localeOf(adminId), tone: 'success', text: `Done: ${command.kind}` };
  }

  async pauseUntil(personId: string, backOn: string): Promise<Notice> {
    this.log.push(`pauseUntil:${backOn}`);
    return { kind: 'notice', locale: this.localeOf(personId), tone: 'success', text: `Away until ${backOn}` };
  }

  async setHolidayRegion(personId: string, region: string | null): Promise<Notice> {
    this.log.push(`setHolidayRegion:${region ?? 'organisation'}`);
    return { kind: 'notice', locale: this.localeOf(personId), tone: 'success', text: 'Holidays set' };
  }

  async actionForm(): Promise<never> {
    throw new PulseError('forbidden', 'Only the team’s leader or an admin can make an action of this.');
  }
  teamActionForm(): Promise<never> {
    return this.actionForm();
  }

  async createAction(input: { actorId: string }): Promise<Notice> {
    this.log.push('createAction');
    return { kind: 'notice', locale: this.localeOf(input.actorId), tone: 'success', text: 'Action made' };
  }

  async answerCheckIn(personId: string, actionId: string, answer: 'done' | 'working'): Promise<Notice> {
    this.log.push(`answerCheckIn:${actionId}:${answer}`);
    return { kind: 'notice', locale: this.localeOf(personId), tone: 'success', text: `Check-in: ${answer}` };
  }

  async teamActions(): Promise<never> {
    throw new PulseError('forbidden', 'Not in this fake.');
  }

  async organizationActions(): Promise<never> {
    throw new PulseError('forbidden', 'Not in this fake.');
  }

  async teamActionChoices(): Promise<undefined> {
    return undefined;
  }

  async markActionDone(): Promise<never> {
    throw new PulseError('forbidden', 'Not in this fake.');
  }

  private localeOf(personId: string): Locale {
    return [...this.people.values()].find((person) => person.id === personId)?.locale ?? 'en';
  }

  private update(personId: string, change: Partial<PersonView>): void {
    for (const [key, person] of this.people)
      if (person.id === personId) this.people.set(key, { ...person, ...change });
  }
}
