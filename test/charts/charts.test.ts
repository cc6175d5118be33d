import { describe, expect, it } from 'vitest';
import {
  cultureProfileSpec,
  formatNumber,
  formatSigned,
  heatmapSpec,
  lineChartSpec,
  perceptionGapSpec,
  profileBarsSpec,
  renderSvg,
} from '../../src/charts/index.ts';
import type { HeatmapRow, SeriesPoint } from '../../src/messages/types.ts';
import { elementLabels, hiddenLabels } from './fixtures.ts';

/** Text nodes of an SVG, so "99" in a coordinate does not count as a shown figure. */
function svgTexts(svg: string): string[] {
  // A label wrapped onto lines is one <text> of <tspan>s: read it as one line.
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/(?:<tspan[^>]*>)?([^<]+)(?:<\/tspan>)?/g)]
      .map((part) => part[1])
      .join(' ')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}

describe('line chart', () => {
  const points: SeriesPoint[] = [
    { period: 'W1', value: 61, n: 12 },
    { period: 'W2', value: 97, n: 3, hidden: 'below_k' },
    { period: 'W3', value: 66, n: 14 },
  ];

  it('shows the caller’s labels, every n and a note for hidden periods', async () => {
    const svg = await renderSvg(
      lineChartSpec(
        points,
        {
          locale: 'en',
          title: 'Participation over time',
          n: 'n',
          valueAxis: 'Answered %',
          hidden: hiddenLabels,
        },
        { unit: '%' },
      ),
    );
    const texts = svgTexts(svg);
    expect(texts).toContain('Participation over time');
    expect(texts).toContain('Answered %');
    expect(texts).toEqual(expect.arrayContaining(['61%', '66%', 'n = 12', 'n = 14', 'n<k']));
    expect(texts).toContain('Fewer respondents than the anonymity threshold: W2');
  });

  it('never puts a hidden value or its n into the chart', async () => {
    const spec = lineChartSpec(points, {
      locale: 'en',
      title: 'T',
      n: 'n',
      valueAxis: 'V',
      hidden: hiddenLabels,
    });
    expect(JSON.stringify(spec)).not.toContain('97');
    const texts = svgTexts(await renderSvg(spec));
    expect(texts.join(' ')).not.toMatch(/97|n = 3\b/);
  });

  it('breaks the line at a hidden period', async () => {
    const svg = await renderSvg(
      lineChartSpec(points, { locale: 'en', title: 'T', n: 'n', valueAxis: 'V', hidden: hiddenLabels }),
    );
    const line = /<path[^>]*aria-roledescription="line mark"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(line.match(/M/g)?.length).toBe(2);
  });
});

describe('heatmap', () => {
  const rows: HeatmapRow[] = [
    {
      team: { id: 't1', name: 'Support' },
      cells: [
        { elementKey: 'understanding-customers', score: 71, n: 9 },
        { elementKey: 'vision-strategy', score: 58, n: 8 },
        { elementKey: 'leadership', score: 64, n: 9 },
      ],
    },
    {
      team: { id: 't2', name: 'Night shift' },
      cells: [
        // A careless caller passes the figure along; the chart must still drop it.
        { elementKey: 'understanding-customers', score: 93, n: 2, hidden: 'below_k' },
        { elementKey: 'vision-strategy', score: 47, n: 6 },
      ],
    },
  ];
  const labels = {
    locale: 'en' as const,
    title: 'Teams by element',
    n: 'n',
    hidden: hiddenLabels,
    teamAxis: 'Team',
    elementAxis: 'Element',
    score: 'Score',
  };

  it('labels rows and columns and shows each shown cell with its n', async () => {
    const texts = svgTexts(await renderSvg(heatmapSpec(rows, elementLabels, labels)));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Teams by element',
        'Support',
        'Night shift',
        'Vision & strategy',
        '71',
        'n = 9',
      ]),
    );
  });

  it('greys hidden cells with the hidden mark and never a score', async () => {
    const spec = heatmapSpec(rows, elementLabels, labels);
    // The data, not the whole spec: the palette's colours are written in hex digits.
    expect(JSON.stringify('data' in spec ? spec.data : spec)).not.toContain('93');
    const svg = await renderSvg(spec);
    const texts = svgTexts(svg);
    expect(texts).not.toContain('93');
    expect(texts).not.toContain('n = 2');
    // The hidden cell and the missing Night shift × Leadership cell.
    expect(texts.filter((text) => text === 'n<k')).toHaveLength(1);
    expect(texts).toContain('no data');
    expect(svg).toContain('fill="#d9d9d9"');
  });
});

describe('perception gap', () => {
  it('draws self and team with the signed gap and its verdict', async () => {
    const svg = await renderSvg(
      perceptionGapSpec(
        [
          {
            target: { kind: 'trait', key: 'appreciative' },
            label: 'Appreciative',
            self: 80,
            team: 62,
            gap: 18,
            verdict: 'leader-higher',
            verdictLabel: 'you see yourself higher',
          },
        ],
        {
          locale: 'en',
          title: 'You and your team',
          subtitle: 'Team view: n = 12',
          self: 'You',
          team: 'Your team',
          scoreAxis: 'Score',
        },
      ),
    );
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining([
        'You and your team',
        'Team view: n = 12',
        'You',
        'Your team',
        '+18 you see yourself higher',
      ]),
    );
  });
});

describe('culture profile and trait bars', () => {
  it('shows current and desired with n, hidden figures as the mark', async () => {
    const svg = await renderSvg(
      cultureProfileSpec(
        [
          {
            valueKey: 'open',
            label: 'Open',
            facetLabel: 'Internal relations',
            current: { score: 55, n: 9 },
            desired: { score: 88, n: 4, hidden: 'below_k' },
          },
        ],
        {
          locale: 'nl',
          title: 'Cultuurprofiel',
          n: 'n',
          hidden: hiddenLabels,
          current: 'Nu',
          desired: 'Gewenst',
          scoreAxis: 'Score',
        },
      ),
    );
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Cultuurprofiel', 'Nu', 'Gewenst', '55 (n = 9)', 'n<k']));
    expect(texts.join(' ')).not.toContain('88');
  });

  it('draws one bar per trait with score, n and trend', async () => {
    const texts = svgTexts(
      await renderSvg(
        profileBarsSpec(
          [
            {
              target: { kind: 'trait', key: 'exemplary' },
              label: 'Exemplary',
              score: 72,
              n: 11,
              trend: 'up',
            },
            {
              target: { kind: 'trait', key: 'friendly' },
              label: 'Friendly',
              score: 43,
              n: 2,
              hidden: 'complementary',
              trend: 'down',
            },
          ],
          { locale: 'en', title: 'Leader traits', n: 'n', hidden: hiddenLabels, scoreAxis: 'Score' },
        ),
      ),
    );
    expect(texts).toEqual(expect.arrayContaining(['Leader traits', 'Exemplary', '72 (n = 11) ↑', 'hidden']));
    expect(texts.join(' ')).not.toMatch(/\b43\b/);
  });
});

describe('number formats', () => {
  it('writes numbers as the reader does', () => {
    expect(formatNumber(3.45, 'nl', 1)).toBe('3,5');
    expect(formatNumber(3.45, 'en', 1)).toBe('3.5');
    expect(formatSigned(-4, 'en')).toBe('−4');
    expect(formatSigned(0.2, 'en')).toBe('0');
  });
});
