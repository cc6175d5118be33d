import type { ActionCheckIn } from './action-check-in.ts';
import type { Notice } from './notice-types.ts';
import type { NudgePost } from './nudge-post-types.ts';
import type { PulseCard } from './pulse-card-types.ts';
import type { RelayMessage } from './relay-message.ts';
import type { OrgReport, TeamReport } from './report-types.ts';

/**
 * Platform-neutral message documents. Every text in a document is already in
 * the recipient's language; adapters only lay documents out (Block Kit,
 * Adaptive Cards, HTML) and never look up wording themselves. Each kind is
 * described in its own file; this one names them all, for whoever takes any.
 */

export type * from './figure-types.ts';
export type * from './notice-types.ts';
export type * from './nudge-post-types.ts';
export type * from './pulse-card-types.ts';
export type * from './report-types.ts';
export type { WantsMoreRow, WantsMoreSection } from './wants-more.ts';
export type { ActionCheckIn };

export type MessageDocument =
  PulseCard | Notice | TeamReport | OrgReport | NudgePost | RelayMessage | ActionCheckIn;
