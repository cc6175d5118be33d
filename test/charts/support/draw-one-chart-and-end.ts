/**
 * Run as its own process by `chart-process.test.ts`: draws one chart with a
 * chart process that would wait an hour for the next, and ends. It only ends
 * if the idle chart process does not keep it alive.
 */
import { ChartProcess, lineChartSpec } from '../../../src/charts/index.ts';
import { hiddenLabels } from '../fixtures.ts';

const charts = new ChartProcess({ idleMs: 3_600_000 });
const svg = await charts.svg(
  lineChartSpec([{ period: 'W1', value: 60, n: 10 }], {
    locale: 'en',
    title: 'Engagement',
    n: 'n',
    valueAxis: 'Score',
    hidden: hiddenLabels,
  }),
);
process.stdout.write(svg.includes('Engagement') ? 'drawn' : 'not drawn');
