import type { Config } from 'vega-lite';
import { contrastRatio } from './colour-contrast.ts';

/**
 * Fonts the PNG renderer can find offline come first (DejaVu ships with
 * Debian and most Linux distributions); browsers fall back to their own.
 */
export const CHART_FONT = 'DejaVu Sans, Verdana, Helvetica, Arial, sans-serif';

export const CHART_COLORS = {
  primary: '#2f5d8a',
  secondary: '#c2571a',
  hidden: '#d9d9d9',
  hiddenText: '#4a4a4a',
  text: '#1f1f1f',
  muted: '#5a5a5a',
  grid: '#e6e6e6',
  paper: '#ffffff',
} as const;

/**
 * Scores 0–100 in five bands, from dark orange through grey to dark blue:
 * a diverging scale that reads the same with red-green colour blindness
 * (orange and blue stay apart), every band at least 3:1 against the white
 * page, and the figures in a cell drawn in whichever of the text colour or
 * white reaches 4.5:1 on it (test/charts/score-palette.test.ts checks all
 * three).
 */
export const SCORE_BAND_LIMITS = [20, 40, 60, 80] as const;
export const SCORE_BAND_COLORS = ['#7f3b08', '#d4741a', '#949494', '#4393c3', '#2166ac'] as const;

/** The colour of the band a score falls in. */
export function scoreBandColor(score: number): string {
  const band = SCORE_BAND_LIMITS.filter((limit) => score >= limit).length;
  return SCORE_BAND_COLORS[band] ?? SCORE_BAND_COLORS[0];
}

/** The text colour for figures drawn on `background`: the darker or the white, whichever stands out more. */
export function inkOn(background: string): string {
  return contrastRatio(background, CHART_COLORS.text) >= contrastRatio(background, CHART_COLORS.paper)
    ? CHART_COLORS.text
    : CHART_COLORS.paper;
}

/** The look shared by every chart: readable sizes, no animation, white paper. */
export const CHART_CONFIG: Config = {
  font: CHART_FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  title: {
    fontSize: 15,
    fontWeight: 'bold',
    anchor: 'start',
    color: CHART_COLORS.text,
    subtitleFontSize: 12,
  },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    labelColor: CHART_COLORS.text,
    titleColor: CHART_COLORS.text,
    gridColor: CHART_COLORS.grid,
    // Long names are wrapped (axis-labels.ts), never cut off.
    labelLimit: 0,
  },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', labelLimit: 0 },
  text: { fontSize: 11, color: CHART_COLORS.text },
};

/**
 * The spec's title block, spread into a spec. An empty title with no
 * subtitle gives none: a page that already heads the chart (the dashboard)
 * passes '' so the title is not said twice.
 */
export function titleBlock(
  title: string,
  subtitle: string | readonly string[] | undefined,
): {
  title?: { text: string | string[]; subtitle?: string[]; fontSize?: number; fontWeight?: 'normal' };
} {
  const lines = subtitle === undefined ? [] : typeof subtitle === 'string' ? [subtitle] : [...subtitle];
  if (title === '') {
    // Vega-Lite drops a subtitle without a title: the notes become the title, set as plain text.
    return lines.length === 0 ? {} : { title: { text: lines, fontSize: 12, fontWeight: 'normal' } };
  }
  return { title: lines.length > 0 ? { text: title, subtitle: lines } : { text: title } };
}
