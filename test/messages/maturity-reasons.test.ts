import { describe, expect, it } from 'vitest';
import type { MaturityReason } from '../../src/core/maturity.ts';
import { maturityReasons, MAX_REASONS, type MaturityEvidence } from '../../src/messages/maturity-reasons.ts';
import { ELEMENT_KEYS, loadContentBank, textFor } from '../../src/model/index.ts';

const bank = loadContentBank();
const nameOf = (key: string, locale: 'en' | 'nl') =>
  textFor(bank.elements.find((element) => element.key === key)?.name ?? { en: key, nl: key }, locale);
const window = { from: '2026-W37', to: '2026-W48', weeks: 12 };

function evidence(held: Readonly<Record<string, MaturityReason>>): MaturityEvidence {
  const keys = Object.keys(held) as (keyof typeof held & (typeof ELEMENT_KEYS)[number])[];
  return {
    toNextLevel: keys.map((element) => ({ code: 'element_below', element, level: '*' })),
    elements: keys.map((element) => ({ element, toNextLevel: [held[element] as MaturityReason] })),
    window,
  };
}

describe('why the indicative level is not higher', () => {
  it("names each element that holds the team back, with INK's phase in the reader's language", () => {
    const [first] = ELEMENT_KEYS;
    const reasons = evidence({
      [first]: { code: 'phase_low', phase: 'evaluation', value: 48.4, threshold: 55 },
    });
    expect(maturityReasons(reasons, bank, 'en')).toEqual([
      `${nameOf(first, 'en')}: its evaluation and adjustment phase scores 48, below 55`,
    ]);
    expect(maturityReasons(reasons, bank, 'nl')).toEqual([
      `${nameOf(first, 'nl')}: de fase evaluatie en bijstelling scoort 48, onder 55`,
    ]);
  });

  it('says when a phase was not asked in the window, and sums up beyond a few reasons', () => {
    const many = Object.fromEntries(
      ELEMENT_KEYS.slice(0, MAX_REASONS + 2).map((key): [string, MaturityReason] => [
        key,
        { code: 'phase_unknown', phase: 'design' },
      ]),
    );
    const lines = maturityReasons(evidence(many), bank, 'en');
    expect(lines).toHaveLength(MAX_REASONS + 1);
    expect(lines[0]).toContain('its design phase was not asked in these weeks');
    expect(lines.at(-1)).toBe('and 2 more');
  });

  it('says nothing at the top level', () => {
    expect(maturityReasons({ toNextLevel: [], elements: [], window }, bank, 'en')).toEqual([]);
  });
});
