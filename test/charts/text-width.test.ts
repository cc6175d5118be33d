import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/charts/text-width.ts';

const word = fc.stringMatching(/^[A-Za-zéëï&,–-]{1,14}$/);

describe('measuring chart text', () => {
  it('measures with the font’s own widths: narrow letters take less room than wide ones', () => {
    expect(textWidth('iiiiiiiiii', 11)).toBeLessThan(textWidth('MMMMMMMMMM', 11) / 2);
    expect(textWidth('Innovation', 22)).toBeCloseTo(textWidth('Innovation', 11) * 2, 5);
    expect(textWidth('Innovation', 11, true)).toBeGreaterThan(textWidth('Innovation', 11));
  });

  it('measures what was cut off before at about the width it is drawn', () => {
    // Vega's estimate without a canvas was 0.8 em a character: 246 px for this name at 11 px.
    const width = textWidth('Vision, mission and strategy', 11);
    expect(width).toBeGreaterThan(130);
    expect(width).toBeLessThan(180);
  });
});

describe('wrapping a long name', () => {
  it('breaks at spaces onto lines no wider than asked, keeping every word in order', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 60, max: 240 }),
        (words, max) => {
          const lines = wrapText(words.join(' '), max, 11, 99);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) {
            // A line may only be wider than asked when it is a single word, which is never cut.
            if (line.includes(' ')) expect(textWidth(line, 11)).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });

  it('puts the element names that were cut off on two lines, in English and Dutch', () => {
    expect(wrapText('Vision, mission and strategy', 110, 11)).toEqual(['Vision, mission and', 'strategy']);
    expect(wrapText('Customer experience design', 110, 11)).toEqual(['Customer', 'experience design']);
    expect(wrapText('Klantbelevingsontwerp', 100, 11)).toEqual(['Klantbelevingsontwerp']);
  });

  it('ends the last allowed line with an ellipsis when a name needs more lines', () => {
    expect(wrapText('one two three four five', 20, 11, 3)).toEqual(['one', 'two', 'three…']);
  });
});
