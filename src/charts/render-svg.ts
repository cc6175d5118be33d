import type { Loader } from 'vega';
import type { ChartSpec } from './chart-types.ts';

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

/**
 * Renders a Vega-Lite spec to an SVG document on the server, without a
 * browser, a canvas or the network.
 *
 * @example const svg = await renderSvg(lineChartSpec(points, labels));
 */
export async function renderSvg(spec: ChartSpec): Promise<string> {
  // Vega is loaded on the first chart, not at start-up: a bot that never draws one never pays for it.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const vega = compile(spec).spec;
  const refused: string[] = [];
  const view = new View(parse(vega), {
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
