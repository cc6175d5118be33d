import { PulseError } from '../errors.ts';
import { statementById } from '../model/index.ts';
import type { PulseCard } from '../messages/types.ts';
import type { AppContext } from './context.ts';
import { askedStatements, pulseCardFor } from './pulse-card.ts';
import type { RecordAnswerInput, RecordAnswerOptions } from './services.ts';
import { tokenDigest } from './token-digests.ts';

/** The ledger entry behind a card's token (found through its keyed digest), or null. */
export function participationByToken(ctx: AppContext, token: string) {
  return token
    ? ctx.db.participation.findUnique({
        where: { tokenDigest: tokenDigest(ctx.settings.digestSecret, 'ledger', token) },
        include: { round: true, person: true },
      })
    : Promise.resolve(null);
}

/** A card's ledger entry with what storing an answer and building the card need of its round and person. */
interface ClickedEntry {
  readonly id: string;
  readonly roundId: string;
  readonly personId: string;
  readonly role: string;
  readonly statementIds: string | null;
  readonly answered: boolean;
  readonly round: {
    readonly teamId: string;
    readonly status: string;
    readonly k: number;
    readonly closesAt: Date;
  };
  readonly person: {
    readonly organizationId: string;
    readonly platformUserId: string;
    readonly locale: string;
    readonly timeZone: string;
  };
}

/**
 * The ledger entry behind a card's token (by its ledger digest), with its
 * round and person, in one statement: every click starts here, and each
 * statement is a round trip to the database. As three reads (the person, the
 * entry, its round) they held a click's acknowledgement back the longest on
 * PostgreSQL.
 */
async function clickedEntry(ctx: AppContext, ledgerDigest: string): Promise<ClickedEntry | null> {
  const rows = await ctx.db.$queryRaw<
    (Omit<ClickedEntry, 'round' | 'person'> & ClickedEntry['round'] & ClickedEntry['person'])[]
  >`
    SELECT p."id", p."roundId", p."personId", p."role", p."statementIds", p."answered",
           r."teamId", r."status", r."k", r."closesAt",
           pe."organizationId", pe."platformUserId", pe."locale", pe."timeZone"
      FROM "Participation" p
      JOIN "Round" r ON r."id" = p."roundId"
      JOIN "Person" pe ON pe."id" = p."personId"
     WHERE p."tokenDigest" = ${ledgerDigest}`;
  const row = rows[0];
  if (!row) return null;
  // Prisma types a raw row by its columns on both databases (a boolean, a number, a Date).
  const { teamId, status, k, closesAt, organizationId, platformUserId, locale, timeZone, ...entry } = row;
  return {
    ...entry,
    round: { teamId, status, k, closesAt },
    person: { organizationId, platformUserId, locale, timeZone },
  };
}

/** Whether the entry is the clicker's own: by their id, or by where their platform says they are. */
function isClickers(entry: ClickedEntry, clicker: RecordAnswerInput): boolean {
  return clicker.address
    ? entry.person.organizationId === clicker.address.organizationId &&
        entry.person.platformUserId === clicker.address.platformUserId
    : entry.personId === clicker.personId;
}

/** The open ledger entry behind a token, checked against the person who clicked. */
export async function openParticipation(ctx: AppContext, personId: string, token: string, now: Date) {
  const entry = await participationByToken(ctx, cardToken(token));
  return checkedOpen(entry, (found) => found.personId === personId, now);
}

// A card without a token (one the playground kept across a restart) shows its answers and takes no more.
function cardToken(token: string): string {
  if (!token) throw new PulseError('round_not_found', 'This card no longer takes answers.');
  return token;
}

function checkedOpen<Entry extends { personId: string; round: { status: string; closesAt: Date } }>(
  participation: Entry | null,
  isOwner: (entry: Entry) => boolean,
  now: Date,
): Entry {
  if (!participation) {
    throw new PulseError(
      'round_closed',
      'This pulse has closed, so it no longer takes answers. Your next pulse will arrive as usual.',
    );
  }
  if (!isOwner(participation)) {
    throw new PulseError(
      'token_invalid',
      'This pulse card belongs to someone else, so your click was not recorded.',
    );
  }
  if (participation.round.status !== 'open' || now.getTime() >= participation.round.closesAt.getTime()) {
    throw new PulseError(
      'round_closed',
      'This pulse round has closed, so answers can no longer be given or changed.',
    );
  }
  return participation;
}

