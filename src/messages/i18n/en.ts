import { actions } from './en/actions.ts';
import { dashboardForms } from './en/dashboard-forms.ts';
import { admin } from './en/admin.ts';
import { adminPage } from './en/admin-page.ts';
import { charts } from './en/charts.ts';
import { chat } from './en/chat.ts';
import { comments } from './en/comments.ts';
import { enps } from './en/enps.ts';
import { dataRights } from './en/data-rights.ts';
import { playground } from './en/playground.ts';
import { scores } from './en/scores.ts';
import { home } from './en/home.ts';
import { relay } from './en/relay.ts';
import { refusals } from './en/refusals.ts';
import { cliRefusals } from './en/cli-refusals.ts';
import { cli } from './en/cli.ts';
import { language } from './en/language.ts';
import { chartAlt } from './en/chart-alt.ts';
import { wantsMore } from './en/wants-more.ts';

/**
 * Every English UI string, whichever surface shows it: the documents' words
 * here, the playground's, the charts' and the chat's own in `en/`. This
 * object defines the key set: `nl.ts` must have exactly the same keys (a
 * missing or extra key is a type error). `{name}` is filled in by `t()`;
 * `{@feature}` points to a feature the platform says how to reach (`tp()`);
 * keys ending in `.one` / `.other` are plural forms picked by `tn()`. Content
 * names (elements, traits, values, levels, nudges) live in the content bank.
 */
