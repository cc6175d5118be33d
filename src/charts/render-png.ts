import type { ChartSpec } from './chart-types.ts';
import { chartProcess } from './chart-process.ts';
import type { PngImage, PngOptions } from './draw-png.ts';

export type { PngImage, PngOptions } from './draw-png.ts';

/**
 * Renders a chart to PNG for chat messages (its SVG drawn by resvg with local
 * fonts only), in the chart process: the bot's own process never loads vega
 * or resvg.
 *
 * @example const { png } = await renderPng(heatmapSpec(rows, elementLabels, labels));
 */
export function renderPng(spec: ChartSpec, options: PngOptions = {}): Promise<PngImage> {
  return chartProcess.png(spec, options);
}
