import { describe, expect, it } from 'vitest';
import {
  buildNudgePost,
  buildOrgReport,
  buildPulseCard,
  buildTeamReport,
  helpNotice,
  notice,
  privacyNotice,
  renderPlainText,
  type MessageDocument,
} from '../../src/messages/index.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { orgReportInput, teamReportInput } from './fixtures.ts';

/** A platform that reaches every feature by a command named after it. */
const reach = (feature: string) => `type ${feature}`;

const nudge = loadContentBank().nudges.find((n) => n.id === 'nudge.cu.values-spotted')!;

function card(locale: string) {
  return buildPulseCard({
    locale,
    roundId: 'r1',
    token: 'tok',
    k: 5,
    closesAt: new Date('2026-03-30T15:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    state: 'open',
    items: [
      { statementId: 'a', text: 'We know what our customers need.', scale: 'agree5', selected: 4 },
      { statementId: 'b', text: 'My team leader is friendly.', scale: 'agree5' },
    ],
  });
}

/** One of each kind, in both languages, including the barest inputs. */
function documents(locale: string): MessageDocument[] {
  return [
    card(locale),
    notice('paused', locale),
    notice('dashboard', locale, { url: 'https://pulse.example.com' }),
    privacyNotice(locale, { k: 5, minComments: 3 }),
    helpNotice(locale),
    buildTeamReport(teamReportInput(locale)),
    buildTeamReport({
      locale,
      team: { id: 't', name: 'Empty' },
      period: { key: '2026-03', kind: 'month' },
      k: 5,
      participation: { invited: 0, respondents: 0 },
      elements: [],
      maturity: { level: 'not-yet' },
    }),
    buildOrgReport(orgReportInput(locale)),
    buildOrgReport({
      locale,
      period: { key: '2026-W01', kind: 'week' },
      k: 5,
      participation: [],
      heatmap: [],
    }),
    buildNudgePost({ nudge, postId: 'p', locale }),
    buildNudgePost({ nudge, postId: 'p', locale, tally: { didThis: 3, notForUs: 1 } }),
  ];
}

describe('plain text', () => {
  it.each(['en', 'nl'])('renders every document kind without holes (%s)', (locale) => {
    for (const doc of documents(locale)) {
      const text = renderPlainText(doc, reach);
      expect(text.length, doc.kind).toBeGreaterThan(10);
      expect(text, doc.kind).not.toMatch(/undefined|null|NaN|\[object|\{\w+\}/);
      expect(text, doc.kind).not.toMatch(/\n{3,}/);
    }
  });

  it('gives a pulse card its statements, answers so far and closing time', () => {
    const text = renderPlainText(card('en'), reach);
    expect(text).toContain('We know what our customers need.');
    expect(text).toContain('✓ Agree');
    expect(text).toContain('1 of 2 answered · Closes Monday 30 March at 17:00');
    expect(text).toContain('at least 5 people');
  });

  it('gives a team report its figures, hidden reasons and the maturity caveat', () => {
    const en = renderPlainText(buildTeamReport(teamReportInput('en')), reach);
    expect(en).toContain('Team report: Support · Week 47, 2026');
    expect(en).toContain('6 of 8 people took part (75%)');
    expect(en).toContain(
      'Understanding customers: 81 ↑ (88% favourable, n = 8 · 3 rounds · 5 statements) — Up 8 points, beyond the noise of ±6',
    );
    expect(en).toContain(
      'Innovation: 55 → (50% favourable, 8 people) — About the same: −13 points is within the noise of ±15',
    );
    expect(en).toContain('Leadership: Hidden: fewer than 5 people answered');
    expect(en).toContain('Friendly: You 95 · Team 77');
    expect(en).toContain(
      'Indicative level: One star.\nIndicative self-assessment — not an INK recognition: that takes',
    );
    const nl = renderPlainText(buildTeamReport(teamReportInput('nl')), reach);
    expect(nl).toContain(
      'Luisteren naar klanten: 81 ↑ (88% positief, n = 8 · 3 rondes · 5 stellingen) — 8 punten hoger, meer dan de meetruis van ±6',
    );
    expect(nl).toContain(
      'Indicatieve zelfbeoordeling — geen INK-erkenning: daarvoor zijn getrainde assessoren',
    );
  });

  it('gives an organisation report its latest participation, eNPS of the latest period, falls and window', () => {
    const text = renderPlainText(buildOrgReport(orgReportInput('en')), reach);
    expect(text).toContain('Participation: 65% (Q4 2026)');
    expect(text).toContain('eNPS (would recommend us as a place to work): 12\n• Weeks 45–48, 2026');
    expect(text).toContain('Sales: Innovation -16');
    expect(text).toContain('Support: Leadership -9');
    expect(text).toContain(
      'Each score pools the rounds of the 12 weeks up to 1 December 2026 in which it was shown.',
    );
  });

  it('gives a Dutch organisation report the weeks of its eNPS period and the heatmap’s window', () => {
    const text = renderPlainText(buildOrgReport(orgReportInput('nl')), reach);
    expect(text).toContain('eNPS (zou ons als werkgever aanraden): 12\n• week 45–48, 2026');
    expect(text).toContain(
      'Elke score telt de rondes van de 12 weken tot en met 1 december 2026 mee waarin die zichtbaar was.',
    );
  });

  it('gives a nudge its action, time and both buttons', () => {
    const text = renderPlainText(
      buildNudgePost({ nudge, postId: 'p', locale: 'en', tally: { didThis: 3, notForUs: 1 } }),
      reach,
    );
    expect(text).toContain('Spot our values in action');
    expect(text).toContain('(about 10 minutes)');
    expect(text).toContain('[We did this]  [Not for us]');
    expect(text).toContain('Did this: 3 · Not for us: 1');
  });

  it('spells a feature a notice points to in the reader’s platform’s way', () => {
    expect(renderPlainText(notice('unknown-command', 'en', { command: 'x' }), reach)).toBe(
      "I don't know “x”. To see what I can do: type help.",
    );
  });

  it('gives a notice its text and link', () => {
    expect(renderPlainText(notice('dashboard', 'nl', { url: 'https://x.example' }), reach)).toBe(
      'Je dashboard staat klaar.\nOpen het dashboard: https://x.example',
    );
  });
});
