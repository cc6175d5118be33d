/**
 * The local playground's own words: the page around the messages, its demo
 * clock, its dashboard pages and its refusals. Message content itself always
 * comes from the documents.
 */
export const playground = {
  'app.name': 'Excellence Pulse',
  'playground.mode': 'Local playground',
  'playground.skip-to-messages': 'Skip to messages',
  'playground.view-as': 'View as',
  'playground.switch-person': 'Switch',
  'playground.role.employee': 'employee',
  'playground.role.leader': 'leader',
  'playground.role.hr': 'HR',
  'playground.role.admin': 'admin',
  'playground.conversations': 'Conversations',
  'playground.direct-messages': 'Direct messages',
  'playground.team-channels': 'Team channels',
  'playground.no-messages': 'No messages yet. Use the demo clock to send the next pulse.',
  'playground.no-people': 'Nobody is set up yet. Seed the demo organisation first.',
  'playground.unread': 'new',
  'playground.working': 'Working…',
  'playground.dismiss': 'Dismiss',
  'playground.something-wrong': 'Something went wrong. Please try again.',
  'playground.reach.button': 'press “{label}” at the top of the page',
  'playground.reach.elsewhere':
    'in a chat app, ask the bot for “{name}”; this playground has no button for it',

  'playground.error.unknown-person': 'Choose a person in “View as” first.',
  'playground.error.not-yours': 'That conversation belongs to someone else.',
  'playground.error.message-gone': 'That message is no longer here. Reload the page.',
  'playground.error.not-actionable': 'That message has no such button.',
  'playground.error.invalid-action':
    'The page sent a request the playground does not understand. Reload the page.',
  'playground.error.no-clock': 'The demo clock only runs in local mode.',
  'playground.error.no-clock-step': 'The demo clock has no step “{step}”.',
  'playground.error.too-large': 'The request is over {kb} KB; nothing was read.',
  'playground.error.json-only': 'Send the request as JSON (Content-Type: application/json).',

  'clock.title': 'Demo clock',
  'clock.now': 'Demo time',
  'clock.next-send': 'Next send',
  'clock.close-round': 'Close round',
  'clock.advance-week': 'Advance a week',
  'clock.no-team-hint':
    'You are in no team, so no pulse comes to you. “Close round” closes the round that is due to close first.',
  'clock.outcome.pulse-arrived': 'A pulse arrived in your direct messages.',
  'clock.outcome.not-in-a-team':
    'You are in no team, so no pulse comes to you. View as a team member to receive one.',
  'clock.outcome.nothing-due': 'No pulse is due for you in the coming weeks.',
  'clock.outcome.round-closed':
    'The round of {team} has closed; the leader gets the report, the channel a nudge.',
  'clock.outcome.round-closed.first':
    'You are in no team, so the round due to close first was closed: {team}.',
  'clock.outcome.no-open-round': 'Your team has no open round. Press “Next send” to start one.',
  'clock.outcome.no-open-round.anywhere':
    'No team has an open round. Press “Next send” as a team member to start one.',
  'clock.outcome.week-advanced': 'The clock moved a week on.',

  'dashboard.title': 'Dashboard',
  'dashboard.open': 'Open the dashboard',
  'dashboard.your-teams': 'Your teams',
  'dashboard.organisation': 'Organisation',
  'dashboard.download-csv': 'Download these figures (CSV)',
  'dashboard.no-reports': 'There are no team reports for you to see. This is your own participation.',
  'dashboard.forbidden': 'Not allowed',
  'dashboard.not-found': 'Not found',
  'dashboard.failed': 'Something went wrong',
  'dashboard.back': 'Back to the dashboard',
  'dashboard.playground': 'Chat playground',
  'dashboard.choose-viewer': 'Choose who you are in the chat playground first.',
  'dashboard.signed-in-as': 'Viewing as',
} as const satisfies Readonly<Record<string, string>>;
