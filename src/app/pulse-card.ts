import { buildPulseCard } from '../messages/index.ts';
import type { PulseCard } from '../messages/types.ts';
import { resolveLocale, statementById, statementText, type Audience } from '../model/index.ts';
import type { AppContext } from './context.ts';
import { tokenDigest } from './token-digests.ts';

/** What a card is built from: a participation, with what the card shows of its round and its person. */
export interface CardParticipation {
  readonly roundId: string;
  readonly personId: string;
  readonly role: string;
  /** The statements asked, as a JSON list; wiped when the round closes. */
  readonly statementIds: string | null;
  readonly round: { readonly status: string; readonly k: number; readonly closesAt: Date };
  readonly person: { readonly locale: string; readonly timeZone: string };
}

export function askedStatements(participation: Pick<CardParticipation, 'statementIds'>): string[] {
  return participation.statementIds ? (JSON.parse(participation.statementIds) as string[]) : [];
}

/** What the person answered so far in this round, by statement id (null = "don't know"). */
async function selections(
  ctx: AppContext,
  participation: CardParticipation,
  token: string,
): Promise<Map<string, number | null>> {
  if (participation.role === 'leader') {
    const ratings = await ctx.db.leaderRating.findMany({
      where: { personId: participation.personId, roundId: participation.roundId },
      select: { statementId: true, value: true },
    });
    return new Map(ratings.map((r) => [r.statementId, r.value]));
  }
  const answers = await ctx.db.answer.findMany({
    where: { ownerHash: tokenDigest(ctx.settings.digestSecret, 'answer', token) },
    select: { statementId: true, value: true },
  });
  return new Map(answers.map((a) => [a.statementId, a.value]));
}

/**
 * The person's card as it should look now: their statements, in their
 * language, with what they chose. `token` is the one on the card (the
 * database does not know it); without one the card shows as closed.
 */
export async function pulseCardFor(
  ctx: AppContext,
  participation: CardParticipation,
  token: string | undefined,
  options: { reminder?: boolean } = {},
): Promise<PulseCard> {
  const locale = resolveLocale(participation.person.locale);
  const audience: Audience = participation.role === 'leader' ? 'leader' : 'employee';
  const chosen = token ? await selections(ctx, participation, token) : new Map<string, number | null>();
  const items = askedStatements(participation).flatMap((id) => {
    const statement = statementById(ctx.bank.statements, id);
    if (!statement) return [];
    const text =
      statementText(statement, audience, locale) ?? statementText(statement, 'employee', locale) ?? id;
    return [
      {
        statementId: id,
        text,
        scale: statement.scale,
        ...(chosen.has(id) ? { selected: chosen.get(id) ?? null } : {}),
      },
    ];
  });
  const open = participation.round.status === 'open' && token !== undefined;
  return buildPulseCard({
    locale,
    roundId: participation.roundId,
    token: token ?? '',
    k: participation.round.k,
    closesAt: participation.round.closesAt,
    timeZone: participation.person.timeZone,
    state: open ? 'open' : 'closed',
    ...(options.reminder ? { reminder: true } : {}),
    items,
    content: ctx.bank,
  });
}