export const en = {
  ...playground,
  ...charts,
  ...chat,
  ...scores,
  ...comments,
  ...enps,
  ...admin,
  ...dataRights,
  ...home,
  ...relay,
  ...refusals,
  ...cliRefusals,
  ...cli,
  ...language,
  ...adminPage,
  ...actions,
  ...chartAlt,
  ...wantsMore,
  ...dashboardForms,

  'card.title': 'Your team pulse',
  'card.intro':
    'A few quick statements about your team. Pick what fits best; you can change an answer until the round closes.',
  'card.progress': '{answered} of {total} answered',
  'card.progress.done': 'All done. Thank you!',
  'card.privacy':
    'Your answers are anonymous. Your team sees only figures from at least {k} people, and your leader never sees who answered what.',
  'card.closes': 'Closes {date} at {time}',
  'card.closed': 'Closed on {date} at {time}',
  'card.banner.reminder': 'A quick reminder: your answers still count until the round closes.',
  'card.banner.closed': 'This round has closed. Thanks for taking part!',
  'card.recorded': 'Answer recorded',
  'card.comment.add': 'Add a comment',
  'card.comment.placeholder': 'Anything else you would like to share? Your comment stays anonymous.',
  'card.comment.submit': 'Send comment',

  'notice.paused':
    "Your pulses are paused. I won't send you any statements until you pick them up again: {@resume}.",
  'notice.resumed': "Welcome back! You'll get statements again from the next round.",
  'notice.language-changed': "Got it. I'll write to you in English from now on.",
  'notice.already-answered':
    "You've already answered this round, thanks! You can still change an answer until the round closes.",
  'notice.round-closed':
    'This round has closed, so answers can no longer be changed. The next round will come to you by itself.',
  'notice.not-member':
    "You're not in a team that takes part in pulses yet. Ask your admin to add you, or join your team's channel.",
  'notice.forbidden':
    "Sorry, you can't see that. Leaders see the reports of their own teams, and HR sees the whole organisation.",
  'notice.answer-recorded': 'Answer recorded. Thanks!',
  'notice.answer-invalid': "That answer isn't one of the options. Please tap one of the buttons.",
  'notice.link-expired': 'This card has expired. Please use your latest pulse message to answer.',
  'notice.not-found': "I couldn't find that. It may have been removed.",
  'notice.not-yours': 'This pulse card was sent to someone else, so your click was not recorded.',
  'notice.not-in-team': 'This nudge is for the members of its team, so your feedback was not counted.',
  'notice.no-reports': 'There are no reports for you yet. Reports go to team leaders and HR.',
  'notice.unknown-command': "I don't know “{command}”. To see what I can do: {@help}.",
  'notice.error': 'Something went wrong on my side. Please try again in a moment.',
  'notice.no-results.title': 'No results yet',
  'notice.no-results.expected':
    'There are no results for {subject} yet. The first results are expected on {date} at {time}, when the current round closes.',
  'notice.no-results': 'There are no results for {subject} yet. They follow once the first round has closed.',
  'notice.no-results.organisation': 'the organisation',
  'notice.dashboard-link-expired.title': 'This link has expired',
  'notice.dashboard-link-expired': 'Links from the bot work for {days} days. For a fresh one: {@dashboard}.',
  'notice.dashboard': 'Your dashboard is ready.',
  'notice.dashboard.link': 'Open the dashboard',
  'notice.export-ready': "Here's a copy of everything that is stored about you.",
  'notice.export-ready.link': 'Download your data',
  'export.organisation-title': 'Excellence Pulse: the organisation’s figures (aggregates only)',
  'export.own-data-title': 'Excellence Pulse: everything kept about you',
  'notice.erased':
    "Your data has been erased. Figures that were already published stay as they are: they can't be traced back to you.",
  'notice.my-participation.title': 'Your participation',
  'notice.my-participation':
    "Rounds you were asked to answer: {invited}\nRounds you answered: {answered}\n\nYour answers themselves can't be shown once a round has closed: that is what keeps them anonymous.",
  'notice.team-added':
    'Team “{team}” is set up. I’ll bring in the channel’s members and send the first pulse at the next scheduled time.',
  'notice.role-assigned': 'Done: the role is assigned.',
  'notice.working-hours-changed':
    'Got it: I’ll only message you between {start} and {end} on your working days.',
  'notice.settings.title': 'Your settings',
  'notice.settings':
    'Language: {language}\nTime zone: {timeZone}\nPulses: {status}\n\nTo change your language: {@language}. To pause: {@pause}. To resume: {@resume}.',
  'notice.settings.active': 'on',
  'notice.settings.paused': 'paused',
  'language.en': 'English',
  'language.nl': 'Dutch',

  'help.title': 'What you can ask me',
  'help.text': [
    'This is what I can do, and how to ask for it:',
    '• This list: {@help}',
    '• The latest report of your team, or of the team you name (leaders and HR): {@report}',
    '• Your language, time zone and whether pulses are paused: {@settings}',
    '• A break from the pulses: {@pause}',
    '• Pick the pulses up again: {@resume}',
    '• Talk to me in English or Dutch: {@language}',
    '• How your answers are protected: {@privacy}',
    '• The organisation’s figures as a spreadsheet, aggregates only (HR): {@export}',
    '• Erase what is kept about you (you confirm first): {@erase}',
    '• The dashboard with your own participation and, for leaders and HR, the reports: {@dashboard}',
  ].join('\n'),
  'help.action':
    '• Turn a weak element of a team you lead into an action, with an owner and a due date: {@action}',

  'privacy.title': 'How your answers are protected',
  'privacy.text': [
    'Your answers are anonymous. An answer is stored without your name or id, without a precise time, and in no order that could point back to you.',
    'What is stored: each answer (the statement and the option you picked), your comments if you write any, and, kept apart from the answers, whether you were asked and whether you answered, so that only people who have not answered get a reminder. Your settings are stored too: language, time zone, working hours and whether your pulses are paused.',
    'What is never stored: your name or id next to an answer or a comment, which answers are yours once a round has closed, or anything else you write in chat.',
    'While a round is open, a random token lets you change your own answers. When the round closes, that token is destroyed, and nobody, not even the people who run the bot, can link those answers to you again.',
    'Your team, your leader and HR only see figures from at least {k} people. {commentRule} Figures that would let someone work out a small group by comparing other figures are hidden too.',
    'One exception: if you lead a team, your own ratings on the “I …” statements are kept with you, so you can compare them with how your team sees you. Only you see them; anyone else sees them only inside figures from at least {k} people.',
    'Your own data. To see what is kept about you: {@settings}. For a copy: {@export}. To see your participation: {@dashboard}. To erase your data: {@erase} (an admin can also do it on your request); erasing never changes figures that were already published.',
  ].join('\n\n'),

  'report.team.title': 'Team report: {team}',
  'report.org.title': 'Organisation report',
  'report.heading.participation': 'Participation',
  'report.heading.elements': 'The nine building blocks',
  'report.heading.strengths': 'Strengths',
  'report.heading.gaps': 'You and your team',
  'report.heading.culture': 'Culture: today, and what the team wants more of',
  'report.heading.traits': 'Leadership traits',
  'report.heading.nudges': 'Improvement ideas',
  'report.heading.maturity': 'Indicative level',
  'report.heading.heatmap': 'Teams by building block',
  'report.heading.falling': 'Where scores fell',
  'report.heading.comments': 'Comments',
  'report.heading.history': 'Scores over time',
  'report.column.score': 'Score',
  'report.column.favourable': 'Favourable',
  'report.column.n': 'People',
  'report.column.trend': 'Trend',
  'report.column.self': 'You',
  'report.column.team': 'Team',
  'report.column.gap': 'Difference',
  'report.column.current': 'Today',
  'report.column.desired': 'Want more',
  'report.column.period': 'Period',
  'report.empty': 'Nothing to show yet.',
  'report.dashboard': 'Open the dashboard',
  'report.participation': '{respondents} of {invited} people took part ({rate}%)',
  'report.privacy.team':
    'Figures from fewer than {k} people are hidden. Your own ratings on the “I …” statements are shown only to you.',
  'report.privacy.org':
    'Figures from fewer than {k} people are hidden, and so are figures that would let a small group be worked out from others.',
  'report.favourable': '{percent}% favourable',
  'report.people.one': '{n} person',
  'report.people.other': '{n} people',

  'hidden.below_k': 'Hidden: fewer than {k} people answered',
  'hidden.complementary': 'Hidden: it would let a small group be worked out from other figures',
  'hidden.membership_change':
    'Hidden: only a few people joined or left, so a comparison could reveal their answers',
  'hidden.comments_below_k':
    'Hidden: comments are shown only after their round has closed, only from rounds at least {k} people answered, and at least {commentK} together',
  'hidden.no_data': 'No answers yet',

  'trend.improving': 'Rising over recent periods',
  'trend.falling': 'Falling over recent periods',
  'trend.flat': 'About the same',
  'trend.unknown': 'No trend yet',

  'gap.aligned': 'You and your team see this alike',
  'gap.leader-higher': 'You rate this higher than your team does',
  'gap.leader-lower': 'You rate this lower than your team does',
  'gap.culture-value': 'Culture today: {value}',

  'maturity.label': 'Indicative level: {level}',
  'maturity.caveat.indicative':
    'Indicative self-assessment — not an INK recognition: that takes trained assessors, evidence, results against targets and a jury.',
  'maturity.window': 'Based on the rounds of the last {weeks} weeks ({from} to {to}).',
  'maturity.phase.design': 'design',
  'maturity.phase.implementation': 'implementation',
  'maturity.phase.evaluation': 'evaluation and adjustment',
  'maturity.reason.score_unknown': 'no score yet in these weeks',
  'maturity.reason.score_low': 'its score is {value}, below {threshold}',
  'maturity.reason.phase_unknown': 'its {phase} phase was not asked in these weeks',
  'maturity.reason.phase_low': 'its {phase} phase scores {value}, below {threshold}',
  'maturity.reason.trend_falling': 'its score is falling',
  'maturity.reason.trend_unknown': 'its trend is not known yet',
  'maturity.reason.gap_unknown': 'your own view of it is not known yet',
  'maturity.reason.gap_large': 'your view and your team’s differ by {value} points (at most {threshold})',
  'maturity.reason.element_missing': '{element} has no figures in these weeks',
  'maturity.reason.element_below': 'below the next level',
  'maturity.reason.more': 'and {count} more',

  'enps.label': 'eNPS (would recommend us as a place to work)',

  'nudge.intro.team': 'A small idea for the team, about {target}:',
  'nudge.intro.leader': 'A small idea for you as a leader, about {target}:',
  'nudge.did-this.team': 'We did this',
  'nudge.not-for-us.team': 'Not for us',
  'nudge.did-this.leader': 'I did this',
  'nudge.not-for-us.leader': 'Not for me',
  'nudge.thanks': 'Thanks! Your feedback helps pick better ideas for the team.',
  'nudge.minutes': 'about {minutes} minutes',
  'nudge.hour': 'about an hour',
  'nudge.hours': 'about {hours} hours',
  'nudge.tally': 'Did this: {didThis} · Not for us: {notForUs}',
  'nudge.why': 'Why',
  'nudge.posted': 'Posted on {date}',
  'nudge.effect.pending': 'Too early to tell',
  'nudge.effect.up': 'The score went up afterwards',
  'nudge.effect.down': 'The score went down afterwards',
  'nudge.effect.flat': 'No clear change afterwards',
  'nudge.effect.unknown': 'Too few answers to tell',

  'period.week': 'Week {week}, {year}',
  'period.quarter': 'Q{quarter} {year}',
} as const satisfies Readonly<Record<string, string>>;
