import type { NudgeAudience, Nudge, NudgeText } from '../../content-types.ts';
import type { TargetRef } from '../../keys.ts';

/** A nudge as authors write it: the target comes from the file it sits in. */
export interface NudgeEntry {
  readonly id: string;
  readonly audience: NudgeAudience;
  readonly minutes: number;
  readonly en: NudgeText;
  readonly nl: NudgeText;
}

export function nudgesFor(target: TargetRef, entries: readonly NudgeEntry[]): Nudge[] {
  return entries.map(({ id, audience, minutes, en, nl }) => ({
    id,
    target,
    audience,
    minutes,
    text: { en, nl },
  }));
}
