import { parseTargetId } from '../core/index.ts';
import { buildOwnActionList, type OwnActionList } from '../messages/own-action-list.ts';
import { ownActions } from './action-rights.ts';
import type { AppContext } from './context.ts';

/**
 * The actions a person owns or made (those their data export lists), named
 * in their language for their "My data" page; undefined for someone unknown.
 */
export async function myActions(
  ctx: AppContext,
  personId: string,
  now: Date,
): Promise<OwnActionList | undefined> {
  const person = await ctx.db.person.findUnique({ where: { id: personId } });
  if (!person) return undefined;
  const items = (await ownActions(ctx.db, personId)).flatMap((action) => {
    const target = parseTargetId(action.target);
    if (!target) return [];
    return [
      {
        title: action.title,
        teamName: action.team,
        target,
        dueOn: action.dueOn,
        status: action.status === 'done' ? ('done' as const) : ('open' as const),
        doneAt: action.doneAt === null ? null : new Date(action.doneAt),
      },
    ];
  });
  return buildOwnActionList({
    locale: person.locale,
    items,
    now,
    timeZone: person.timeZone,
    content: ctx.bank,
  });
}
