/**
 * The chart process of `ChartProcess`: receives charts to draw over IPC and
 * answers each with its SVG or PNG, or with why it could not. vega,
 * vega-lite and resvg live here, so their memory goes back to the system
 * when this process ends. It ends when the bot disconnects
 * (after a while without charts) or when the bot itself ends.
 */
import type { ChartSpec } from './chart-types.ts';
import { drawPng, type PngImage, type PngOptions } from './draw-png.ts';
import { drawSvg } from './draw-svg.ts';

export type ChartJob =
  | { readonly format: 'svg'; readonly spec: ChartSpec }
  | { readonly format: 'png'; readonly spec: ChartSpec; readonly options: PngOptions };

export type ChartRequest = ChartJob & { readonly id: number };

export type ChartReply =
  | { readonly id: number; readonly svg: string }
  | { readonly id: number; readonly png: PngImage }
  | { readonly id: number; readonly error: string };

process.on('message', (request: ChartRequest) => {
  void draw(request).then((reply) => process.send?.(reply));
});

async function draw(request: ChartRequest): Promise<ChartReply> {
  const { id } = request;
  try {
    return request.format === 'svg'
      ? { id, svg: await drawSvg(request.spec) }
      : { id, png: await drawPng(request.spec, request.options) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
