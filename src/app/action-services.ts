import { DateTime } from 'luxon';
import { DEFAULT_WINDOW_WEEKS, NUDGE_EFFECT_WEEKS } from '../core/index.ts';
import { PulseError } from '../errors.ts';
import { refusal } from '../messages/refusals.ts';
import {
  actionCheckInAnswer,
  actionCreatedNotice,
  buildActionForm,
  buildActionList,
  type ActionForm,
  type ActionList,
} from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale, textFor, type TargetRef } from '../model/index.ts';
import { targetLabel } from '../messages/content-labels.ts';
import { announceAction } from './action-announcement.ts';
import { actionEffects } from './action-effects.ts';
import { weakestElement } from './action-targets.ts';
import {
  createAction,
  findAction,
  organizationActions,
  setActionStatus,
  teamActions,
  type ActionItem,
  type CreateActionInput,
} from './actions.ts';
import type { AppContext } from './context.ts';

/** Action plans as the adapters reach them (part of PulseServices). */
export interface ActionServices {
  /** What the "make this an action" form under a nudge offers this person (leader or admin only). */
  actionForm(personId: string, nudgePostId: string): Promise<ActionForm>;
  /**
   * The same form without a nudge, for a team the person leads (by name when
   * they lead several; an admin names any team): a choice of element, the
   * team's weakest shown element first.
   */
  teamActionForm(personId: string, teamName: string): Promise<ActionForm>;
  /** Makes an action and tells the team's channel; the notice tells its maker what was made. */
  createAction(input: CreateActionInput): Promise<Notice>;
  /** The owner's check-in buttons: "done" closes the action, "working" keeps it open until next week. */
  answerCheckIn(personId: string, actionId: string, answer: 'done' | 'working'): Promise<Notice>;
  /** A team's actions with their before/after effect, for its leader, admins and HR. */
  teamActions(viewerId: string, teamId: string): Promise<ActionList>;
  /** Every team's actions, for HR and admins. */
  organizationActions(viewerId: string): Promise<ActionList>;
}

