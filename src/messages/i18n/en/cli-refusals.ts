/**
 * What the command line refuses, said to the admin in their language: its
 * arguments, and the configuration (at every start, too). A variable, an
 * option or a command is written as it is typed, in every language. The
 * English text is also the error's message in the log. `{usage}` is the
 * command's usage text, which names options and so stays as it is.
 */
export const cliRefusals = {
  'refusal.config.invalid': 'Invalid configuration:',
  'refusal.config.wrong-value': '{variable}: got {got}, expected {expected}',
  'refusal.config.got-nothing': 'nothing',
  'refusal.config.got-hidden': 'a value (hidden)',
  'refusal.config.valid-value': 'a valid value',
  'refusal.config.needed-for': 'a value (needed for {what})',
  'refusal.config.no-platform': 'No chat platform can run: none is configured and there is no playground.',
  'refusal.config.port-in-use': 'Cannot listen on {address} (HOST, PORT): port {port} is already in use.',
  'refusal.config.cannot-listen': 'Cannot listen on {address} (HOST, PORT): {reason}',
  'refusal.cli.command-unknown': 'Unknown command "{command}".\n\n{usage}',
  'refusal.cli.language-unknown': '--language takes en or nl; got "{language}".',
  'refusal.cli.option-unknown': 'Unknown option {option}.\n\n{usage}',
  'refusal.cli.option-value-missing': 'The option {option} needs a value.\n\n{usage}',
  'refusal.cli.option-takes-no-value': 'The option {option} takes no value.\n\n{usage}',
  'refusal.cli.argument-unknown': 'Did not understand "{argument}".\n\n{usage}',
  'refusal.cli.needs-option': '{command} needs {option}.\n\n{usage}',
  'refusal.cli.needs-options': '{command} needs {first} and {second}.\n\n{usage}',
  'refusal.cli.team-role-needs': 'team role needs --user and one of --hr, --admin, --leader-of.\n\n{usage}',
  'refusal.cli.weekday-range': '--weekday must be 1 (Monday) to 7 (Sunday); got "{weekday}".',
  'refusal.cli.time-format': '--time takes a 24-hour time like 09:30; got "{time}".',
  'refusal.cli.time-zone-unknown':
    '--tz takes an IANA time zone such as Europe/Amsterdam or America/New_York; got "{zone}".',
  'refusal.cli.simulate-sizes': '--people must be at least --teams, and --teams at least 1.\n\n{usage}',
  'refusal.cli.person-unknown': 'Nobody with user id {user} is known in that organisation.',
  'refusal.cli.erase-confirm': 'Erasing {user} cannot be undone: add --yes to go ahead.',
  'refusal.cli.remove-person-confirm': 'Removing {user} cannot be undone: add --yes to go ahead.',
  'refusal.cli.remove-team-confirm':
    'Removing the team of {channel} cannot be undone: add --yes to go ahead.',
  'refusal.cli.no-workspace':
    'No chat workspace is connected yet. Start the bot with your platform’s credentials once (or install the app), then try again.',
  'refusal.cli.several-organisations':
    'Several organisations are connected ({organisations}); name one with --platform and --workspace.',
  'refusal.cli.backup-usage': 'Usage: excellence-pulse backup <file> (a new file to write the copy to)',
  'refusal.cli.backup-postgresql':
    'DATABASE_URL points to PostgreSQL: back it up with pg_dump (see "Backups" in the README).',
  'refusal.cli.backup-no-database': 'There is no database at {path} to back up.',
  'refusal.cli.backup-target-exists': '{path} exists already; name a new file.',
  'refusal.cli.demo-not-only-demo':
    'This database holds {organisations}, not only the local demo, so it was not reset. Point DATABASE_URL at the demo’s own database to start the demo over.',
  'refusal.team.no-schedule': 'Team “{team}” has no schedule.',
} as const;
