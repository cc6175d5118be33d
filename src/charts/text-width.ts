import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEJAVU_BOLD, DEJAVU_REGULAR } from './chart-fonts.ts';

/** The part of opentype.js's font this file reads: advance widths and kerning. */
interface Glyph {
  readonly advanceWidth?: number;
}
interface FontMetrics {
  readonly unitsPerEm: number;
  charToGlyph(char: string): Glyph;
  getKerningValue(left: Glyph, right: Glyph): number;
}
interface OpenType {
  parse(buffer: ArrayBuffer, options: { lowMemory: boolean }): FontMetrics;
}

/**
 * Without the font file, a width per character: DejaVu's widest common
 * letters are about 0.7 em, so labels wrap early rather than overlap.
 */
const FALLBACK_EM_PER_CHAR = 0.7;

const fonts = new Map<string, FontMetrics | null>();

function fontAt(path: string): FontMetrics | null {
  let font = fonts.get(path);
  if (font === undefined) {
    font = existsSync(path) ? parseFont(path) : null;
    fonts.set(path, font);
  }
  return font;
}

function parseFont(path: string): FontMetrics {
  // Loaded on the first measurement, as vega is on the first chart: a bot at rest never pays for it.
  const opentype = createRequire(import.meta.url)('opentype.js') as OpenType;
  const file = readFileSync(path);
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  // lowMemory reads a glyph when it is first asked for, not the whole font up front.
  return opentype.parse(buffer, { lowMemory: true });
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
  let previous: Glyph | undefined;
  for (const char of text) {
    const glyph = font.charToGlyph(char);
    units += glyph.advanceWidth ?? 0;
    if (previous) units += font.getKerningValue(previous, glyph);
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
