import { isAwayOn, nextSendMoment, reminderAt } from '../core/index.ts';
import type { AppContext } from './context.ts';
import { messageRefs, withMessageRef } from './message-refs.ts';
import { personSchedule, teamSchedule, type PersonAvailability } from './people.ts';
import { holidaysOf, organizationHolidayRegion, publicHolidays } from './public-holidays.ts';
import { pulseCardFor, type CardParticipation } from './pulse-card.ts';
import { sendKey } from './send-keys.ts';
import { newCardToken, tokenDigest } from './token-digests.ts';
import { addressOf, type ReachablePerson } from './conversations.ts';

/** A participation whose round takes answers, with what sending its card and reminder needs. */
interface OpenParticipation extends CardParticipation {
  readonly id: string;
  readonly sendAt: Date;
  readonly sentAt: Date | null;
  readonly remindedAt: Date | null;
  readonly answered: boolean;
  /** Where its messages went (see message-refs.ts). */
  readonly messageRef: string | null;
  readonly round: CardParticipation['round'] & { readonly teamId: string };
  readonly person: CardParticipation['person'] &
    PersonAvailability &
    ReachablePerson & { readonly holidayRegion: string | null };
}

/** The participation, if its round still takes answers at `now` and the person can be asked. */
async function loadOpen(
  ctx: AppContext,
  participationId: string,
  now: Date,
): Promise<OpenParticipation | undefined> {
  const participation = await ctx.db.participation.findUnique({
    where: { id: participationId },
    include: { round: { include: { team: { select: { active: true } } } }, person: true },
  });
  // A team the app was removed from keeps its open round (its answers still
  // close normally) but sends nothing more into it.
  const sendable =
    participation &&
    participation.round.team.active &&
    participation.round.status === 'open' &&
    participation.round.closesAt.getTime() > now.getTime() &&
    participation.person.active &&
    !participation.person.optedOut;
  return sendable ? participation : undefined;
}

/**
 * Sends the person their card and keeps where it went, so later updates
 * replace it. Each card carries a fresh token that only the message holds;
 * the ledger keeps its keyed digest. A new token replaces the old only while
 * the person has not answered (their answers sit under the old token's
 * digest); an earlier card is updated to carry the new one, so both work.
 */
async function sendCard(
  ctx: AppContext,
  participation: OpenParticipation,
  options: { reminder?: boolean },
  stamp: { sentAt: Date } | { remindedAt: Date },
  attempt: number,
): Promise<void> {
  const token = newCardToken();
  const issued = await ctx.db.participation.updateMany({
    where: { id: participation.id, answered: false },
    data: { tokenDigest: tokenDigest(ctx.settings.digestSecret, 'ledger', token) },
  });
  if (issued.count !== 1) return;
  const card = await pulseCardFor(ctx, participation, token, options);
  const { organizationId } = participation.person;
  for (const earlier of messageRefs(participation.messageRef, organizationId)) {
    // The reminder still goes out when the earlier card cannot be updated (deleted, say).
    await ctx.platform
      .update(earlier, await pulseCardFor(ctx, participation, token))
      .catch((error: unknown) =>
        ctx.log.warn({ err: error }, 'could not give the earlier card the new token'),
      );
  }
  // The same key on every run of this job: a run after one whose reply was lost finds that DM instead of sending another.
  const key = sendKey(ctx.settings.digestSecret, options.reminder ? 'reminder' : 'card', participation.id);
  const ref = await ctx.platform.sendDirect(addressOf(participation.person), card, {
    key,
    triedBefore: attempt > 1,
  });
  await ctx.db.participation.update({
    where: { id: participation.id },
    data: { ...stamp, messageRef: withMessageRef(participation.messageRef, ref) },
  });
}

/**
 * The first DM of a round: the person's pulse card, unless the round has
 * closed or it went out already. A person who went on leave (or whose day
 * turned out a public holiday) after the round opened gets it when they are
 * back, if the round is still open then; the later time is returned.
 */
export async function sendPulseCard(
  ctx: AppContext,
  participationId: string,
  now: Date,
  attempt: number,
): Promise<Date | undefined> {
  const participation = await loadOpen(ctx, participationId, now);
  if (!participation || participation.sentAt) return undefined;
  const calendar = personSchedule(participation.person, await holidaysOf(ctx.db, participation.person, now));
  if (calendar.paused) return undefined;
  if (isAwayOn(calendar, now)) {
    const back = nextSendMoment(calendar, now);
    return back && back < participation.round.closesAt ? back : undefined;
  }
  await sendCard(ctx, participation, {}, { sentAt: now }, attempt);
  return undefined;
}

/**
 * One reminder, only to someone who has not answered. The time is worked out
 * again from the person as they are now, so a change of time zone mid-round
 * moves the reminder to the right local hour. Returns that later time when
 * the reminder is not due yet.
 */
export async function sendReminder(
  ctx: AppContext,
  participationId: string,
  now: Date,
  attempt: number,
): Promise<Date | undefined> {
  const participation = await loadOpen(ctx, participationId, now);
  if (!participation || participation.answered || participation.remindedAt || participation.person.paused)
    return undefined;
  const schedule = await ctx.db.schedule.findUniqueOrThrow({ where: { teamId: participation.round.teamId } });
  const orgRegion = await organizationHolidayRegion(ctx.db, participation.person.organizationId);
  const holidays = await publicHolidays(participation.person.holidayRegion ?? orgRegion, now);
  const due = reminderAt({
    team: teamSchedule(schedule),
    person: personSchedule(participation.person, holidays),
    sentAt: participation.sentAt ?? participation.sendAt,
    answered: false,
    now,
    delayWorkingDays: schedule.reminderAfterDays,
    closesAt: participation.round.closesAt,
  });
  if (!due) return undefined;
  if (due.getTime() > now.getTime() + 60_000) return due;
  await sendCard(ctx, participation, { reminder: true }, { remindedAt: now }, attempt);
  return undefined;
}
