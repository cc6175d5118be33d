import { createHash } from 'node:crypto';
import { parseLocalTime } from '../core/index.ts';
import { PulseError } from '../errors.ts';
import { buildNudgePost, notice, privacyNotice } from '../messages/index.ts';
import type { Notice, NudgePost, OrgReport, PulseCard, TeamReport } from '../messages/types.ts';
import { resolveLocale, type Locale } from '../model/index.ts';
import type { AppContext } from './context.ts';
import type { MemberProfile, PersonAddress } from './ports.ts';
import { participationByToken, recordAnswer } from './record-answer.ts';
import { storeComment } from './record-comment.ts';
import { pulseCardFor } from './pulse-card.ts';
import { syncTeamMembers } from './sync-teams.ts';
import { addTeam, assignRole, type AddTeamInput, type AssignRoleInput } from './team-admin.ts';
import { orgReportFor } from './reports/org-report.ts';
import { teamReportFor } from './reports/team-report.ts';
import { homeSummaryFor } from './reports/home-summary.ts';
import { personalDataOf } from './data-rights.ts';
import { myActions } from './my-actions.ts';
import { createActionServices } from './action-services.ts';
import { createAdminServices } from './admin-services.ts';
import { createDashboardActionServices } from './dashboard-actions.ts';
import { createCommentRelayServices } from './comment-relay-services.ts';
import { askErasure, confirmErasure } from './erasure-requests.ts';
import { choosePersonLocale } from './person-language.ts';
import type {
  NudgeFeedbackInput,
  PersonIdentity,
  PersonView,
  PulseServices,
  RecordAnswerInput,
  RecordAnswerOptions,
  RecordCommentInput,
} from './services.ts';
import { refusal } from '../messages/refusals.ts';

