import { adminNotice, momentParams, scheduleChangedNotice } from '../messages/admin-notices.ts';
import type { Notice } from '../messages/types.ts';
import { auditAdminChange, type AdminActor } from './admin-actions.ts';
import { adminOverview, type AdminOverview } from './admin-overview.ts';
import type { AppContext } from './context.ts';
import { erasePerson } from './data-rights.ts';
import { pauseUntil, setOrganizationHolidayRegion, setOwnHolidayRegion } from './leave-and-holidays.ts';
import { closeRoundNow, sendRoundNow } from './round-by-hand.ts';
import { pauseTeam, removeTeam, resumeTeam } from './team-lifecycle.ts';
import { changeTeamSchedule, type ScheduleChange } from './team-schedule.ts';

/** An admin's command from chat, named the way the platform names channels and people. */
export type AdminCommand =
  | { readonly kind: 'schedule'; readonly channelId: string; readonly change: ScheduleChange }
  | {
      readonly kind: 'pause' | 'resume' | 'remove' | 'send-now' | 'close-now';
      readonly channelId: string;
    }
  | { readonly kind: 'remove-person'; readonly platformUserId: string }
  | { readonly kind: 'leave'; readonly platformUserId: string; readonly backOn: string }
  | { readonly kind: 'holidays'; readonly region: string | null };

/** What chat offers admins beyond adding teams and roles, and what a person sets for their own days off. */
export interface AdminServices {
  /** Runs an admin command; anyone else is told, in their language, that only admins can. */
  administer(adminId: string, command: AdminCommand): Promise<Notice>;
  /** The admin page: teams, people and one page of the audit log; anyone else is refused (forbidden). */
  adminOverview(adminId: string, page?: number): Promise<AdminOverview>;
  /** Leave: no pulse or reminder before `backOn` (`YYYY-MM-DD`, the day they are back). */
  pauseUntil(personId: string, backOn: string): Promise<Notice>;
  /** The person's own public holidays (`NL`, `US-CA`), or null for the organisation's. */
  setHolidayRegion(personId: string, region: string | null): Promise<Notice>;
}

export function createAdminServices(ctx: AppContext): AdminServices {
  const { db } = ctx;

  const personNamed = (actor: AdminActor, platformUserId: string) =>
    db.person.findUnique({
      where: { organizationId_platformUserId: { organizationId: actor.organizationId, platformUserId } },
    });

  async function run(actor: AdminActor, locale: string, command: AdminCommand): Promise<Notice> {
    const zone = ctx.settings.defaultTimeZone;
    switch (command.kind) {
      case 'schedule':
        return scheduleChangedNotice(
          locale,
          await changeTeamSchedule(ctx, actor, command.channelId, command.change),
        );
      case 'pause':
        return adminNotice(locale, 'admin.team-paused', await pauseTeam(ctx, actor, command.channelId));
      case 'resume': {
        const { team, nextRound } = await resumeTeam(ctx, actor, command.channelId);
        return adminNotice(locale, 'admin.team-resumed', {
          team,
          ...(nextRound ? momentParams(nextRound, zone, locale) : { date: '-', time: '-' }),
        });
      }
      case 'remove':
        return adminNotice(locale, 'admin.team-removed', {
          team: (await removeTeam(ctx, actor, command.channelId)).team,
        });
      case 'send-now': {
        const sent = await sendRoundNow(ctx, actor, command.channelId);
        return adminNotice(locale, 'admin.round-sent', {
          team: sent.team,
          invited: sent.invited,
          ...momentParams(sent.closesAt, zone, locale),
        });
      }
      case 'close-now':
        return adminNotice(locale, 'admin.round-closing', await closeRoundNow(ctx, actor, command.channelId));
      case 'remove-person': {
        const person = await personNamed(actor, command.platformUserId);
        if (!person) return adminNotice(locale, 'notice.not-found', {}, 'warning');
        await erasePerson(ctx, person.id, {
          ...(actor.personId ? { actorId: actor.personId } : {}),
          reason: 'admin-request',
        });
        return adminNotice(locale, 'admin.person-removed', { person: person.displayName });
      }
      case 'leave': {
        const person = await personNamed(actor, command.platformUserId);
        if (!person) return adminNotice(locale, 'notice.not-found', {}, 'warning');
        await pauseUntil(ctx, person.id, command.backOn);
        await auditAdminChange(ctx, actor, 'person.leave-set', `person:${person.platformUserId}`, {
          until: command.backOn,
        });
        const { date } = momentParams(new Date(`${command.backOn}T12:00:00Z`), 'UTC', locale);
        return adminNotice(locale, 'admin-page.leave-set', { person: person.displayName, date });
      }
      case 'holidays': {
        const region = await setOrganizationHolidayRegion(ctx, actor, command.region);
        return region
          ? adminNotice(locale, 'admin.holidays-set', { region })
          : adminNotice(locale, 'admin.holidays-cleared');
      }
    }
  }

  return {
    async administer(adminId, command) {
      const admin = await db.person.findUniqueOrThrow({ where: { id: adminId } });
      const actor = { organizationId: admin.organizationId, personId: admin.id };
      if (!admin.isAdmin) {
        await auditAdminChange(ctx, actor, 'admin.denied', command.kind);
        return adminNotice(admin.locale, 'admin.only', {}, 'error');
      }
      return run(actor, admin.locale, command);
    },

    adminOverview: (adminId, page) => adminOverview(db, adminId, page),

    async pauseUntil(personId, backOn) {
      const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
      await pauseUntil(ctx, personId, backOn);
      const date = momentParams(new Date(`${backOn}T12:00:00Z`), 'UTC', person.locale).date;
      return adminNotice(person.locale, 'leave.set', { date });
    },

    async setHolidayRegion(personId, code) {
      const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
      const region = await setOwnHolidayRegion(ctx, personId, code);
      return region
        ? adminNotice(person.locale, 'holidays.set', { region })
        : adminNotice(person.locale, 'holidays.follow-organisation');
    },
  };
}
