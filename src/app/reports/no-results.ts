import { notice } from '../../messages/index.ts';
import type { Notice } from '../../messages/types.ts';
import type { Locale } from '../../model/index.ts';
import type { Db } from '../../store/database.ts';

/**
 * What a report says before there is anything to report: no round of the
 * team (or of any of the organisation's teams) has closed yet. When a round
 * is open, its closing time is when the first results are expected.
 */
export async function teamNoResults(
  db: Db,
  team: { readonly id: string; readonly name: string },
  locale: Locale,
  timeZone: string,
): Promise<Notice> {
  const open = await db.round.findFirst({
    where: { teamId: team.id, status: 'open' },
    orderBy: { closesAt: 'asc' },
  });
  return notice('no-results', locale, {
    subject: team.name,
    timeZone,
    ...(open ? { expected: open.closesAt } : {}),
  });
}

/** The organisation's counterpart: the first of its teams' open rounds to close. */
export async function organisationNoResults(
  db: Db,
  organizationId: string,
  locale: Locale,
  timeZone: string,
): Promise<Notice> {
  const open = await db.round.findFirst({
    where: { status: 'open', team: { organizationId, active: true } },
    orderBy: { closesAt: 'asc' },
  });
  return notice('no-results', locale, { timeZone, ...(open ? { expected: open.closesAt } : {}) });
}
