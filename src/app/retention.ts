import { DateTime } from 'luxon';
import type { AppContext } from './context.ts';

/** How long raw material is kept; the published figures (snapshots) are kept for good. */
export interface RetentionPolicy {
  /** Raw answers and comments of rounds closed longer ago than this. */
  readonly answersMonths: number;
  /** Audit entries older than this. */
  readonly auditMonths: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { answersMonths: 24, auditMonths: 24 };

export interface RetentionResult {
  readonly answers: number;
  readonly comments: number;
  readonly auditEntries: number;
  readonly actions: number;
}

/**
 * Deletes raw answers and comments of rounds closed more than
 * `answersMonths` ago — only once the round's snapshots exist, so no figure
 * anyone was shown changes — audit entries older than `auditMonths`, and
 * actions done longer ago than `answersMonths` (open ones stay).
 */
export async function applyRetention(
  ctx: AppContext,
  now: Date,
  policy: RetentionPolicy = ctx.settings.retention ?? DEFAULT_RETENTION,
): Promise<RetentionResult> {
  const { db } = ctx;
  const answersBefore = DateTime.fromJSDate(now).minus({ months: policy.answersMonths }).toJSDate();
  const auditBefore = DateTime.fromJSDate(now).minus({ months: policy.auditMonths }).toJSDate();
  const rounds = await db.round.findMany({
    where: { status: 'closed', closedAt: { lt: answersBefore }, snapshots: { some: {} } },
    select: { id: true },
  });
  const roundIds = rounds.map((round) => round.id);
  const [answers, comments, auditEntries, actions] = await db.$transaction([
    db.answer.deleteMany({ where: { roundId: { in: roundIds } } }),
    db.comment.deleteMany({ where: { roundId: { in: roundIds } } }),
    db.auditLog.deleteMany({ where: { at: { lt: auditBefore } } }),
    db.action.deleteMany({ where: { status: 'done', doneAt: { lt: answersBefore } } }),
  ]);
  return {
    answers: answers.count,
    comments: comments.count,
    auditEntries: auditEntries.count,
    actions: actions.count,
  };
}
