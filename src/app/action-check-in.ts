import { DateTime } from 'luxon';
import { buildActionCheckIn } from '../messages/index.ts';
import type { TargetRef } from '../model/index.ts';
import type { AppContext } from './context.ts';
import { addressOf } from './conversations.ts';

/** Days between check-ins while an action stays open after its due date. */
export const CHECK_IN_EVERY_DAYS = 7;

/**
 * The check-in an open action is at on `today` (both local YYYY-MM-DD
 * dates): none before its due date, the due date itself, then every week
 * after it. Only the latest is ever sent, so a bot that was down for a
 * while sends one check-in, not one per missed week.
 */
export function checkInDate(dueOn: string, today: string): string | undefined {
  if (today < dueOn) return undefined;
  const due = DateTime.fromISO(dueOn, { zone: 'utc' });
  const days = Math.floor(DateTime.fromISO(today, { zone: 'utc' }).diff(due, 'days').days);
  return due.plus({ days: days - (days % CHECK_IN_EVERY_DAYS) }).toISODate() ?? undefined;
}

/** Each open action with an owner whose check-in date has come, in the owner's zone, at the start of their day. */
export async function dueCheckIns(ctx: AppContext, now: Date) {
  const open = await ctx.db.action.findMany({
    where: { status: 'open', owner: { active: true }, team: { removedAt: null } },
    select: { id: true, dueOn: true, owner: { select: { timeZone: true, workStart: true } } },
  });
  return open.flatMap((action) => {
    if (!action.owner) return [];
    const local = DateTime.fromJSDate(now, { zone: action.owner.timeZone });
    const date = checkInDate(action.dueOn, local.toISODate() ?? '');
    if (!date) return [];
    const [hour, minute] = action.owner.workStart.split(':').map(Number);
    const runAt = DateTime.fromISO(date, { zone: action.owner.timeZone }).set({ hour, minute });
    return [{ key: `${action.id}/${date}`, payload: { actionId: action.id, date }, runAt: runAt.toJSDate() }];
  });
}

/** The owner's check-in DM, if the action is still open and still has its owner. */
export async function sendActionCheckIn(ctx: AppContext, actionId: string, date: string): Promise<void> {
  const action = await ctx.db.action.findUnique({
    where: { id: actionId },
    include: { owner: true, team: { select: { name: true } } },
  });
  if (!action || action.status !== 'open' || !action.owner?.active) return;
  const checkIn = buildActionCheckIn({
    actionId: action.id,
    title: action.title,
    teamName: action.team.name,
    target: { kind: action.targetKind as TargetRef['kind'], key: action.targetKey },
    dueOn: action.dueOn,
    today: date,
    timeZone: action.owner.timeZone,
    locale: action.owner.locale,
    content: ctx.bank,
  });
  await ctx.platform.sendDirect(addressOf(action.owner), checkIn, {
    key: `action-check-in:${actionId}/${date}`,
  });
}
