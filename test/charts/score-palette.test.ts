import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  inkOn,
  SCORE_BAND_COLORS,
  SCORE_BAND_LIMITS,
  scoreBandColor,
} from '../../src/charts/chart-theme.ts';
import { contrastRatio, relativeLuminance } from '../../src/charts/colour-contrast.ts';

/** sRGB "#rrggbb" to linear RGB, 0–1. */
function linear(hex: string): [number, number, number] {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

/** Linear RGB to CIELAB (D65), for colour differences as people see them. */
function lab([r, g, b]: readonly [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Machado, Oliveira & Fernandes (2009), full severity, on linear RGB. */
const VISION: Readonly<Record<string, readonly (readonly [number, number, number])[]>> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function seenAs(
  hex: string,
  matrix: readonly (readonly [number, number, number])[],
): [number, number, number] {
  const rgb = linear(hex);
  const row = (i: number) => {
    const [a, b, c] = matrix[i] ?? [0, 0, 0];
    return Math.min(1, Math.max(0, a * rgb[0] + b * rgb[1] + c * rgb[2]));
  };
  return lab([row(0), row(1), row(2)]);
}

function difference(first: readonly number[], second: readonly number[]): number {
  return Math.hypot(...first.map((value, i) => value - (second[i] ?? 0)));
}

describe('the heatmap’s score bands', () => {
  it('stand out from the white page as graphics must (3:1)', () => {
    for (const colour of SCORE_BAND_COLORS) {
      expect(contrastRatio(colour, CHART_COLORS.paper), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('carry their figures in a text colour that reaches 4.5:1 on every band and on hidden grey', () => {
    for (const colour of SCORE_BAND_COLORS) {
      expect(contrastRatio(colour, inkOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(CHART_COLORS.hidden, CHART_COLORS.hiddenText)).toBeGreaterThanOrEqual(4.5);
  });

  it('stay apart from each other with typical and colour-blind vision alike', () => {
    // A CIELAB difference of about 10 is plainly visible side by side.
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (let i = 0; i < SCORE_BAND_COLORS.length; i += 1) {
        for (let j = i + 1; j < SCORE_BAND_COLORS.length; j += 1) {
          const first = SCORE_BAND_COLORS[i] ?? '';
          const second = SCORE_BAND_COLORS[j] ?? '';
          expect(
            difference(seenAs(first, matrix), seenAs(second, matrix)),
            `${first} and ${second} with ${vision} vision`,
          ).toBeGreaterThan(10);
        }
      }
    }
  });

  it('diverge: darkest at both ends, lightest in the middle, low scores warm and high scores cool', () => {
    const luminance = SCORE_BAND_COLORS.map(relativeLuminance);
    const middle = Math.floor(luminance.length / 2);
    for (let i = 0; i < middle; i += 1) {
      expect(luminance[i]).toBeLessThan(luminance[i + 1] ?? 0);
      expect(luminance[luminance.length - 1 - i]).toBeLessThan(luminance[luminance.length - 2 - i] ?? 0);
    }
    const [low, high] = [linear(SCORE_BAND_COLORS[0]), linear(SCORE_BAND_COLORS[4])];
    expect(low[0]).toBeGreaterThan(low[2]);
    expect(high[2]).toBeGreaterThan(high[0]);
  });

  it('put every score from 0 to 100 in the band its limits say', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const band = SCORE_BAND_LIMITS.filter((limit) => score >= limit).length;
        expect(scoreBandColor(score)).toBe(SCORE_BAND_COLORS[band]);
      }),
    );
    expect(scoreBandColor(0)).toBe(SCORE_BAND_COLORS[0]);
    expect(scoreBandColor(19.9)).toBe(SCORE_BAND_COLORS[0]);
    expect(scoreBandColor(20)).toBe(SCORE_BAND_COLORS[1]);
    expect(scoreBandColor(100)).toBe(SCORE_BAND_COLORS[4]);
  });
});

describe('contrast ratio', () => {
  it('follows WCAG 2: 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.integer({ min: 0, max: 0xffffff }), (a, b) => {
        const [first, second] = [a, b].map((value) => `#${value.toString(16).padStart(6, '0')}`);
        expect(contrastRatio(first ?? '', first ?? '')).toBeCloseTo(1, 9);
        expect(contrastRatio(first ?? '', second ?? '')).toBeCloseTo(
          contrastRatio(second ?? '', first ?? ''),
          9,
        );
        expect(contrastRatio(first ?? '', second ?? '')).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
