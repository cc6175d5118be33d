import { existsSync } from 'node:fs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { ChartSpec } from './chart-types.ts';
import { DEJAVU_BOLD, DEJAVU_REGULAR } from './chart-fonts.ts';
import { drawSvg } from './draw-svg.ts';

const DEJAVU_FILES = [DEJAVU_REGULAR, DEJAVU_BOLD];

export interface PngOptions {
  /** Pixel density; 2 gives a sharp image in chat clients on high-density screens. */
  readonly scale?: number;
  /** Font files to use instead of the system's (e.g. fonts bundled with a deployment). */
  readonly fontFiles?: readonly string[];
}

export interface PngImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a chart as PNG for chat messages: the SVG from `drawSvg`, drawn by
 * resvg with local fonts only, in the chart process (`chart-child.ts`).
 * Loading only DejaVu's two files (when present) is much faster than
 * scanning every system font.
 *
 * @example const { png } = await drawPng(heatmapSpec(rows, elementLabels, labels));
 */
export async function drawPng(spec: ChartSpec, options: PngOptions = {}): Promise<PngImage> {
  const svg = await drawSvg(spec);
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: fontOptions(options.fontFiles),
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
    logLevel: 'off',
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}

function fontOptions(fontFiles: readonly string[] | undefined): NonNullable<ResvgRenderOptions['font']> {
  if (fontFiles && fontFiles.length > 0) {
    return { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'DejaVu Sans' };
  }
  const dejaVu = DEJAVU_FILES.filter((file) => existsSync(file));
  if (dejaVu.length > 0) {
    return { loadSystemFonts: false, fontFiles: dejaVu, defaultFontFamily: 'DejaVu Sans' };
  }
  return { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
}