/** The PulseServices the adapters call, over the store and the content bank. */
export function createPulseServices(ctx: AppContext): PulseServices {
  const clock = () => ctx.clock.now();
  const { db } = ctx;

  async function person(personId: string) {
    const found = await db.person.findUnique({ where: { id: personId } });
    if (!found)
      throw new PulseError(
        'not_found',
        'You are not set up in Excellence Pulse yet. Ask your admin to add your team.',
      );
    return found;
  }

  async function identifyPerson(address: PersonAddress): Promise<PersonIdentity | undefined> {
    // Only what an identity holds: every click starts here, and a whole row costs twice the time to read.
    const found = await db.person.findUnique({
      where: {
        organizationId_platformUserId: {
          organizationId: address.organizationId,
          platformUserId: address.platformUserId,
        },
      },
      select: {
        id: true,
        organizationId: true,
        platformUserId: true,
        displayName: true,
        locale: true,
        timeZone: true,
        paused: true,
        isHr: true,
        isAdmin: true,
      },
    });
    if (!found) return undefined;
    return {
      id: found.id,
      organizationId: found.organizationId,
      platformUserId: found.platformUserId,
      displayName: found.displayName,
      locale: resolveLocale(found.locale),
      timeZone: found.timeZone,
      paused: found.paused,
      isHr: found.isHr,
      isAdmin: found.isAdmin,
    };
  }

  async function audit(organizationId: string, actorId: string, action: string, subject: string) {
    await db.auditLog.create({ data: { organizationId, actorId, action, subject, at: clock() } });
  }

  async function requireAdmin(adminId: string) {
    const admin = await person(adminId);
    if (!admin.isAdmin) throw new PulseError('forbidden', 'Only an admin can set up teams and roles.');
    return admin;
  }

  async function canSeeTeam(viewerId: string, teamId: string): Promise<boolean> {
    const viewer = await person(viewerId);
    if (viewer.isHr)
      return (await db.team.count({ where: { id: teamId, organizationId: viewer.organizationId } })) === 1;
    const leads = await db.membership.count({
      where: { personId: viewerId, teamId, role: 'leader', leftAt: null },
    });
    return leads > 0;
  }

  return {
    ...createAdminServices(ctx),
    ...createCommentRelayServices(ctx),
    ...createActionServices(ctx),
    ...createDashboardActionServices(ctx),
    personalData: (personId) => personalDataOf(db, personId, ctx.settings),
    myActions: (personId) => myActions(ctx, personId, clock()),
    erasureRequest: (requesterId, subject) => askErasure(db, requesterId, subject),
    confirmErasure: (requesterId, subjectId) => confirmErasure(ctx, requesterId, subjectId),

    identifyPerson,

    async findPerson(address: PersonAddress): Promise<PersonView | undefined> {
      const found = await identifyPerson(address);
      if (!found) return undefined;
      const leads = await db.membership.findMany({
        where: { personId: found.id, role: 'leader', leftAt: null },
        select: { teamId: true },
      });
      return { ...found, leads: leads.map((m) => m.teamId) };
    },

    recordAnswer: (input: RecordAnswerInput, options?: RecordAnswerOptions): Promise<PulseCard> =>
      recordAnswer(ctx, input, clock(), options),

    async recordComment(input: RecordCommentInput): Promise<Notice> {
      const { locale, k, minComments } = await storeComment(ctx, input, clock());
      return notice('comment-thanks', resolveLocale(locale ?? undefined), { k, minComments });
    },

    async pulseCard(personId: string, token: string): Promise<PulseCard> {
      const participation = await participationByToken(ctx, token);
      if (!participation || participation.personId !== personId) {
        throw new PulseError('token_invalid', 'This pulse card belongs to someone else or has closed.');
      }
      return pulseCardFor(ctx, participation, token);
    },

    async recordNudgeFeedback(input: NudgeFeedbackInput): Promise<NudgePost> {
      const post = await db.nudgePost.findUnique({
        where: { id: input.postId },
        include: { team: { include: { organization: true } } },
      });
      if (!post) throw new PulseError('not_found', 'That nudge no longer exists.');
      const member = await db.membership.count({
        where: { teamId: post.teamId, personId: input.personId, leftAt: null },
      });
      if (member === 0)
        throw new PulseError('not_team_member', 'Only members of this team can give feedback on its nudges.');
      // One vote per person and post; the voter is kept as a hash so the tally cannot name anyone.
      const voterHash = createHash('sha256').update(`${input.postId}/${input.personId}`).digest('base64url');
      await db.nudgeFeedback.upsert({
        where: { nudgePostId_voterHash: { nudgePostId: post.id, voterHash } },
        create: { nudgePostId: post.id, voterHash, kind: input.kind },
        update: { kind: input.kind },
      });
      const votes = await db.nudgeFeedback.findMany({ where: { nudgePostId: post.id } });
      const nudge = ctx.bank.nudges.find((n) => n.id === post.nudgeId);
      if (!nudge) throw new PulseError('not_found', 'That nudge is no longer in the content bank.');
      return buildNudgePost({
        nudge,
        postId: post.id,
        locale: resolveLocale(post.team.organization.defaultLocale),
        content: ctx.bank,
        tally: {
          didThis: votes.filter((v) => v.kind === 'did-this').length,
          notForUs: votes.filter((v) => v.kind === 'not-for-us').length,
        },
      });
    },

    async setPaused(personId: string, paused: boolean): Promise<Notice> {
      const updated = await db.person.update({
        where: { id: (await person(personId)).id },
        // Resuming also ends leave taken with "pause until".
        data: { paused, pausedUntil: null },
      });
      return notice(paused ? 'paused' : 'resumed', resolveLocale(updated.locale));
    },

    setLocale: (personId: string, locale: Locale) => choosePersonLocale(ctx, personId, locale),

    async setWorkingHours(personId: string, start: string, end: string): Promise<Notice> {
      const from = parseLocalTime(start, 'start of the working day');
      const to = parseLocalTime(end, 'end of the working day');
      if (from.hour * 60 + from.minute >= to.hour * 60 + to.minute) {
        throw refusal('usage', 'refusal.working-hours.order', { start, end });
      }
      const updated = await db.person.update({
        where: { id: (await person(personId)).id },
        data: { workStart: start, workEnd: end },
      });
      return notice('working-hours-changed', resolveLocale(updated.locale), { start, end });
    },

    async teamReport(viewerId: string, teamId: string): Promise<TeamReport | Notice> {
      const viewer = await person(viewerId);
      if (!(await canSeeTeam(viewerId, teamId))) {
        await audit(viewer.organizationId, viewerId, 'report.denied', `team:${teamId}`);
        throw new PulseError('forbidden', 'You can only see reports for teams you lead.');
      }
      await audit(viewer.organizationId, viewerId, 'report.viewed', `team:${teamId}`);
      const leads = await db.membership.count({
        where: { personId: viewerId, teamId, role: 'leader', leftAt: null },
      });
      return teamReportFor(
        ctx,
        teamId,
        { id: viewerId, locale: resolveLocale(viewer.locale) },
        clock(),
        leads > 0 ? { selfOf: viewerId } : {},
      );
    },

    async orgReport(viewerId: string): Promise<OrgReport | Notice> {
      const viewer = await person(viewerId);
      if (!viewer.isHr) {
        await audit(viewer.organizationId, viewerId, 'report.denied', 'organization');
        throw new PulseError('forbidden', 'The organisation report is for HR.');
      }
      await audit(viewer.organizationId, viewerId, 'report.viewed', 'organization');
      return orgReportFor(
        ctx,
        viewer.organizationId,
        { id: viewerId, locale: resolveLocale(viewer.locale) },
        clock(),
      );
    },

    async homeSummary(viewerId: string) {
      const viewer = await person(viewerId);
      await audit(viewer.organizationId, viewerId, 'report.viewed', 'home');
      const locale = resolveLocale(viewer.locale);
      return homeSummaryFor(ctx, { ...viewer, locale }, clock());
    },

    async reportableTeams(viewerId: string) {
      const viewer = await person(viewerId);
      const where = viewer.isHr
        ? { organizationId: viewer.organizationId, active: true }
        : { memberships: { some: { personId: viewerId, role: 'leader', leftAt: null } } };
      return db.team.findMany({ where, select: { id: true, name: true }, orderBy: { name: 'asc' } });
    },

    async myParticipation(personId: string): Promise<Notice> {
      const me = await person(personId);
      const invited = await db.participation.count({ where: { personId } });
      const answered = await db.participation.count({ where: { personId, answered: true } });
      return notice('my-participation', resolveLocale(me.locale), { invited, answered });
    },

    privacyNotice: (locale: Locale): Notice =>
      privacyNotice(locale, { k: ctx.settings.k, minComments: ctx.settings.minComments }),

    async addTeam(adminId: string, input: AddTeamInput): Promise<Notice> {
      const admin = await requireAdmin(adminId);
      const team = await addTeam(db, admin.organizationId, input);
      await audit(admin.organizationId, adminId, 'team.added', `team:${team.id}`);
      return notice('team-added', resolveLocale(admin.locale), { team: team.name });
    },

    async assignRole(adminId: string, input: AssignRoleInput): Promise<Notice> {
      const admin = await requireAdmin(adminId);
      await assignRole(db, admin.organizationId, input);
      await audit(admin.organizationId, adminId, `role.${input.role}`, `person:${input.platformUserId}`);
      return notice('role-assigned', resolveLocale(admin.locale));
    },

    syncTeamMembers: (teamId: string, members: readonly MemberProfile[]) =>
      syncTeamMembers(ctx, teamId, members, clock()),
  };
}
