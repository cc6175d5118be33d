import type { Loader } from 'vega';
import type { ChartSpec } from './chart-types.ts';
import { textWidth } from './text-width.ts';

const VEGA_LOG_ERROR = 1;

/**
 * A loader that refuses every URL: charts carry their data inline, and a
 * spec that asks for a file or a web address is a bug, not a download.
 */
export function offlineLoader(onRefuse: (uri: string) => void = () => undefined): Loader {
  const refuse = (uri: string): Promise<never> => {
    onRefuse(uri);
    return Promise.reject(new Error(`Charts render offline; refusing to load ${JSON.stringify(uri)}`));
  };
  return {
    load: (uri) => refuse(uri),
    sanitize: (uri) => refuse(uri),
    http: (uri) => refuse(uri),
    file: (filename) => refuse(filename),
  };
}

/** Vega exports `textMetrics` (vega-scenegraph's), but its typings leave it out. */
interface VegaTextMetrics {
  readonly textMetrics: { width: (item: TextItem, text: unknown) => number };
}

interface TextItem {
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly limit?: number;
}

function measuredWidth(item: TextItem, text: unknown): number {
  const fontSize = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
  const width = textWidth(String(text ?? '').trim(), fontSize, bold);
  // A label with a limit is drawn cut to it, with an ellipsis.
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * Draws a Vega-Lite spec as an SVG document, without a browser, a canvas or
 * the network. It runs in the chart process (`chart-child.ts`), never in the
 * bot's own: vega stays out of the bot's memory.
 *
 * @example const svg = await drawSvg(lineChartSpec(points, labels));
 */
export async function drawSvg(spec: ChartSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const { parse, View } = vega;
  // Without a canvas Vega guesses 0.8 em per character, too wide: labels were cut off
  // early and axes pushed aside. Vega takes a measuring function of one's own for this.
  (vega as unknown as VegaTextMetrics).textMetrics.width = measuredWidth;
  const compiled = compile(spec).spec;
  const refused: string[] = [];
  const view = new View(parse(compiled), {
    renderer: 'none',
    loader: offlineLoader((uri) => refused.push(uri)),
    // vega-util's Error level: warnings such as an empty extent (a chart whose
    // figures are all hidden) are expected here, not news.
    logLevel: VEGA_LOG_ERROR,
  });
  try {
    const svg = await view.toSVG();
    // Vega logs a failed load and draws an empty chart; an incomplete chart is an error here.
    if (refused.length > 0) {
      throw new Error(`A chart asked to load ${refused.join(', ')}; charts must carry their data inline.`);
    }
    return svg;
  } finally {
    view.finalize();
  }
}
