import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEJAVU_BOLD, DEJAVU_REGULAR } from '../../src/charts/chart-fonts.ts';
import { readFontMetrics, type FontMetrics } from '../../src/charts/font-metrics.ts';

function metricsOf(path: string): FontMetrics {
  const metrics = readFontMetrics(readFileSync(path));
  if (!metrics) throw new Error(`${path} has no character map`);
  return metrics;
}

/** Font units of a line: advances plus kerning, the way the charts measure a label. */
function unitsOf(metrics: FontMetrics, text: string): number {
  const glyphs = [...text].map((char) => metrics.glyphOf(char.codePointAt(0) ?? 0));
  return glyphs.reduce(
    (sum, glyph, index) =>
      sum + metrics.advanceOf(glyph) + (index > 0 ? metrics.kerningOf(glyphs[index - 1] ?? 0, glyph) : 0),
    0,
  );
}

// The widths below are DejaVu Sans 2.37's, as opentype.js 2.0.0 measured them when the charts used it.
describe.runIf(existsSync(DEJAVU_REGULAR) && existsSync(DEJAVU_BOLD))('reading DejaVu Sans', () => {
  it('measures a label in the font’s own units, regular and bold', () => {
    const regular = metricsOf(DEJAVU_REGULAR);
    const bold = metricsOf(DEJAVU_BOLD);
    expect(regular.unitsPerEm).toBe(2048);
    expect(unitsOf(regular, 'Vision, mission and strategy')).toBe(28974);
    expect(unitsOf(bold, 'Vision, mission and strategy')).toBe(32896);
    expect(unitsOf(regular, 'Klantbeleving – leidinggevende')).toBe(32117);
  });

  it('draws a character the font lacks as its missing-glyph box', () => {
    const regular = metricsOf(DEJAVU_REGULAR);
    const box = regular.advanceOf(0);
    expect(regular.glyphOf(0x1d400)).toBe(0);
    expect(unitsOf(regular, 'A𝐀')).toBe(unitsOf(regular, 'A') + box);
    expect(unitsOf(regular, 'Tý 😀')).toBe(5249);
  });

  it('kerns the pairs the font kerns by default, and no others', () => {
    const regular = metricsOf(DEJAVU_REGULAR);
    expect(regular.kerningOf(regular.glyphOf(0xef03), regular.glyphOf(0xef19))).toBe(-93);
    expect(regular.kerningOf(regular.glyphOf(0x41), regular.glyphOf(0x56))).toBe(0);
  });
});

describe('reading a file that is no font', () => {
  it('gives no metrics, so labels are measured by the fallback estimate', () => {
    expect(readFontMetrics(new Uint8Array(64))).toBeUndefined();
  });
});
