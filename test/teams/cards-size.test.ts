import { describe, expect, it } from 'vitest';
import { profileBarsSpec, renderPng } from '../../src/charts/index.ts';
import { LOCALES } from '../../src/model/keys.ts';
import {
  imageProblems,
  MESSAGE_MAX_BYTES,
  messageBytes,
  pngSize,
} from '../../adapters/teams/render/card-checks.ts';
import { CHART_PNG_SCALE, renderCard } from '../../adapters/teams/render/render-card.ts';
import { orgReport } from '../slack/fixtures.ts';
import { bank, builtPulseCard, fullTeamReport } from './cards-fixtures.ts';

/** The chart drawn as the product draws it for a team report; the labels only need to be realistic in length. */
async function chartPng(doc: ReturnType<typeof fullTeamReport>): Promise<Uint8Array> {
  const reason = 'Hidden: fewer respondents than the anonymity threshold';
  const mark = {
    below_k: 'n<k',
    complementary: 'hidden',
    membership_change: 'hidden',
    comments_below_k: 'n<k',
    no_data: '—',
    not_asked: '—',
  };
  const spec = profileBarsSpec(doc.elements, {
    locale: doc.locale,
    title: doc.headings.elements,
    n: 'n',
    scoreAxis: 'Score',
    hidden: {
      mark,
      reason: Object.fromEntries(Object.keys(mark).map((key) => [key, reason])) as typeof mark,
    },
  });
  return (await renderPng(spec, { scale: CHART_PNG_SCALE })).png;
}

describe('message size', () => {
  it.each(LOCALES)(
    'keeps the largest leader report under Teams’ 80 KB guidance, its chart under 1024 px (%s)',
    async (locale) => {
      const doc = fullTeamReport(locale);
      const { card, chart } = renderCard(doc);
      expect(chart).toBe(true);
      // Measured: about 38 KB in English and Dutch (twelve rounds, every section, ten long comments).
      expect(messageBytes(card)).toBeGreaterThan(30_000);
      expect(messageBytes(card)).toBeLessThan(MESSAGE_MAX_BYTES);
      const png = await chartPng(doc);
      expect(imageProblems(png)).toEqual([]);
      expect(pngSize(png).width).toBeGreaterThan(900);
    },
  );

  it.each(LOCALES)('keeps the largest pulse card and organisation report under it too (%s)', (locale) => {
    // Ten statements (the most a round asks), all on the 0–10 scale, each as long as the longest in the bank.
    const longest = Math.max(
      ...bank.statements.flatMap((statement) =>
        Object.values(statement.text).map((text) => text[locale].length),
      ),
    );
    const items = Array.from({ length: 10 }, (_, i) => ({
      statementId: `statement.with.a.long.identifier.${i}`,
      text: 'x'.repeat(longest),
      scale: 'nps11' as const,
    }));
    const pulse = renderCard(builtPulseCard(locale, { reminder: true, items })).card;
    expect(messageBytes(pulse)).toBeLessThan(MESSAGE_MAX_BYTES);
    expect(messageBytes(renderCard(orgReport(locale, 300)).card)).toBeLessThan(MESSAGE_MAX_BYTES);
  });

  it('counts a card in UTF-16 and refuses a picture larger than Teams shows', () => {
    expect(messageBytes({ text: 'é' })).toBe(2 * '{"text":"é"}'.length);
    const header = (width: number, height: number) => {
      const png = new Uint8Array(24);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
      new DataView(png.buffer).setUint32(16, width);
      new DataView(png.buffer).setUint32(20, height);
      return png;
    };
    expect(imageProblems(header(1024, 600))).toEqual([]);
    expect(imageProblems(header(1368, 532))).toEqual(['1368 × 532 pixels, more than 1024 × 1024']);
    expect(() => pngSize(new Uint8Array(24))).toThrow(/Not a PNG/);
  });
});
