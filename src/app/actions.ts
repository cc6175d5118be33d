import { DateTime } from 'luxon';
import { PulseError } from '../errors.ts';
import { TARGET_KINDS, textFor, type TargetRef } from '../model/index.ts';
import type { AppContext } from './context.ts';
import { refusal } from '../messages/refusals.ts';

/** One action plan item as the use cases hand it out. */
export interface ActionItem {
  readonly id: string;
  readonly organizationId: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly target: TargetRef;
  readonly title: string;
  /** Null once the owner was erased (or never set). */
  readonly owner: { readonly id: string; readonly displayName: string } | null;
  /** The owner's local due date, YYYY-MM-DD. */
  readonly dueOn: string;
  readonly status: 'open' | 'done';
  readonly createdAt: Date;
  readonly doneAt: Date | null;
  readonly nudgePostId: string | null;
}

export interface CreateActionInput {
  /** Who makes it: the team's leader or an admin. */
  readonly actorId: string;
  /** The nudge it comes from: its team and target are the action's. */
  readonly nudgePostId?: string;
  /** Without a nudge: the team and the target. */
  readonly teamId?: string;
  readonly target?: TargetRef;
  readonly title?: string;
  /** A current member of the team, by person id or by the platform's user id. */
  readonly owner: { readonly personId: string } | { readonly platformUserId: string };
  /** YYYY-MM-DD, not before today in the actor's zone. */
  readonly dueOn: string;
}

const ACTION_INCLUDE = {
  owner: { select: { id: true, displayName: true } },
  team: { select: { name: true } },
} as const;

type ActionRow = {
  id: string;
  organizationId: string;
  teamId: string;
  targetKind: string;
  targetKey: string;
  title: string;
  dueOn: string;
  status: string;
  createdAt: Date;
  doneAt: Date | null;
  nudgePostId: string | null;
  owner: { id: string; displayName: string } | null;
  team: { name: string };
};

function toItem(row: ActionRow): ActionItem {
  return {
    id: row.id,
    organizationId: row.organizationId,
    teamId: row.teamId,
    teamName: row.team.name,
    target: { kind: row.targetKind as TargetRef['kind'], key: row.targetKey },
    title: row.title,
    owner: row.owner,
    dueOn: row.dueOn,
    status: row.status === 'done' ? 'done' : 'open',
    createdAt: row.createdAt,
    doneAt: row.doneAt,
    nudgePostId: row.nudgePostId,
  };
}

async function personOrThrow(ctx: AppContext, personId: string) {
  const person = await ctx.db.person.findUnique({ where: { id: personId } });
  if (!person?.active) throw new PulseError('not_found', 'You are not set up in Excellence Pulse yet.');
  return person;
}

async function leadsTeam(ctx: AppContext, personId: string, teamId: string): Promise<boolean> {
  const count = await ctx.db.membership.count({
    where: { personId, teamId, role: 'leader', leftAt: null },
  });
  return count > 0;
}

/** Whether a person may make actions at all, to offer it in the help: a leader of some team, or an admin. */
export function makesActions(person: {
  readonly isAdmin: boolean;
  readonly leads: readonly string[];
}): boolean {
  return person.isAdmin || person.leads.length > 0;
}

/** The team's leader or an admin of its organisation may make and close its actions. */
async function requireActionAuthor(
  ctx: AppContext,
  actorId: string,
  team: { id: string; organizationId: string },
) {
  const actor = await personOrThrow(ctx, actorId);
  const allowed =
    actor.organizationId === team.organizationId &&
    (actor.isAdmin || (await leadsTeam(ctx, actorId, team.id)));
  if (!allowed) throw new PulseError('forbidden', 'Only the team’s leader or an admin can do this.');
  return actor;
}

function checkTarget(ctx: AppContext, target: TargetRef): TargetRef {
  const known =
    (target.kind === 'element' && ctx.bank.elements.some((e) => e.key === target.key)) ||
    (target.kind === 'trait' && ctx.bank.traits.some((e) => e.key === target.key)) ||
    (target.kind === 'value' && ctx.bank.values.some((e) => e.key === target.key));
  if (!TARGET_KINDS.includes(target.kind) || !known) {
    throw refusal('usage', 'refusal.action.target-unknown', { key: target.key });
  }
  return target;
}

