/**
 * The comment rule in one place: the person who writes a comment and the
 * leader who reads the report hear the same sentence (`comments.rule`).
 */
export const comments = {
  'comments.rule':
    'Your leader sees comments only after a round has closed, only from rounds at least {k} people answered, and always at least {minComments} together, in shuffled order, without saying which round or question a comment belongs to.',
  'comments.thanks': 'Thanks for your comment. It is stored without your name.',
  'comments.weeks': 'Comments from {from} to {to}, in shuffled order.',
  'comments.week': 'Comments from {from}, in shuffled order.',
  'comments.none': 'No comments can be shown yet.',
} as const;
