/**
 * The words around what a team wants more of: the values it most often
 * says it would do better with more of, over the window that holds every
 * value once, and the values not asked yet in it.
 */
export const wantsMore = {
  'wantsMore.heading': 'What the team wants more of',
  'wantsMore.window.one':
    'From the team’s last round, the {weeks} weeks up to {date}. Each value is asked once in every {rounds} rounds.',
  'wantsMore.window.other':
    'From the team’s last {n} rounds, the {weeks} weeks up to {date}. Each value is asked once in every {rounds} rounds.',
  'wantsMore.row': '{percent}% say the team would do better with more of it (n = {n})',
  'wantsMore.today': '; today {score}',
  'wantsMore.none': 'No value has enough answers to show yet.',
  'wantsMore.notAskedYet': 'Not asked yet: {values}.',
  'wantsMore.cell.notAskedYet': 'Not asked yet',
};
