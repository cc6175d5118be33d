/**
 * Why a request from chat or a page was refused, in words the person can act
 * on. The English text is also the error's message in the log and the CLI.
 */
export const refusals = {
  'refusal.action.target-unknown': 'There is no element called “{key}”.',
  'refusal.action.due-format': 'A due date is written as YYYY-MM-DD (got “{due}”).',
  'refusal.action.due-passed': 'The due date {due} has passed; pick today or a later day.',
  'refusal.action.team-missing': 'Say which team the action is for.',
  'refusal.action.owner-not-member': 'The owner has to be a member of the team.',
  'refusal.action.title-missing': 'Give the action a short title.',
  'refusal.leave.date-format': '“{date}” is not a date like 2027-01-04.',
  'refusal.leave.date-range': 'The date you are back has to be after today and within a year; got {date}.',
  'refusal.holidays.region-unknown':
    '“{code}” is not a country or region the holiday calendar knows. Use a two-letter country code such as “NL” or “US”, or a country and region such as “US-CA” or “DE-BY”.',
  'refusal.holidays.region-missing': 'Name a country or region, such as NL or US-CA, or “none”.',
  'refusal.working-hours.order': 'The working day has to end after it starts (got {start}–{end}).',
  'refusal.schedule.word-unknown': '“{word}” is not a frequency, weekday, time or time zone.',
  'refusal.schedule.nothing': 'Say what changes: a frequency, a weekday, a time (14:00) or a time zone.',
  'refusal.schedule.frequency-unknown': 'Unknown frequency “{cadence}”; use one of {cadences}.',
  'refusal.round.team-paused': 'Team “{team}” is paused; resume it before sending a round.',
  'refusal.round.already-open': 'Team “{team}” has a round open already; close it first.',
  'refusal.round.schedule-moved': 'Team “{team}”’s schedule changed just now; try again.',
  'refusal.round.none-open': 'Team “{team}” has no open round to close.',
  'refusal.team.channel-taken': 'Channel {channel} is already the team “{team}”.',
  'refusal.team.channel-unknown': 'No team uses channel {channel}; add the team first.',
} as const;
