import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { LOCALES } from '../../src/model/keys.ts';
import {
  decodeAnswerValue,
  decodeCommentValue,
  ANSWER_ACTION,
} from '../../adapters/slack/render/action-ids.ts';
import { blockKitViolations, viewViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { renderCommentModal } from '../../adapters/slack/render/comment-modal.ts';
import { renderHomeView } from '../../adapters/slack/render/home-view.ts';
import { renderMessage } from '../../adapters/slack/render/render-message.ts';
import { renderPulseCard } from '../../adapters/slack/render/pulse-card.ts';
import { renderTeamReport } from '../../adapters/slack/render/team-report.ts';
import { renderOrgReport } from '../../adapters/slack/render/org-report.ts';
import { renderNudgePost } from '../../adapters/slack/render/nudge-post.ts';
import { renderNotice } from '../../adapters/slack/render/notice.ts';
import { buildTeamReport, helpNotice, notice as buildNotice } from '../../src/messages/index.ts';
import { teamReportInput } from '../messages/fixtures.ts';
import {
  closedCard,
  largestCard,
  notice,
  nudgePost,
  orgReport,
  pulseCard,
  teamReport,
  TOKEN,
} from './fixtures.ts';

type Block = types.KnownBlock;
const actionsBlocks = (blocks: Block[]) =>
  blocks.filter((b): b is types.ActionsBlock => b.type === 'actions');
const buttonsOf = (blocks: Block[]) =>
  actionsBlocks(blocks).flatMap((b) => b.elements.filter((e): e is types.Button => e.type === 'button'));
const textOf = (blocks: Block[]) => JSON.stringify(blocks);

describe.each(LOCALES)('Block Kit renders in %s', (locale) => {
  const documents = {
    'open pulse card': pulseCard(locale),
    'closed pulse card': closedCard(locale),
    'largest pulse card': largestCard(locale),
    notice: notice(locale),
    'notice without link': notice(locale, false),
    nudge: nudgePost(locale),
    'nudge with tally': nudgePost(locale, true),
    'team report': teamReport(locale),
    'team report with hidden comments': teamReport(locale, 9, { hiddenLabel: 'Shown from 10 people.' }),
    'team report with 40 long comments': teamReport(locale, 9, {
      items: Array.from({ length: 40 }, () => 'x'.repeat(2000)),
      note: 'Comments from Week 45, 2026 to Week 47, 2026, in shuffled order.',
    }),
    'org report': orgReport(locale),
    'org report with 300 teams': orgReport(locale, 300),
  };

  it.each(Object.entries(documents))('%s stays within Block Kit limits', (_, doc) => {
    const message = renderMessage(doc);
    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
    expect(message.text.length).toBeGreaterThan(0);
  });

  it('matches the snapshots', () => {
    expect(renderPulseCard(pulseCard(locale))).toMatchSnapshot('pulse card');
    expect(renderPulseCard(closedCard(locale))).toMatchSnapshot('closed pulse card');
    expect(renderNudgePost(nudgePost(locale, true))).toMatchSnapshot('nudge');
    expect(renderTeamReport(teamReport(locale))).toMatchSnapshot('team report');
    expect(renderOrgReport(orgReport(locale))).toMatchSnapshot('org report');
    expect(renderMessage(notice(locale))).toMatchSnapshot('notice');
  });

  it('lays out a pulse card: each statement, 1–5 plus "don\'t know", progress, privacy, comment', () => {
    const card = pulseCard(locale);
    const { blocks } = renderPulseCard(card);
    const json = textOf(blocks);
    for (const item of card.items) expect(json).toContain(item.text.replace(/&/g, '&amp;'));
    expect(json).toContain(card.progress.label);
    expect(json).toContain(card.privacyLine);

    const buttons = buttonsOf(blocks);
    const answers = buttons.filter((b) => ANSWER_ACTION.test(b.action_id ?? ''));
    // 3 × (5 + don't know) + 11 for the 0–10 scale
    expect(answers).toHaveLength(3 * 6 + 11);
    expect(answers.slice(0, 6).map((b) => b.text.text)).toEqual(card.items[0]!.options.map((o) => o.label));
    const values = answers.map((b) => decodeAnswerValue(b.value));
    expect(values[0]).toEqual({ t: TOKEN, s: 'uc.customers-expectations', v: 1 });
    expect(values[5]).toEqual({ t: TOKEN, s: 'uc.customers-expectations', v: null });
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);

    const comment = buttons.find((b) => b.action_id === 'pulse:comment');
    expect(comment?.text.text).toBe(card.labels.addComment);
    expect(decodeCommentValue(comment?.value)).toEqual({ t: TOKEN });
  });

  it('styles only the selected answer as primary, "don\'t know" included', () => {
    const { blocks } = renderPulseCard(pulseCard(locale));
    const primary = buttonsOf(blocks)
      .filter((b) => b.style === 'primary')
      .map((b) => decodeAnswerValue(b.value));
    expect(primary).toEqual([
      { t: TOKEN, s: 'lead.role-model', v: 4 },
      { t: TOKEN, s: 'mon.complaints', v: null },
      { t: TOKEN, s: 'enps', v: 9 },
    ]);
    expect(textOf(blocks)).toContain(pulseCard(locale).labels.recorded);
  });

  it('splits the 0–10 scale over two actions blocks (6 + 5)', () => {
    const { blocks } = renderPulseCard(pulseCard(locale));
    const nps = actionsBlocks(blocks).filter((b) => b.block_id?.startsWith('pulse:answers:3:'));
    expect(nps.map((b) => b.elements.length)).toEqual([6, 5]);
  });

  it('shows a closed card with its banner and no buttons', () => {
    const card = closedCard(locale);
    const { blocks } = renderPulseCard(card);
    expect(actionsBlocks(blocks)).toEqual([]);
    expect(textOf(blocks)).toContain(card.banner);
  });

  it('cuts overlong texts to the limits instead of failing', () => {
    const { blocks } = renderPulseCard(largestCard(locale));
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const button of buttonsOf(blocks)) expect(button.text.text.length).toBeLessThanOrEqual(75);
  });

  it('renders the comment modal within view limits, with the token in private_metadata', () => {
    const card = pulseCard(locale);
    const view = renderCommentModal(card, { channel: 'D123', ts: '1700000000.000100' });
    expect(viewViolations({ ...view })).toEqual([]);
    expect(decodeCommentValue(view.private_metadata)).toEqual({
      t: TOKEN,
      c: 'D123',
      m: '1700000000.000100',
    });
    expect(view.submit?.text).toBe(card.labels.commentSubmit);
  });

  it('renders App Home for a leader and HR within view limits', () => {
    const view = renderHomeView({
      locale,
      paused: false,
      participation: notice(locale),
      privacy: notice(locale, false),
      settings: notice(locale, false),
      teamReports: ['a', 'b', 'c', 'd'].map((id) => teamReport(locale, 9, undefined, id)),
      orgReport: orgReport(locale, 300),
      dashboardUrl: 'https://pulse.example.com/dashboard',
    });
    expect(viewViolations({ ...view })).toEqual([]);
  });

  it('gives nudge feedback buttons the post id', () => {
    const buttons = buttonsOf(renderNudgePost(nudgePost(locale)).blocks);
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['nudge:did-this', 'nudge-post-1'],
      ['nudge:not-for-us', 'nudge-post-1'],
    ]);
  });

  it('escapes mrkdwn control characters in content', () => {
    const json = textOf(renderNudgePost(nudgePost(locale)).blocks);
    expect(json).toMatch(/&lt;(and|en)&gt;/);
  });

  it('quotes comments, or says why they are hidden', () => {
    expect(textOf(renderTeamReport(teamReport(locale)).blocks)).toContain(
      '> More time for customers &lt;please&gt; &amp; thanks.',
    );
    expect(
      textOf(renderTeamReport(teamReport(locale, 9, { hiddenLabel: 'Shown from 10 people.' })).blocks),
    ).toContain('Shown from 10 people.');
  });

  it('links the dashboard with its label', () => {
    const report = teamReport(locale);
    const buttons = buttonsOf(renderTeamReport(report).blocks);
    expect(buttons.at(-1)).toMatchObject({ url: report.dashboardUrl, text: { text: report.dashboardLabel } });
  });

  it('shows hidden figures as a lock, never a number', () => {
    const json = textOf(renderTeamReport(teamReport(locale)).blocks);
    expect(json).toContain('Element 4: :lock:');
  });

  it('says the window every score pools and what stands behind each, within Block Kit limits', () => {
    const report = buildTeamReport(teamReportInput(locale));
    const message = renderTeamReport(report);
    const json = textOf(message.blocks);
    expect(json).toContain(report.windowLabel);
    const pooled = report.elements.find((row) => row.basisLabel !== undefined);
    expect(json).toContain(`_${pooled?.basisLabel}_`);
    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
  });
});

describe('features a notice points to', () => {
  it('spells each as its /pulse command, in the reader’s language', () => {
    const en = renderNotice(buildNotice('paused', 'en'));
    expect(en.text).toBe(
      "Your pulses are paused. I won't send you any statements until you pick them up again: type /pulse resume.",
    );
    const nl = renderNotice(
      buildNotice('settings', 'nl', { locale: 'nl', timeZone: 'Europe/Amsterdam', paused: true }),
    );
    expect(nl.text).toContain(
      'Je taal wijzigen: typ /pulse language en|nl. Pauzeren: typ /pulse pause. Hervatten: typ /pulse resume.',
    );
    const help = renderNotice(helpNotice('en')).text;
    expect(help).toContain('• A break from the pulses: type /pulse pause');
    expect(help).toContain(
      '• The latest report of your team, or of the team you name (leaders and HR): type /pulse report [team]',
    );
  });
});

describe('number formats', () => {
  it('uses the reader’s decimal separator', () => {
    expect(textOf(renderTeamReport(teamReport('en')).blocks)).toContain('*3.1*');
    expect(textOf(renderTeamReport(teamReport('nl')).blocks)).toContain('*3,1*');
  });
});
