import { describe, expect, it } from 'vitest';
import { blockKitViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { renderOrgReport as slackOrgReport } from '../../adapters/slack/render/org-report.ts';
import {
  COMMENTS_MAX,
  renderTeamReport as slackTeamReport,
} from '../../adapters/slack/render/team-report.ts';
import { cardProblems } from '../../adapters/teams/render/card-checks.ts';
import { renderCard } from '../../adapters/teams/render/render-card.ts';
import { buildOrgReport, buildTeamReport } from '../../src/messages/index.ts';
import { LOCALES } from '../../src/model/keys.ts';
import { parserEvents } from '../teams/support/card-parser.ts';
import { orgReportInput, teamReportInput } from './fixtures.ts';

/** A released batch of comments from the weeks given. */
const batch = (fromWeek: string, toWeek: string, texts: readonly string[], replyId?: string) => ({
  batch: { fromWeek, toWeek, texts, roundIds: [`round-${toWeek}`] },
  ...(replyId ? { replyIds: texts.map((_, i) => (i === 0 ? replyId : null)) } : {}),
});

/** A leader's report with comments from two four-week periods, newest first; the first of each can be answered. */
function twoPeriods(locale: string, perPeriod = 3) {
  const texts = (prefix: string) => Array.from({ length: perPeriod }, (_, i) => `${prefix} ${i + 1}`);
  return buildTeamReport({
    ...teamReportInput(locale),
    comments: {
      k: 5,
      minComments: 3,
      periods: [
        { batches: [batch('2026-W46', '2026-W47', texts('Newer'), 'reply-new')] },
        { batches: [batch('2026-W42', '2026-W43', texts('Older'), 'reply-old')] },
      ],
    },
  });
}

const HEADINGS = {
  en: [
    'Comments from Week 46, 2026 to Week 47, 2026, in shuffled order.',
    'Comments from Week 42, 2026 to Week 43, 2026, in shuffled order.',
  ],
  nl: [
    'Opmerkingen van week 46, 2026 tot en met week 47, 2026, door elkaar gehusseld.',
    'Opmerkingen van week 42, 2026 tot en met week 43, 2026, door elkaar gehusseld.',
  ],
} as const;

describe.each(LOCALES)('chat reports as the dashboard shows them (%s)', (locale) => {
  const report = twoPeriods(locale);
  const groups = report.comments && 'groups' in report.comments ? (report.comments.groups ?? []) : [];

  it('groups comments by period in the message model, each under the weeks it spans', () => {
    expect(groups.map((group) => group.items)).toEqual([
      ['Newer 1', 'Newer 2', 'Newer 3'],
      ['Older 1', 'Older 2', 'Older 3'],
    ]);
    expect(groups.map((group) => group.label)).toEqual(HEADINGS[locale]);
  });

  it('puts each period’s heading above its comments in Slack, with a reply beside the first of each', () => {
    const message = slackTeamReport(report);
    const json = JSON.stringify(message.blocks);
    const [newer, older] = groups.map((group) => json.indexOf(`*${group.label}*`));
    expect(newer).toBeGreaterThan(-1);
    expect(json.indexOf('Newer 1')).toBeGreaterThan(newer!);
    expect(older).toBeGreaterThan(json.indexOf('Newer 3'));
    expect(json.indexOf('Older 1')).toBeGreaterThan(older!);
    expect(json).toContain('reply-new');
    expect(json).toContain('reply-old');
    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
  });

  it('puts each period’s heading above its comments in Teams, with a reply form under the first of each', () => {
    const { card } = renderCard(report);
    const json = JSON.stringify(card);
    const [newer, older] = groups.map((group) => json.indexOf(`"text":"${group.label}"`));
    expect(newer).toBeGreaterThan(-1);
    expect(json.indexOf('Newer 1')).toBeGreaterThan(newer!);
    expect(older).toBeGreaterThan(json.indexOf('Newer 3'));
    expect(json.indexOf('Older 1')).toBeGreaterThan(older!);
    expect(json).toContain('reply-new');
    expect(json).toContain('reply-old');
    expect(parserEvents(card)).toEqual([]);
    expect(cardProblems(card)).toEqual([]);
  });

  it('leaves out a period whose comments do not fit, and says how many more the dashboard has', () => {
    const many = twoPeriods(locale, COMMENTS_MAX);
    const [newer, older] = many.comments && 'groups' in many.comments ? (many.comments.groups ?? []) : [];
    const slack = JSON.stringify(slackTeamReport(many).blocks);
    const teams = JSON.stringify(renderCard(many).card);
    for (const json of [slack, teams]) {
      expect(json).toContain(newer!.label);
      expect(json).not.toContain(older!.label);
      expect(json).toContain(`+${COMMENTS_MAX} …`);
    }
  });

  it('gives each shown heatmap cell its n in chat, and a hidden one only its mark', () => {
    const org = buildOrgReport(orgReportInput(locale));
    const slack = JSON.stringify(slackOrgReport(org).blocks);
    const teams = JSON.stringify(renderCard(org).card);
    // Support: understanding customers 80 and leadership 72, each from 9 answers; culture hidden under k.
    const point = locale === 'nl' ? ',' : '.';
    expect(slack).toContain(`1: 80${point}0 _(n=9)_ · 2: — · 3: 72${point}0 _(n=9)_ · 4: :lock:`);
    expect(teams).toContain('1: 80 (n=9) · 2: — · 3: 72 (n=9) · 4: 🔒');
  });

  it('says the window the heatmap pools under the heatmap, in Slack and in Teams', () => {
    const org = buildOrgReport(orgReportInput(locale));
    expect(org.windowLabel).toContain(locale === 'nl' ? '1 december 2026' : '1 December 2026');
    const slack = slackOrgReport(org);
    const slackJson = JSON.stringify(slack.blocks);
    expect(slackJson.indexOf(org.windowLabel!)).toBeGreaterThan(slackJson.indexOf(org.headings.heatmap));
    expect(blockKitViolations({ ...slack }, 'message')).toEqual([]);
    const { card } = renderCard(org);
    const cardJson = JSON.stringify(card);
    expect(cardJson.indexOf(org.windowLabel!)).toBeGreaterThan(cardJson.indexOf(org.headings.heatmap));
    expect(parserEvents(card)).toEqual([]);
  });
});