function checkDue(dueOn: string, timeZone: string, now: Date): string {
  const due = DateTime.fromISO(dueOn, { zone: timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !due.isValid) {
    throw refusal('usage', 'refusal.action.due-format', { due: dueOn });
  }
  if (due < DateTime.fromJSDate(now, { zone: timeZone }).startOf('day')) {
    throw refusal('usage', 'refusal.action.due-passed', { due: dueOn });
  }
  return dueOn;
}

/**
 * Makes an action from a nudge (its team and target) or from any element
 * of a team, with an owner from the team and a due date; who made it goes
 * to the audit log.
 */
export async function createAction(
  ctx: AppContext,
  input: CreateActionInput,
  now: Date,
): Promise<ActionItem> {
  const nudge = input.nudgePostId
    ? await ctx.db.nudgePost.findUnique({ where: { id: input.nudgePostId } })
    : null;
  if (input.nudgePostId && !nudge) throw new PulseError('not_found', 'That idea is no longer there.');
  const teamId = nudge?.teamId ?? input.teamId;
  if (!teamId) throw refusal('usage', 'refusal.action.team-missing');
  const team = await ctx.db.team.findFirst({ where: { id: teamId, removedAt: null } });
  if (!team) throw new PulseError('not_found', 'That team is not (or no longer) in Excellence Pulse.');
  const actor = await requireActionAuthor(ctx, input.actorId, team);
  const target = checkTarget(
    ctx,
    nudge
      ? { kind: nudge.targetKind as TargetRef['kind'], key: nudge.targetKey }
      : (input.target ?? { kind: 'element', key: '' }),
  );
  const owner = await ctx.db.person.findFirst({
    where: {
      organizationId: team.organizationId,
      active: true,
      ...('personId' in input.owner
        ? { id: input.owner.personId }
        : { platformUserId: input.owner.platformUserId }),
      memberships: { some: { teamId, leftAt: null } },
    },
  });
  if (!owner) throw refusal('usage', 'refusal.action.owner-not-member');
  const dueOn = checkDue(input.dueOn.trim(), actor.timeZone, now);
  const title = (input.title ?? '').trim() || (nudge ? nudgeTitle(ctx, nudge.nudgeId, actor.locale) : '');
  if (!title) throw refusal('usage', 'refusal.action.title-missing');
  const row = await ctx.db.action.create({
    data: {
      organizationId: team.organizationId,
      teamId,
      targetKind: target.kind,
      targetKey: target.key,
      title: title.slice(0, 200),
      ownerId: owner.id,
      dueOn,
      createdAt: now,
      nudgePostId: nudge?.id ?? null,
    },
    include: ACTION_INCLUDE,
  });
  await ctx.db.auditLog.create({
    data: {
      organizationId: team.organizationId,
      actorId: actor.id,
      action: 'action.created',
      subject: `action:${row.id}`,
      at: now,
    },
  });
  return toItem(row);
}

function nudgeTitle(ctx: AppContext, nudgeId: string, locale: string): string {
  const nudge = ctx.bank.nudges.find((n) => n.id === nudgeId);
  if (!nudge) return '';
  return textFor(nudge.text, locale).title;
}

/**
 * Marks an action done (or open again): its owner, the team's leader or an
 * admin may. Done a second time keeps the first `doneAt`.
 */
export async function setActionStatus(
  ctx: AppContext,
  input: { readonly actorId: string; readonly actionId: string; readonly status: 'open' | 'done' },
  now: Date,
): Promise<ActionItem> {
  const action = await ctx.db.action.findUnique({ where: { id: input.actionId }, include: ACTION_INCLUDE });
  if (!action) throw new PulseError('not_found', 'That action is no longer there.');
  if (action.ownerId !== input.actorId) {
    await requireActionAuthor(ctx, input.actorId, {
      id: action.teamId,
      organizationId: action.organizationId,
    });
  }
  if (action.status === input.status) return toItem(action);
  const row = await ctx.db.action.update({
    where: { id: action.id },
    data: { status: input.status, doneAt: input.status === 'done' ? now : null },
    include: ACTION_INCLUDE,
  });
  await ctx.db.auditLog.create({
    data: {
      organizationId: action.organizationId,
      actorId: input.actorId,
      action: `action.${input.status}`,
      subject: `action:${action.id}`,
      at: now,
    },
  });
  return toItem(row);
}

/** One action, for its owner's check-in. */
export async function findAction(ctx: AppContext, actionId: string): Promise<ActionItem | undefined> {
  const row = await ctx.db.action.findUnique({ where: { id: actionId }, include: ACTION_INCLUDE });
  return row ? toItem(row) : undefined;
}

/** A team's actions, newest first: for its leader, an admin or HR. */
export async function teamActions(ctx: AppContext, viewerId: string, teamId: string): Promise<ActionItem[]> {
  const viewer = await personOrThrow(ctx, viewerId);
  const team = await ctx.db.team.findUnique({ where: { id: teamId } });
  const allowed =
    team?.organizationId === viewer.organizationId &&
    (viewer.isHr || viewer.isAdmin || (await leadsTeam(ctx, viewerId, teamId)));
  if (!allowed) throw new PulseError('forbidden', 'You can only see actions of teams you lead.');
  const rows = await ctx.db.action.findMany({
    where: { teamId },
    include: ACTION_INCLUDE,
    orderBy: { createdAt: 'desc' },
  });
  return rows.map(toItem);
}

/** Every action in the organisation, open first, then by due date: for HR and admins. */
export async function organizationActions(ctx: AppContext, viewerId: string): Promise<ActionItem[]> {
  const viewer = await personOrThrow(ctx, viewerId);
  if (!viewer.isHr && !viewer.isAdmin)
    throw new PulseError('forbidden', 'The organisation’s actions are for HR.');
  const rows = await ctx.db.action.findMany({
    where: { organizationId: viewer.organizationId, team: { removedAt: null } },
    include: ACTION_INCLUDE,
    orderBy: [{ status: 'desc' }, { dueOn: 'asc' }],
  });
  return rows.map(toItem);
}