function checkValue(scale: string, value: number | null): void {
  const ok =
    scale === 'nps11'
      ? value !== null && Number.isInteger(value) && value >= 0 && value <= 10
      : value === null || (Number.isInteger(value) && value >= 1 && value <= 5);
  if (!ok) {
    const expected =
      scale === 'nps11' ? 'a whole number from 0 to 10' : 'a whole number from 1 to 5, or "don\'t know"';
    throw new PulseError('answer_invalid', `That answer is not possible here: expected ${expected}.`);
  }
}

/**
 * Marks the person as having answered, unless this card's token was replaced
 * by a newer card (a reminder) in the meantime: then the click is refused, so
 * that one person's answers never sit under two tokens. Only the first answer
 * writes the ledger, and never in the same transaction as an answer.
 */
async function markAnswered(
  ctx: AppContext,
  participation: { id: string; answered: boolean },
  ledgerDigest: string,
) {
  if (participation.answered) return;
  const marked = await ctx.db.participation.updateMany({
    where: { id: participation.id, tokenDigest: ledgerDigest },
    data: { answered: true },
  });
  if (marked.count !== 1) {
    throw new PulseError(
      'token_invalid',
      'This card was replaced by a newer pulse message, so your click was not recorded. Please answer on the newest one.',
    );
  }
}

/**
 * Stores one answer. Team members' answers go to the anonymous Answer table,
 * keyed by a keyed digest of their card's token (so the same click twice
 * stores one answer and a new click replaces it); leaders' answers are their
 * own self-ratings. The person is marked as having answered in the ledger.
 */
export async function storeAnswer(ctx: AppContext, input: RecordAnswerInput, now: Date) {
  const ledgerDigest = tokenDigest(ctx.settings.digestSecret, 'ledger', cardToken(input.token));
  const participation = checkedOpen(
    await clickedEntry(ctx, ledgerDigest),
    (entry) => isClickers(entry, input),
    now,
  );
  const statement = statementById(ctx.bank.statements, input.statementId);
  if (!statement || !askedStatements(participation).includes(input.statementId)) {
    throw new PulseError(
      'statement_unknown',
      'That statement is not part of your pulse, so nothing was recorded.',
    );
  }
  checkValue(statement.scale, input.value);
  const target = { targetKind: statement.target.kind, targetKey: statement.target.key };
  await markAnswered(ctx, participation, ledgerDigest);

  if (participation.role === 'leader') {
    await ctx.db.leaderRating.upsert({
      where: {
        personId_roundId_statementId: {
          personId: participation.personId,
          roundId: participation.roundId,
          statementId: statement.id,
        },
      },
      create: {
        personId: participation.personId,
        roundId: participation.roundId,
        teamId: participation.round.teamId,
        statementId: statement.id,
        ...target,
        value: input.value,
      },
      update: { value: input.value },
      select: { id: true },
    });
  } else {
    const owner = tokenDigest(ctx.settings.digestSecret, 'answer', input.token);
    await ctx.db.answer.upsert({
      where: { ownerHash_statementId: { ownerHash: owner, statementId: statement.id } },
      create: {
        roundId: participation.roundId,
        teamId: participation.round.teamId,
        statementId: statement.id,
        ...target,
        scale: statement.scale,
        value: input.value,
        ownerHash: owner,
      },
      update: { value: input.value },
      select: { id: true },
    });
  }
  return participation;
}

/**
 * Stores one answer, says so (`onStored`), and returns the person's card as it
 * should look now. Only the card's own answers are read after `onStored`: a
 * click waits for the answer alone.
 */
export async function recordAnswer(
  ctx: AppContext,
  input: RecordAnswerInput,
  now: Date,
  options: RecordAnswerOptions = {},
): Promise<PulseCard> {
  const participation = await storeAnswer(ctx, input, now);
  await options.onStored?.();
  return pulseCardFor(ctx, participation, input.token);
}
