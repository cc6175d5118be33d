import { DateTime } from 'luxon';
import { auditAdminChange, type AdminActor, type AdminContext } from './admin-actions.ts';
import { holidayRegion } from './public-holidays.ts';
import { refusal } from '../messages/refusals.ts';

/** The longest leave the bot takes: a longer break is a plain pause. */
const MAX_LEAVE_DAYS = 366;

/**
 * Leave: no pulse or reminder before `backOn` (a date in the person's own
 * zone, `YYYY-MM-DD`); a pause without end is lifted, since the leave says
 * when they are back. Cards already queued wait until then (or lapse with
 * their round).
 */
export async function pauseUntil(ctx: AdminContext, personId: string, backOn: string): Promise<string> {
  const person = await ctx.db.person.findUniqueOrThrow({ where: { id: personId } });
  const today = DateTime.fromJSDate(ctx.clock.now(), { zone: person.timeZone }).startOf('day');
  const back = DateTime.fromISO(backOn, { zone: person.timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(backOn) || !back.isValid) {
    throw refusal('usage', 'refusal.leave.date-format', { date: backOn });
  }
  const days = back.diff(today, 'days').days;
  if (days < 1 || days > MAX_LEAVE_DAYS) {
    throw refusal('usage', 'refusal.leave.date-range', { date: backOn });
  }
  await ctx.db.person.update({ where: { id: personId }, data: { pausedUntil: backOn, paused: false } });
  return backOn;
}

/** A person's own public holidays (`NL`, `US-CA`), or null to follow the organisation's. */
export async function setOwnHolidayRegion(
  ctx: AdminContext,
  personId: string,
  code: string | null,
): Promise<string | null> {
  const region = code === null ? null : await holidayRegion(code);
  await ctx.db.person.update({ where: { id: personId }, data: { holidayRegion: region } });
  return region;
}

/**
 * The organisation's public holidays: everyone who did not choose their own
 * has those days off. Null: the bot knows no public holidays. Audited.
 */
export async function setOrganizationHolidayRegion(
  ctx: AdminContext,
  actor: AdminActor,
  code: string | null,
): Promise<string | null> {
  const region = code === null ? null : await holidayRegion(code);
  const org = await ctx.db.organization.update({
    where: { id: actor.organizationId },
    data: { holidayRegion: region },
  });
  await auditAdminChange(ctx, actor, 'organization.holidays-changed', `organization:${org.id}`, {
    to: region,
  });
  return region;
}
