/**
 * Words about the reader's language and the reader's role: the language
 * switch on the playground and the dashboard, the dashboard's skip link, the
 * team report as read by someone who does not lead the team (HR), and the
 * CSV export's column names and codes.
 */
export const language = {
  'language.switch': 'Language',
  'language.apply': 'Change',
  'language.name.en': 'English',
  'language.name.nl': 'Nederlands',
  'dashboard.skip-to-content': 'Skip to the main content',

  'report.privacy.team.reader':
    'Figures from fewer than {k} people are hidden. The leader’s own ratings on the “I …” statements are shown only to the leader, so they are not part of this view.',
  'maturity.reason.gap_leader_only': 'the leader’s own view of it counts too, and only the leader sees that',

  'csv.column.section': 'section',
  'csv.column.team': 'team',
  'csv.column.key': 'key',
  'csv.column.label': 'label',
  'csv.column.value': 'value',
  'csv.column.n': 'n',
  'csv.column.favourable': 'favourable_percent',
  'csv.column.hidden': 'hidden_reason',
  'csv.column.rounds': 'rounds',
  'csv.column.statements': 'statements',
  'csv.column.window': 'window_weeks',
  'csv.column.as-of': 'as_of_week',
  'csv.column.from': 'window_from',
  'csv.column.to': 'window_to',
  'csv.section.participation': 'participation',
  'csv.section.elements': 'elements',
  'csv.section.traits': 'traits',
  'csv.section.culture_current': 'culture_current',
  'csv.section.culture_desired': 'culture_desired',
  'csv.section.history': 'history',
  'csv.section.enps': 'enps',
  'csv.section.heatmap': 'heatmap',
  'csv.section.notice': 'notice',
  'csv.hidden.below_k': 'below_k',
  'csv.hidden.complementary': 'complementary',
  'csv.hidden.membership_change': 'membership_change',
  'csv.hidden.comments_below_k': 'comments_below_k',
  'csv.hidden.no_data': 'no_data',
  'csv.hidden.not_asked': 'not_asked',
} as const satisfies Readonly<Record<string, string>>;
