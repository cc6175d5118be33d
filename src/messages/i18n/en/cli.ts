/**
 * What the command line says when an admin's command has worked, in the
 * admin's language (`--language`, else the shell's). Options, channel and
 * user ids, frequencies and ISO times are written as they are typed.
 */
export const cli = {
  'cli.migrate.applied': 'Applied: {migrations}',
  'cli.migrate.up-to-date': 'The database schema is up to date.',
  'cli.backup.done': 'Backed up {source} to {target} ({pages} pages).',
  'cli.team.added': 'Added team "{team}" for channel {channel}. Its members are synced on the next tick.',
  'cli.team.role-updated': 'Updated {user}.',
  'cli.team.list.people.one': '{n} person',
  'cli.team.list.people.other': '{n} people',
  'cli.team.list.schedule': '{cadence} day {weekday} {time} {zone}',
  'cli.team.list.no-schedule': 'no schedule',
  'cli.team.list.removed': 'removed',
  'cli.team.list.paused': 'paused',
  'cli.team.scheduled': 'Team "{team}": {cadence}, weekday {weekday}, {time} {zone}. Next round: {next}.',
  'cli.team.paused': 'Paused team "{team}": no new rounds until resumed.',
  'cli.team.resumed': 'Resumed team "{team}". Next round: {next}.',
  'cli.team.resumed-unscheduled': 'Resumed team "{team}". Next round: none scheduled.',
  'cli.team.removed': 'Removed team "{team}". Published figures stay.',
  'cli.team.removed-round-closed':
    'Removed team "{team}"; its open round closes now. Published figures stay.',
  'cli.team.sent-now':
    'Opened a round for "{team}": {invited} people invited; it closes {closes}. The running bot sends the cards.',
  'cli.team.closed-now': 'The round of "{team}" closes now; the running bot closes it within a minute.',
  'cli.person.erased':
    'Erased {user}: {ledgerRows} ledger rows, {ownRatings} own ratings, {playgroundMessages} playground messages; {auditEntries} audit entries no longer name them.',
  'cli.holidays.organisation': "The organisation's public holidays are those of {region}.",
  'cli.holidays.organisation-none': 'No public holidays are set.',
  'cli.holidays.person': '{user} has the public holidays of {region} off.',
  'cli.holidays.person-organisation': "{user} has the organisation's public holidays off.",
} as const;
