import { DateTime } from 'luxon';
import { adminNotice } from '../messages/admin-notices.ts';
import type { Notice } from '../messages/types.ts';
import { PulseError } from '../errors.ts';
import { targetLabel } from '../messages/content-labels.ts';
import { resolveLocale } from '../model/index.ts';
import { setActionStatus } from './actions.ts';
import type { AppContext } from './context.ts';

/** What a team's "new action" form on the dashboard offers its leader: the owners to pick and a due date. */
export interface TeamActionChoices {
  /** The team's current members by person id, the viewer first. */
  readonly owners: readonly { readonly personId: string; readonly name: string }[];
  /** YYYY-MM-DD: two weeks from today in the viewer's zone. */
  readonly suggestedDue: string;
  /** The model's elements an action can be about, named in the viewer's language. */
  readonly elements: readonly { readonly key: string; readonly label: string }[];
}

/** The dashboard's part of action plans (part of PulseServices); making one is `createAction`. */
export interface DashboardActionServices {
  /** The form's choices for the team's leader or an admin; undefined for anyone else (HR reads, it does not act). */
  teamActionChoices(viewerId: string, teamId: string): Promise<TeamActionChoices | undefined>;
  /** Marks an action done (its owner, the team's leader or an admin may), said in the viewer's language. */
  markActionDone(viewerId: string, actionId: string): Promise<Notice>;
}

export function createDashboardActionServices(ctx: AppContext): DashboardActionServices {
  return {
    async teamActionChoices(viewerId, teamId) {
      const viewer = await ctx.db.person.findUnique({ where: { id: viewerId } });
      const team = await ctx.db.team.findFirst({ where: { id: teamId, removedAt: null } });
      if (!viewer?.active || !team || team.organizationId !== viewer.organizationId) return undefined;
      const leads = await ctx.db.membership.count({
        where: { personId: viewerId, teamId, role: 'leader', leftAt: null },
      });
      if (!viewer.isAdmin && leads === 0) return undefined;
      const members = await ctx.db.membership.findMany({
        where: { teamId, leftAt: null, person: { active: true } },
        include: { person: { select: { id: true, displayName: true } } },
        orderBy: { person: { displayName: 'asc' } },
      });
      const owners = members.map((m) => ({ personId: m.person.id, name: m.person.displayName }));
      const mine = owners.findIndex((owner) => owner.personId === viewerId);
      if (mine > 0) owners.unshift(...owners.splice(mine, 1));
      const today = DateTime.fromJSDate(ctx.clock.now(), { zone: viewer.timeZone });
      const locale = resolveLocale(viewer.locale);
      const elements = ctx.bank.elements.map((element) => ({
        key: element.key,
        label: targetLabel(ctx.bank, { kind: 'element', key: element.key }, locale),
      }));
      return { owners, suggestedDue: today.plus({ weeks: 2 }).toISODate() ?? '', elements };
    },

    async markActionDone(viewerId, actionId) {
      const viewer = await ctx.db.person.findUnique({ where: { id: viewerId } });
      const action = await ctx.db.action.findUnique({ where: { id: actionId } });
      // Another organisation's action is not there for this viewer, whatever its id.
      if (!viewer || !action || action.organizationId !== viewer.organizationId) {
        throw new PulseError('not_found', 'That action is no longer there.');
      }
      const item = await setActionStatus(
        ctx,
        { actorId: viewerId, actionId, status: 'done' },
        ctx.clock.now(),
      );
      return adminNotice(viewer.locale, 'dashboard-actions.marked-done', { title: item.title });
    },
  };
}
