/**
 * Run as its own process by `stays-small.test.ts`: draws a leader report's
 * chart the way Slack and Teams do and a dashboard's chart the way the pages
 * do, then prints what was drawn and which chart-drawing packages this
 * process loaded itself.
 */
import { registerHooks } from 'node:module';

const CHART_PACKAGES = /\/node_modules\/(vega|vega-lite|opentype\.js|@resvg\/[^/]+)\//;
const loaded = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    const match = CHART_PACKAGES.exec(resolved.url);
    if (match?.[1]) loaded.add(match[1]);
    return resolved;
  },
});

const { teamReportChart } = await import('../../../adapters/slack/render/report-chart.ts');
const { figureHtml } = await import('../../../adapters/local/render/figures-html.ts');
const { chartProcess, lineChartSpec } = await import('../../../src/charts/index.ts');
const { chartWords } = await import('../../../src/messages/index.ts');
const { html } = await import('../../../adapters/local/render/html.ts');
const { teamReport } = await import('../../slack/fixtures.ts');

const png = await teamReportChart(teamReport('nl'));
const words = chartWords('en');
const page = await figureHtml({
  id: 'engagement',
  title: 'Engagement',
  spec: lineChartSpec(
    [
      { period: 'W1', value: 61, n: 12 },
      { period: 'W2', value: 66, n: 14 },
    ],
    { locale: 'en', title: 'Engagement', n: words.n, valueAxis: words.score, hidden: words.hidden },
  ),
  table: html`<table></table>`,
  text: words,
});
await chartProcess.stop();
process.stdout.write(
  JSON.stringify({
    pngBytes: png?.byteLength ?? 0,
    pageHasChart: String(page).includes('<svg'),
    loaded: [...loaded].sort(),
  }),
);
