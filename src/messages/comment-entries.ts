import type { TeamReport } from './types.ts';

/** A team report's comments once released (not the "none yet" note). */
export type ReleasedComments = Extract<NonNullable<TeamReport['comments']>, { readonly items: unknown }>;

/** One line of the released comments: a period's heading, or a comment with the id its "Reply" names. */
export type CommentEntry =
  | { readonly kind: 'period'; readonly label: string }
  | {
      readonly kind: 'comment';
      readonly text: string;
      /** Its place in `items`, which a reply form's inputs are named by. */
      readonly index: number;
      readonly replyId: string | null;
    };

/**
 * The released comments in the order every surface shows them: at most
 * `max`, newest first, each four-week period's under the weeks it spans
 * where the report groups them (as on the dashboard), a period's heading
 * only above a comment that is shown; and how many more the dashboard has.
 */
export function commentEntries(
  comments: ReleasedComments,
  max: number,
): { readonly entries: readonly CommentEntry[]; readonly more: number } {
  const shown = Math.min(max, comments.items.length);
  const groups = comments.groups ?? [{ label: undefined, items: comments.items }];
  const entries: CommentEntry[] = [];
  let index = 0;
  for (const group of groups) {
    if (index >= shown) break;
    if (group.label !== undefined && group.items.length > 0)
      entries.push({ kind: 'period', label: group.label });
    for (const text of group.items.slice(0, shown - index)) {
      entries.push({ kind: 'comment', text, index, replyId: comments.replyIds?.[index] ?? null });
      index += 1;
    }
  }
  return { entries, more: comments.items.length - shown };
}
