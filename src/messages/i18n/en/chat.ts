/**
 * Words of the chat surfaces that no document carries: settings buttons,
 * asking which team a report is for, features that are not set up, and how
 * a feature is reached by a command. How a platform names its command (and
 * which arguments it takes) is the platform's own; these are only the words.
 */
export const chat = {
  'chat.pause': 'Pause my pulses',
  'chat.resume': 'Resume my pulses',
  'chat.working-hours': 'My working hours',
  'chat.choose-team': 'Which team? Name one of these: {teams} ({@report}).',
  'chat.unknown-team': 'You have no team called “{name}”. Try one of: {teams}.',
  'chat.export-unavailable': 'Exports are not available here yet. To see your figures instead: {@dashboard}.',
  'chat.no-dashboard':
    'The dashboard is not set up for this workspace yet. Ask your admin to set PUBLIC_URL.',
  'chat.admin-usage':
    'Admin commands: {command} team add #channel @leader [@user-group] · {command} leader @person #channel · {command} hr @person · {command} admin @person',
  'chat.admin-usage.in-channel':
    'Admin commands, typed to {bot} in the team’s channel: team add @leader · leader @person · hr @person · admin @person',
  'reach.command': 'type {command}',

  'feature.settings': 'settings',
  'feature.dashboard': 'dashboard',
  'feature.pause': 'pause',
  'feature.resume': 'resume',
  'feature.language': 'language',
  'feature.hours': 'working hours',
  'feature.privacy': 'privacy',
  'feature.export': 'export',
  'feature.erase': 'erase my data',
  'feature.report': 'report',
  'feature.help': 'help',
  'feature.action': 'action',
} as const satisfies Readonly<Record<string, string>>;