export function createActionServices(ctx: AppContext): ActionServices {
  const now = () => ctx.clock.now();

  async function viewer(personId: string) {
    const person = await ctx.db.person.findUnique({ where: { id: personId } });
    if (!person) throw new PulseError('not_found', 'You are not set up in Excellence Pulse yet.');
    return person;
  }

  async function list(
    viewerId: string,
    items: readonly ActionItem[],
    acrossTeams: boolean,
  ): Promise<ActionList> {
    const person = await viewer(viewerId);
    const at = now();
    const effects = await actionEffects(ctx, items, at);
    return buildActionList({
      locale: person.locale,
      acrossTeams,
      items: items.map((item) => {
        const effect = effects.get(item.id);
        return { ...item, ...(effect ? { effect } : {}) };
      }),
      now: at,
      timeZone: person.timeZone,
      k: ctx.settings.k,
      windowWeeks: ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS,
      effectWeeks: NUDGE_EFFECT_WEEKS,
      content: ctx.bank,
    });
  }

  async function requireLeaderOrAdmin(person: { id: string; isAdmin: boolean }, teamId: string) {
    const leads = await ctx.db.membership.count({
      where: { personId: person.id, teamId, role: 'leader', leftAt: null },
    });
    if (!person.isAdmin && leads === 0) {
      throw new PulseError('forbidden', 'Only the team’s leader or an admin can make an action of this.');
    }
  }

  /** The team a leader (or an admin) names; a leader of one team need not name it. */
  async function teamToAct(person: { id: string; isAdmin: boolean; organizationId: string }, name: string) {
    const teams = await ctx.db.team.findMany({
      where: {
        organizationId: person.organizationId,
        removedAt: null,
        ...(person.isAdmin
          ? {}
          : { memberships: { some: { personId: person.id, role: 'leader', leftAt: null } } }),
      },
      orderBy: { name: 'asc' },
    });
    const wanted = name.trim().toLowerCase();
    const named = wanted ? teams.filter((team) => team.name.toLowerCase() === wanted) : teams;
    if (named.length === 1 && named[0]) return named[0];
    if (teams.length === 0) {
      throw new PulseError('forbidden', 'Only the team’s leader or an admin can make an action of this.');
    }
    throw refusal('usage', 'refusal.action.team-choose', {
      teams: teams.map((team) => team.name).join(', '),
    });
  }

  /** The form's owners (the team's members, the one filling it in first) and its due date in two weeks. */
  async function formFor(
    person: { platformUserId: string; locale: string; timeZone: string },
    team: { id: string; name: string },
    about: Pick<ActionForm, 'targetLabel' | 'suggestedTitle'> &
      Partial<Pick<ActionForm, 'nudgePostId' | 'targets' | 'selectedTarget'>>,
  ): Promise<ActionForm> {
    const members = await ctx.db.membership.findMany({
      where: { teamId: team.id, leftAt: null, person: { active: true } },
      include: { person: { select: { platformUserId: true, displayName: true } } },
      orderBy: { person: { displayName: 'asc' } },
    });
    const owners = members.map((m) => ({
      platformUserId: m.person.platformUserId,
      name: m.person.displayName,
    }));
    const mine = owners.findIndex((o) => o.platformUserId === person.platformUserId);
    if (mine > 0) owners.unshift(...owners.splice(mine, 1));
    return buildActionForm({
      ...about,
      locale: person.locale,
      teamId: team.id,
      teamName: team.name,
      owners,
      suggestedDue:
        DateTime.fromJSDate(now(), { zone: person.timeZone }).plus({ weeks: 2 }).toISODate() ?? '',
    });
  }

  return {
    async actionForm(personId, nudgePostId) {
      const person = await viewer(personId);
      const post = await ctx.db.nudgePost.findUnique({ where: { id: nudgePostId }, include: { team: true } });
      if (!post || post.team.organizationId !== person.organizationId) {
        throw new PulseError('not_found', 'That idea is no longer there.');
      }
      await requireLeaderOrAdmin(person, post.teamId);
      const nudge = ctx.bank.nudges.find((n) => n.id === post.nudgeId);
      const target: TargetRef = { kind: post.targetKind as TargetRef['kind'], key: post.targetKey };
      return formFor(person, post.team, {
        nudgePostId,
        targetLabel: targetLabel(ctx.bank, target, resolveLocale(person.locale)),
        suggestedTitle: nudge ? textFor(nudge.text, person.locale).title : '',
      });
    },

    async teamActionForm(personId, teamName) {
      const person = await viewer(personId);
      const team = await teamToAct(person, teamName);
      const locale = resolveLocale(person.locale);
      const targets = ctx.bank.elements.map((element) => ({
        key: element.key,
        label: targetLabel(ctx.bank, { kind: 'element', key: element.key }, locale),
      }));
      const selected = (await weakestElement(ctx, team.id, now())) ?? targets[0]?.key ?? '';
      return formFor(person, team, {
        targets,
        selectedTarget: selected,
        targetLabel: targets.find((target) => target.key === selected)?.label ?? '',
        suggestedTitle: '',
      });
    },

    async createAction(input) {
      const maker = await viewer(input.actorId);
      const action = await createAction(ctx, input, now());
      await announceAction(ctx, action);
      return actionCreatedNotice(
        {
          title: action.title,
          team: action.teamName,
          owner: action.owner?.displayName ?? '',
          dueOn: action.dueOn,
        },
        maker.timeZone,
        maker.locale,
      );
    },

    async answerCheckIn(personId, actionId, answer) {
      const person = await viewer(personId);
      const action = await findAction(ctx, actionId);
      if (!action || action.organizationId !== person.organizationId) {
        throw new PulseError('not_found', 'That action is no longer there.');
      }
      if (answer === 'done')
        await setActionStatus(ctx, { actorId: personId, actionId, status: 'done' }, now());
      else if (action.owner?.id !== personId) {
        throw new PulseError('forbidden', 'Only the action’s owner is asked how it is going.');
      }
      return actionCheckInAnswer(answer, action.target, person.locale, ctx.bank);
    },

    teamActions: async (viewerId, teamId) => list(viewerId, await teamActions(ctx, viewerId, teamId), false),
    organizationActions: async (viewerId) => list(viewerId, await organizationActions(ctx, viewerId), true),
  };
}
