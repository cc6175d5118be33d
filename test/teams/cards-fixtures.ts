import { shiftPeriod } from '../../src/core/periods.ts';
import { ERROR_CODES, PulseError } from '../../src/errors.ts';
import {
  ANSWER_REFUSALS,
  buildNudgePost,
  buildOrgReport,
  buildPulseCard,
  buildTeamReport,
  helpNotice,
  notice as buildNotice,
  privacyNotice,
  refusalFor,
  type PulseCardInput,
} from '../../src/messages/index.ts';
import { answerToLeader, replyToWriter } from '../../src/messages/relay-message.ts';
import type { MessageDocument } from '../../src/messages/types.ts';
import { loadContentBank } from '../../src/model/index.ts';
import type { Locale } from '../../src/model/keys.ts';
import { orgReportInput, teamReportInput } from '../messages/fixtures.ts';
import {
  closedCard,
  largestCard,
  notice,
  nudgePost,
  orgReport,
  pulseCard,
  teamReport,
  TOKEN,
} from '../slack/fixtures.ts';

/** Documents for the Teams card tests, and a way to find elements in a card. */

export type Json = Record<string, unknown>;

/** Every object in a card of the given `type`, at any depth. */
export function nodesOfType(node: unknown, type: string): Json[] {
  if (Array.isArray(node)) return node.flatMap((child) => nodesOfType(child, type));
  if (typeof node !== 'object' || node === null) return [];
  const own = (node as Json).type === type ? [node as Json] : [];
  return [...own, ...Object.values(node).flatMap((child) => nodesOfType(child, type))];
}

export const bank = loadContentBank();

export function builtPulseCard(locale: Locale, overrides: Partial<PulseCardInput> = {}) {
  return buildPulseCard({
    locale,
    roundId: 'round-1',
    token: TOKEN,
    k: 5,
    closesAt: new Date('2026-03-30T15:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    state: 'open',
    items: [
      { statementId: 'uc-1.4-needs', text: 'We know what our customers need.', scale: 'agree5', selected: 4 },
      { statementId: 'trait.friendly', text: 'My team leader is friendly.', scale: 'agree5', selected: null },
      { statementId: 'enps', text: 'Would you recommend this team?', scale: 'nps11' },
    ],
    ...overrides,
  });
}

/** Every kind of document the bot sends, as the product builds it and as the Slack tests write it. */
export function documents(locale: Locale): Record<string, MessageDocument> {
  const refusals = Object.fromEntries(
    ERROR_CODES.flatMap((code) => {
      const refusal = refusalFor(new PulseError(code, 'Refused.'), locale, ANSWER_REFUSALS);
      return refusal ? [[`refusal ${code}`, refusal]] : [];
    }),
  );
  const nudge = bank.nudges.find((n) => n.audience !== 'leader')!;
  return {
    'open pulse card': pulseCard(locale),
    'closed pulse card': closedCard(locale),
    'largest pulse card': largestCard(locale),
    'built pulse card': builtPulseCard(locale),
    'reminder pulse card': builtPulseCard(locale, { reminder: true }),
    'built closed pulse card': builtPulseCard(locale, { state: 'closed' }),
    notice: notice(locale),
    'notice without link': notice(locale, false),
    help: helpNotice(locale),
    privacy: privacyNotice(locale, { k: 5, minComments: 3 }),
    dashboard: buildNotice('dashboard', locale, { url: 'https://pulse.example.com/d' }),
    'no results': buildNotice('no-results', locale, { subject: 'Support', timeZone: 'Europe/Amsterdam' }),
    error: buildNotice('error', locale),
    ...refusals,
    nudge: nudgePost(locale),
    'nudge with tally': nudgePost(locale, true),
    'built nudge': buildNudgePost({ nudge, postId: 'post-1', locale, tally: { didThis: 2, notForUs: 1 } }),
    'team report': teamReport(locale),
    'team report with hidden comments': teamReport(locale, 9, { hiddenLabel: 'Shown from 10 people.' }),
    'built team report': buildTeamReport(teamReportInput(locale)),
    'full team report': fullTeamReport(locale),
    'full team report with replies': fullTeamReport(locale, true),
    'reply to a comment': replyToWriter(
      { threadId: 'thread-1', comment: 'More focus time', text: 'What would help?', until: RELAY_UNTIL },
      locale,
      'Europe/Amsterdam',
    ),
    'answer about a comment': answerToLeader(
      { commentId: 'comment-1', comment: 'More focus time', text: 'Quiet mornings', until: RELAY_UNTIL },
      locale,
      'Europe/Amsterdam',
    ),
    'org report': orgReport(locale),
    'org report with 300 teams': orgReport(locale, 300),
    'built org report (HR digest)': buildOrgReport(orgReportInput(locale)),
  };
}

const WEEKS = Array.from({ length: 12 }, (_, i) => `2026-W${String(36 + i).padStart(2, '0')}`);
/** A year of four-week periods, the most "scores over time" shows. */
const PERIODS = Array.from({ length: 13 }, (_, i) => ({
  from: shiftPeriod('2026-W45', 4 * (i - 12)),
  to: shiftPeriod('2026-W48', 4 * (i - 12)),
}));

const RELAY_UNTIL = new Date('2026-12-27T00:00:00Z');

/** A leader's report after twelve weekly rounds: every section, history, and ten long comments (with replies: every one can be answered). */
export function fullTeamReport(locale: Locale, replies = false) {
  const input = teamReportInput(locale);
  return buildTeamReport({
    ...input,
    participationHistory: WEEKS.map((period, i) => ({ period, invited: 8, respondents: 5 + (i % 4) })),
    history: {
      periods: PERIODS,
      rows: input.elements.map((element, row) => ({
        key: element.target.key,
        label: bank.elements.find((e) => e.key === element.target.key)?.name[locale] ?? element.target.key,
        figures: PERIODS.map(({ to }, i) => ({
          period: to,
          n: (row + i) % 7 === 0 ? 3 : 6,
          summary: { score: 50 + ((row * 7 + i * 3) % 45), favourablePercent: 60 },
        })),
      })),
    },
    comments: {
      periods: [
        {
          batches: [
            {
              batch: {
                fromWeek: '2026-W44',
                toWeek: '2026-W47',
                texts: Array.from(
                  { length: 14 },
                  (_, i) => `${'An honest, long comment about the team. '.repeat(15)}${i}`,
                ),
                roundIds: ['round-44', 'round-47'],
              },
              ...(replies ? { replyIds: Array.from({ length: 14 }, (_, i) => `comment-${i}`) } : {}),
            },
          ],
        },
      ],
      k: 5,
      minComments: 3,
    },
  });
}
