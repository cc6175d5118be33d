import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import type { AppFixture } from './app-fixture.ts';
import { answeredRounds, ROUND_ANSWERING, ROUNDS_CLOSED, type AnsweredRounds } from './answered-round.ts';

/** The comments of team Care's first round: the first two writers allow replies, the third does not. */
export const RELAY_COMMENTS = [
  { user: 'Care-0', text: 'Our stand-ups run long', allowReplies: true },
  { user: 'Care-1', text: 'More focus time please', allowReplies: true },
  { user: 'Care-2', text: 'A great week with customers', allowReplies: false },
] as const;

/**
 * A team of seven (k 5, at least 3 comments together) whose round closes
 * with three comments, so the leader is shown them at once; two writers
 * allowed replies. Returns the seeded organisation after the close.
 */
export async function roundWithRelayComments(app: AppFixture): Promise<AnsweredRounds> {
  const seeded = await answeredRounds(app, ['Care'], { size: 7 });
  const services = createPulseServices({ ...app.ctx, clock: { now: () => ROUND_ANSWERING } });
  for (const comment of RELAY_COMMENTS) {
    const card = app.platform.directTo(comment.user).at(-1)?.document;
    if (card?.kind !== 'pulse-card') throw new Error(`no card for ${comment.user}`);
    await services.recordComment({
      personId: seeded.org.people[comment.user] ?? '',
      token: card.token,
      text: comment.text,
      allowReplies: comment.allowReplies,
    });
  }
  app.clock.set(ROUNDS_CLOSED);
  await tick(app.ctx, ROUNDS_CLOSED);
  return seeded;
}

/** The id the "Reply" beside the comment `text` names in a leader's report ('' when it has none). */
export function replyIdIn(report: TeamReport, text: string): string {
  const comments = report.comments && 'items' in report.comments ? report.comments : undefined;
  return comments?.replyIds?.[comments.items.indexOf(text)] ?? '';
}
