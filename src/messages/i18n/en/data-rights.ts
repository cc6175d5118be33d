/**
 * Words of a person's rights over their data: the page that shows what is
 * kept about them, and erasure (what goes, what stays, the confirmation).
 */
export const dataRights = {
  'erase.title': 'Erase your data?',
  'erase.title.other': 'Erase the data of {name}?',
  'erase.intro':
    'This cannot be undone. Once erased, the bot no longer knows you until you join a team again.',
  'erase.intro.other':
    'Do this only when {name} asked for it. This cannot be undone, and they will not be asked in any round until they join a team again.',
  'erase.removes': 'What is removed',
  'erase.removes.profile': 'The profile: name, language, time zone, working hours and roles',
  'erase.removes.teams': 'Team memberships ({count})',
  'erase.removes.rounds': 'Which rounds you were asked in and whether you answered ({count})',
  'erase.removes.ratings': 'Your own ratings as a leader ({count})',
  'erase.removes.conversation': 'How the bot reaches you, and the messages it sent you here',
  'erase.stays': 'What stays',
  'erase.stays.figures':
    'Figures already published to leaders and HR: they are totals of at least k people and never change.',
  'erase.stays.answers':
    'Answers and comments: they were never stored with a name, so they cannot be found for anyone.',
  'erase.stays.audit': 'The audit log keeps that an erasure happened, without the name.',
  'erase.confirm': 'Erase for good',
  'erase.confirm.other': 'Erase {name}',
  'erase.done.other':
    'The data of {name} has been erased. Figures that were already published stay as they are.',
  'erase.not-asked': 'Only you can erase your own data; an admin can erase someone’s data on their request.',

  'my-data.title': 'What is kept about you',
  'my-data.profile': 'Profile',
  'my-data.name': 'Name',
  'my-data.language': 'Language',
  'my-data.time-zone': 'Time zone',
  'my-data.working': 'Working days and hours',
  'my-data.status': 'Pulses',
  'my-data.roles': 'Roles',
  'my-data.none': 'none',
  'my-data.conversation': 'Way to reach you kept',
  'my-data.yes': 'yes',
  'my-data.no': 'no',
  'my-data.teams': 'Teams',
  'my-data.rounds': 'Rounds you were asked in',
  'my-data.answered': 'answered',
  'my-data.not-answered': 'not answered',
  'my-data.ratings': 'Your own ratings as a leader',
  'my-data.actions': 'Actions',
  'my-data.actions.intro':
    'The team actions you own or made. They stay with the team; erasing your data takes your name off them.',
  'my-data.note':
    'Answers and comments are stored without any link to you, so they are not here and cannot be found for you. Figures shown to leaders and HR are totals of at least k people.',
  'my-data.download': 'Download as JSON',
  'my-data.erase': 'Erase my data…',
  'my-data.open': 'My data',
  'my-data.back': 'Back to the chat',
} as const satisfies Readonly<Record<string, string>>;
