import type { ChartSpec } from './chart-types.ts';
import { chartProcess } from './chart-process.ts';

/**
 * Renders a Vega-Lite spec to an SVG document on the server, without a
 * browser, a canvas or the network, in the chart process: the bot's own
 * process never loads vega.
 *
 * @example const svg = await renderSvg(lineChartSpec(points, labels));
 */
export function renderSvg(spec: ChartSpec): Promise<string> {
  return chartProcess.svg(spec);
}
