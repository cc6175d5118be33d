import { existsSync, readFileSync } from 'node:fs';
import { DEJAVU_BOLD, DEJAVU_REGULAR } from './chart-fonts.ts';
import { readFontMetrics, type FontMetrics } from './font-metrics.ts';

/**
 * Without the font file, a width per character: DejaVu's widest common
 * letters are about 0.7 em, so labels wrap early rather than overlap.
 */
const FALLBACK_EM_PER_CHAR = 0.7;

const fonts = new Map<string, FontMetrics | null>();

function fontAt(path: string): FontMetrics | null {
  let font = fonts.get(path);
  if (font === undefined) {
    font = (existsSync(path) && readFontMetrics(readFileSync(path))) || null;
    fonts.set(path, font);
  }
  return font;
}

/**
 * How wide `text` is drawn at `fontSize` pixels, from DejaVu Sans's own
 * advance widths and kerning (the font the PNGs are drawn with and the first
 * the pages ask for).
 *
 * @example textWidth('Innovation', 11) // ≈ 58
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const font = fontAt(bold ? DEJAVU_BOLD : DEJAVU_REGULAR);
  if (!font) return [...text].length * fontSize * FALLBACK_EM_PER_CHAR;
  let units = 0;
  let previous: number | undefined;
  for (const char of text) {
    const glyph = font.glyphOf(char.codePointAt(0) ?? 0);
    units += font.advanceOf(glyph);
    if (previous !== undefined) units += font.kerningOf(previous, glyph);
    previous = glyph;
  }
  return (units * fontSize) / font.unitsPerEm;
}

/**
 * A label broken at spaces into lines no wider than `maxWidth`, at most
 * `maxLines` of them. A single word wider than a line keeps its line (it is
 * never cut); only what does not fit in `maxLines` ends in an ellipsis.
 *
 * @example wrapText('Vision, mission and strategy', 110, 11) // ['Vision, mission and', 'strategy']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
