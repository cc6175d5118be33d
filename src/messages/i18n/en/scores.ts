/**
 * The words around rolling scores: what stands behind a figure, the window
 * it pools, four-week periods, a period that was not asked, and a trend with
 * the reason it is called one.
 */
export const scores = {
  'score.window': 'Each score pools the rounds of the {weeks} weeks up to {date} in which it was shown.',
  'score.basis.rounds.one': '{n} round',
  'score.basis.rounds.other': '{n} rounds',
  'score.basis.statements.one': '{n} statement',
  'score.basis.statements.other': '{n} statements',
  'score.basis': 'n = {n} · {rounds} · {statements}',
  'score.column.answers': 'Answers',
  'score.column.rounds': 'Rounds',
  'score.column.statements': 'Statements',
  'period.weeks': 'Weeks {from}–{to}, {year}',
  'period.weeks.span': 'Week {from}, {fromYear} – week {to}, {year}',
  'hidden.not_asked': 'Not asked in this period',
  'chart.hidden.mark.not_asked': 'not asked',
  'chart.hidden.reason.not_asked': 'Not asked in this period',
  'trend.beyond.up': 'Up {points} points, beyond the noise of ±{noise}',
  'trend.beyond.down': 'Down {points} points, beyond the noise of ±{noise}',
  'trend.within': 'About the same: {change} points is within the noise of ±{noise}',
} as const satisfies Readonly<Record<string, string>>;
