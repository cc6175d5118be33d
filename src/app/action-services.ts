import { DateTime } from 'luxon';
import { DEFAULT_WINDOW_WEEKS, NUDGE_EFFECT_WEEKS } from '../core/index.ts';
import { PulseError } from '../errors.ts';
import {
  actionCheckInAnswer,
  actionCreatedNotice,
  buildActionForm,
  buildActionList,
  type ActionForm,
  type ActionList,
} from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { textFor, type TargetRef } from '../model/index.ts';
import { targetLabel } from '../messages/content-labels.ts';
import { announceAction } from './action-announcement.ts';
import { actionEffects } from './action-effects.ts';
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

  return {
    async actionForm(personId, nudgePostId) {
      const person = await viewer(personId);
      const post = await ctx.db.nudgePost.findUnique({ where: { id: nudgePostId }, include: { team: true } });
      if (!post || post.team.organizationId !== person.organizationId) {
        throw new PulseError('not_found', 'That idea is no longer there.');
      }
      const leads = await ctx.db.membership.count({
        where: { personId, teamId: post.teamId, role: 'leader', leftAt: null },
      });
      if (!person.isAdmin && leads === 0) {
        throw new PulseError('forbidden', 'Only the team’s leader or an admin can make an action of this.');
      }
      const members = await ctx.db.membership.findMany({
        where: { teamId: post.teamId, leftAt: null, person: { active: true } },
        include: { person: { select: { platformUserId: true, displayName: true } } },
        orderBy: { person: { displayName: 'asc' } },
      });
      const owners = members.map((m) => ({
        platformUserId: m.person.platformUserId,
        name: m.person.displayName,
      }));
      const mine = owners.findIndex((o) => o.platformUserId === person.platformUserId);
      if (mine > 0) owners.unshift(...owners.splice(mine, 1));
      const nudge = ctx.bank.nudges.find((n) => n.id === post.nudgeId);
      const target: TargetRef = { kind: post.targetKind as TargetRef['kind'], key: post.targetKey };
      return buildActionForm({
        locale: person.locale,
        nudgePostId,
        teamName: post.team.name,
        targetLabel: targetLabel(ctx.bank, target, person.locale === 'nl' ? 'nl' : 'en'),
        suggestedTitle: nudge ? textFor(nudge.text, person.locale).title : '',
        owners,
        suggestedDue:
          DateTime.fromJSDate(now(), { zone: person.timeZone }).plus({ weeks: 2 }).toISODate() ?? '',
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
