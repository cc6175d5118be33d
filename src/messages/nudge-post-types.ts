import type { Locale } from '../model/keys.ts';

/** A nudge posted to a team's channel, with feedback buttons. */
export interface NudgePost {
  readonly kind: 'nudge';
  readonly locale: Locale;
  readonly postId: string;
  readonly title: string;
  readonly action: string;
  readonly why: string;
  readonly minutesLabel: string;
  readonly targetLabel: string;
  readonly intro: string;
  readonly feedback: { readonly didThis: string; readonly notForUs: string; readonly thanks: string };
  /** Counts so far, shown after feedback. */
  readonly tally?: { readonly didThis: number; readonly notForUs: number };
  /** The tally in words ("Did this: 3 · Not for us: 1"). */
  readonly tallyLabel?: string;
  /** Heading for `why`. */
  readonly whyLabel?: string;
  /** A team nudge's "Make this an action" button, which asks for an owner and a due date. */
  readonly makeAction?: string;
}
