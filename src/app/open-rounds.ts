import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  asksEnps,
  enpsPeriod,
  enpsPeriodWeeks,
  firstSendAt,
  nextRoundStart,
  periodKey,
  planRotation,
  reminderAt,
  roundCloseAt,
  roundSlotPastHolidays,
  type RotationStatement,
  type TargetFreshness,
} from '../core/index.ts';
import { statementAudiences, type ContentBank } from '../model/index.ts';
import type { Db } from '../store/database.ts';
import type { AppContext } from './context.ts';
import { closeRoundJob } from './jobs/close-round.ts';
import { pulseDmJob } from './jobs/pulse-dm.ts';
import { enqueueJob, jobRow, type JobRow } from './jobs/queue.ts';
import { reminderJob } from './jobs/reminder.ts';
import { personSchedule, teamSchedule } from './people.ts';
import { saveRotationStates } from './save-rotation-states.ts';
import { organizationHolidayRegion, publicHolidays } from './public-holidays.ts';

/** The statements that rotate: everything on the agreement scale (eNPS is added separately). */
export function rotationStatements(bank: ContentBank): RotationStatement[] {
  return bank.statements
    .filter((statement) => statement.scale === 'agree5')
    .map((statement) => ({
      id: statement.id,
      target: statement.target,
      audiences: statementAudiences(statement),
      ...(statement.phase ? { phase: statement.phase } : {}),
      ...(statement.variant ? { variant: statement.variant } : {}),
    }));
}

/**
 * People who share the same statements in a round. Not everyone answers, so
 * cohorts are half again as large as k: at a typical response rate the
 * answers still reach k and the figures can be shown.
 */
export function cohortSize(k: number): number {
  return Math.ceil(k * 1.5);
}

/**
 * Opens a round for every team whose schedule is due. The schedule row is
 * claimed by moving its `nextRunAt` forward in one conditional update, so two
 * replicas never open the same round. Returns the ids of the rounds opened.
 */
export async function runDuePulses(ctx: AppContext, now: Date): Promise<string[]> {
  const schedules = await ctx.db.schedule.findMany({
    where: { team: { active: true, paused: false }, OR: [{ nextRunAt: null }, { nextRunAt: { lte: now } }] },
  });
  const opened: string[] = [];
  for (const schedule of schedules) {
    const team = teamSchedule(schedule);
    if (schedule.nextRunAt === null) {
      // A new schedule starts at its next slot, not at once.
      const next = nextRoundStart(team, now).startsAt;
      await ctx.db.schedule.updateMany({
        where: { id: schedule.id, nextRunAt: null },
        data: { nextRunAt: next },
      });
      continue;
    }
    const startsAt = schedule.nextRunAt;
    const following = nextRoundStart(team, startsAt).startsAt;
    const claim = await ctx.db.schedule.updateMany({
      where: { id: schedule.id, nextRunAt: startsAt },
      data: { nextRunAt: following },
    });
    if (claim.count !== 1) continue;
    try {
      opened.push(await openRound(ctx, schedule.teamId, startsAt, now));
    } catch (error) {
      ctx.log.error(
        { err: error, teamId: schedule.teamId },
        'could not open a round; the next slot will try again',
      );
    }
  }
  return opened;
}

/**
 * Opens one round for a team at `startsAt`: plans who gets what, fills the
 * ledger, queues the DMs. Nobody is asked, nor reminded, on a public holiday
 * where they work or while on leave. A round due on one of the
 * organisation's public holidays starts on its next working day instead, and
 * its close skips those holidays. `atStart` (a round sent by hand) sends at
 * `startsAt`'s own local time instead of the schedule's, holiday or not.
 */
