import { describe, expect, it } from 'vitest';
import { lineChartSpec, offlineLoader, renderPng, renderSvg } from '../../src/charts/index.ts';
import { hiddenLabels } from './fixtures.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const spec = lineChartSpec(
  [
    { period: 'W1', value: 60, n: 10 },
    { period: 'W2', value: 64, n: 11 },
  ],
  { locale: 'en', title: 'Engagement', n: 'n', valueAxis: 'Score', hidden: hiddenLabels },
  { width: 400, height: 200 },
);

describe('renderPng', () => {
  it('draws a PNG of sensible size at twice the SVG’s pixels', async () => {
    const image = await renderPng(spec);
    expect(image.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // 400 × 200 of plot plus title, axes and padding, at scale 2.
    expect(image.width).toBeGreaterThan(800);
    expect(image.width).toBeLessThan(1400);
    expect(image.height).toBeGreaterThan(400);
    expect(image.height).toBeLessThan(900);
  });

  it('honours the scale', async () => {
    const one = await renderPng(spec, { scale: 1 });
    const two = await renderPng(spec, { scale: 2 });
    expect(two.width).toBe(one.width * 2);
  });
});

describe('renderSvg', () => {
  it('produces a standalone SVG document', async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Engagement');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('refuses to load anything', async () => {
    const loader = offlineLoader();
    await expect(loader.load('https://example.com/data.json')).rejects.toThrow(/offline/);
    await expect(loader.file('/etc/passwd')).rejects.toThrow(/offline/);
    await expect(loader.sanitize('x.png', { context: 'image' })).rejects.toThrow(/offline/);
  });

  it('fails rather than fetch a spec’s data URL', async () => {
    const render = renderSvg({
      data: { url: 'https://example.com/data.json' },
      mark: 'point',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    });
    await expect(render).rejects.toThrow(/must carry their data inline/);
  });
});
