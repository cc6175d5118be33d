/**
 * Words of the admin commands (schedules, pausing, removing, rounds by hand,
 * holidays) and of a person's own leave and holidays. `{command}` is how the
 * platform starts a command (a slash command and a space, or nothing where commands are typed);
 * `{holidays}` and `{pause}` are the whole commands for those.
 */
export const admin = {
  'admin.only':
    'Only an admin of Excellence Pulse can do that. Ask one of your admins if something needs changing.',
  'admin.frequency.weekly': 'every {weekday}',
  'admin.frequency.biweekly': 'every other {weekday}',
  'admin.frequency.fourweekly': 'every fourth {weekday}',
  'admin.frequency.monthly': 'on the first {weekday} of each month',
  'admin.schedule-changed':
    'Team “{team}” now gets its pulse {frequency} at {time} ({timeZone}). The next round starts on {date} at {nextTime}.',
  'admin.team-paused':
    'Team “{team}” is paused: no new round starts until you resume it. A round that is open now runs to its end.',
  'admin.team-resumed': 'Team “{team}” is running again. The next round starts on {date} at {time}.',
  'admin.team-removed':
    'Team “{team}” is removed: it gets no more rounds. Figures it already published stay in the organisation’s history; raw answers are deleted after the retention period, as for every team.',
  'admin.round-sent':
    'A round for “{team}” is open: {invited} people get their pulse now, or at their next working moment. It closes on {date} at {time}.',
  'admin.round-closing': 'The round of “{team}” closes now; the report follows within a minute.',
  'admin.person-removed':
    '{person} is removed, with everything kept about them. Figures already published stay as they are: they can’t be traced back to anyone.',
  'admin.holidays-set':
    'The organisation’s public holidays are now those of {region}: nobody gets a pulse or reminder on those days, unless they chose their own.',
  'admin.holidays-cleared': 'The organisation has no public holidays set any more.',
  'admin.usage':
    'More admin commands: {command}team schedule #channel [weekly|biweekly|fourweekly|monthly] [monday…sunday] [HH:mm] [Area/City] · {command}team pause|resume|remove|send-now|close-now #channel · {command}person remove @person · {command}org-holidays NL (a country, or a region such as US-CA; “none” to clear)',
  'admin.usage.in-channel':
    'More admin commands, typed to {bot} in the team’s channel: team schedule [weekly|biweekly|fourweekly|monthly] [monday…sunday] [HH:mm] [Area/City] · team pause · team resume · team remove · team send-now · team close-now · person remove @person · org-holidays NL (a country, or a region such as US-CA; “none” to clear)',
  'holidays.set': 'Got it: no pulse or reminder on the public holidays of {region}.',
  'holidays.follow-organisation': 'Got it: you have the organisation’s public holidays off.',
  'holidays.usage':
    'Public holidays off: {holidays} NL (a country, or a region such as US-CA; “organisation” to follow the organisation’s). Leave: {pause} until 2027-01-04 (the day you are back).',
  'leave.set': 'Enjoy your time off. No pulse or reminder before {date}; they start again that day.',
};
