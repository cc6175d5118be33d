import type { NudgePost } from '../../../src/messages/types.ts';
import { card, facts, heading, subtle, text, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { VERB } from './verbs.ts';

/**
 * A nudge in the team's channel: one small action, why it matters, how long
 * it takes, and the two feedback buttons, whose data is the post id; a
 * team's nudge also offers to make it an action (the form comes back to the
 * one who taps). The tally appears once someone has answered.
 */
export function renderNudgePost(post: NudgePost): AdaptiveCard {
  const body: CardElement[] = [];
  if (post.intro) body.push(text(post.intro));
  body.push(heading(`💡 ${post.title}`), text(post.action));
  if (post.why) {
    if (post.whyLabel) body.push(text(post.whyLabel, { weight: 'Bolder', spacing: 'Medium' }));
    body.push(text(post.why, { isSubtle: true }));
  }
  body.push(subtle(`⏱️ ${post.minutesLabel} · 🎯 ${post.targetLabel}`));
  if (post.tally) {
    body.push(
      facts([
        [`✅ ${post.feedback.didThis}`, String(post.tally.didThis)],
        [`👋 ${post.feedback.notForUs}`, String(post.tally.notForUs)],
      ]),
    );
  }
  return card(body, `${post.title}: ${post.action}`, {
    actions: [
      {
        type: 'Action.Execute',
        title: post.feedback.didThis,
        verb: VERB.nudgeDidThis,
        data: { p: post.postId },
      },
      {
        type: 'Action.Execute',
        title: post.feedback.notForUs,
        verb: VERB.nudgeNotForUs,
        data: { p: post.postId },
      },
      ...(post.makeAction
        ? [
            {
              type: 'Action.Execute' as const,
              title: post.makeAction,
              verb: VERB.actionForm,
              data: { p: post.postId },
            },
          ]
        : []),
    ],
  });
}