export async function openRound(
  ctx: Pick<AppContext, 'db' | 'settings' | 'bank' | 'log'>,
  teamId: string,
  startsAt: Date,
  now: Date,
  options: { readonly atStart?: boolean } = {},
): Promise<string> {
  const { db, settings, bank } = ctx;
  const schedule = await db.schedule.findUniqueOrThrow({ where: { teamId }, include: { team: true } });
  const orgRegion = await organizationHolidayRegion(db, schedule.team.organizationId);
  const localTime = DateTime.fromJSDate(startsAt, { zone: schedule.timeZone }).toFormat('HH:mm');
  const team = teamSchedule(
    options.atStart ? { ...schedule, localTime } : schedule,
    await publicHolidays(orgRegion, now),
  );
  const scheduled = {
    date: DateTime.fromJSDate(startsAt, { zone: team.timeZone }).toISODate() ?? '',
    startsAt,
  };
  // A round sent by hand starts when the admin says; a scheduled one waits out the team's public holiday.
  const slot = options.atStart ? scheduled : roundSlotPastHolidays(scheduled, team);
  const closesAt = roundCloseAt(slot, team, schedule.windowDays);
  const last = await db.round.findFirst({ where: { teamId }, orderBy: { number: 'desc' } });
  const number = (last?.number ?? 0) + 1;

  const memberships = await db.membership.findMany({
    where: { teamId, leftAt: null, person: { active: true, optedOut: false } },
    include: { person: true },
  });
  const members = await Promise.all(
    memberships.map(async (m) => ({
      ...m,
      calendar: personSchedule(m.person, await publicHolidays(m.person.holidayRegion ?? orgRegion, now)),
    })),
  );
  const sendTimes = new Map(
    members.map((m) => [
      m.personId,
      firstSendAt(slot, team, m.calendar, { notBefore: now, notAfter: closesAt }),
    ]),
  );
  const invited = members.filter((m) => sendTimes.get(m.personId));
  const states = await db.rotationState.findMany({
    where: { teamId, personId: { in: invited.map((m) => m.personId) } },
  });
  const history = Object.fromEntries(states.map((s) => [s.personId, JSON.parse(s.askedIds) as string[]]));
  const plan = planRotation({
    round: number,
    people: invited.map((m) => ({ id: m.personId, role: m.role === 'leader' ? 'leader' : 'member' })),
    statements: rotationStatements(bank),
    history,
    freshness: await freshness(db, teamId),
    k: cohortSize(settings.k),
    perPerson: schedule.perPerson,
    seed: `${teamId}/${number}`,
  });

  const week = periodKey(slot.startsAt, 'week', team.timeZone);
  const enpsWeeks = await earlierEnpsWeeks(
    db,
    teamId,
    week,
    invited.map((m) => m.personId),
  );
  const round = await db.round.create({
    data: {
      teamId,
      number,
      date: slot.date,
      week,
      k: settings.k,
      commentK: settings.minComments,
      opensAt: slot.startsAt,
      closesAt,
      invited: invited.length,
    },
  });
  const participations: NewParticipation[] = [];
  const jobs: JobRow[] = [];
  for (const personPlan of plan.people) {
    const member = invited.find((m) => m.personId === personPlan.personId);
    const sendAt = sendTimes.get(personPlan.personId);
    if (!member || !sendAt) continue;
    const statementIds = personPlan.asks.map((ask) => ask.statementId);
    // Leaders answer it too: their own eNPS is shown beside the team's, to them alone.
    if (asksEnps(week, enpsWeeks.get(member.personId) ?? [])) statementIds.push('enps');
    const remindAt = reminderAt({
      team,
      person: member.calendar,
      sentAt: sendAt,
      answered: false,
      now,
      delayWorkingDays: schedule.reminderAfterDays,
      closesAt,
    });
    const id = randomUUID();
    participations.push({
      id,
      roundId: round.id,
      personId: member.personId,
      role: member.role,
      statementIds: JSON.stringify(statementIds),
      sendAt,
      remindAt,
    });
    jobs.push(jobRow(pulseDmJob, { key: id, payload: { participationId: id }, runAt: sendAt }));
    if (remindAt)
      jobs.push(jobRow(reminderJob, { key: id, payload: { participationId: id }, runAt: remindAt }));
  }
  // The round's rows go in together, in a few set-based statements: a crash leaves either all of them or none.
  await db.$transaction([
    db.participation.createMany({ data: participations }),
    db.job.createMany({ data: jobs }),
    ...saveRotationStates(db, teamId, plan.people),
  ]);
  await enqueueJob(db, closeRoundJob, { key: round.id, payload: { roundId: round.id }, runAt: closesAt });
  ctx.log.info(
    {
      teamId,
      round: number,
      invited: invited.length,
      anchors: plan.anchors.length,
      belowK: plan.belowK.length,
    },
    'round opened',
  );
  return round.id;
}

/** A line of the ledger as a round's opening writes it: who is asked which statements, and when. */
interface NewParticipation {
  readonly id: string;
  readonly roundId: string;
  readonly personId: string;
  readonly role: string;
  /** JSON list of statement ids. */
  readonly statementIds: string;
  readonly sendAt: Date;
  readonly remindAt: Date | null;
}

/**
 * The weeks of this team's earlier rounds in the eNPS period of `week` that
 * invited each person (the ledger keeps who was invited to which round).
 */
async function earlierEnpsWeeks(
  db: Db,
  teamId: string,
  week: string,
  personIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db.participation.findMany({
    where: {
      personId: { in: [...personIds] },
      round: { teamId, week: { in: enpsPeriodWeeks(enpsPeriod(week)) } },
    },
    select: { personId: true, round: { select: { week: true } } },
  });
  const weeks = new Map<string, string[]>();
  for (const row of rows) weeks.set(row.personId, [...(weeks.get(row.personId) ?? []), row.round.week]);
  return weeks;
}

/** When each target was last asked in this team and how many answered: stale and thin targets go first. */
async function freshness(db: Db, teamId: string): Promise<TargetFreshness[]> {
  const rows = await db.$queryRaw<{ kind: string; key: string; last: number | bigint; n: number | bigint }[]>`
    SELECT s."targetKind" AS kind, s."targetKey" AS key, MAX(r."number") AS last, SUM(s."respondents") AS n
      FROM "ScoreSnapshot" s JOIN "Round" r ON r."id" = s."roundId"
     WHERE s."teamId" = ${teamId} AND s."statementId" IS NULL
     GROUP BY s."targetKind", s."targetKey"`;
  return rows.map((row) => ({
    target: { kind: row.kind as TargetFreshness['target']['kind'], key: row.key },
    lastAskedRound: Number(row.last),
    respondents: Number(row.n),
  }));
}
