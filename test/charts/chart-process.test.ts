import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartProcess, lineChartSpec, type ChartSpec } from '../../src/charts/index.ts';
import { hiddenLabels } from './fixtures.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chartOf(title: string): ChartSpec {
  return lineChartSpec(
    [
      { period: 'W1', value: 60, n: 10 },
      { period: 'W2', value: 64, n: 11 },
    ],
    { locale: 'en', title, n: 'n', valueAxis: 'Score', hidden: hiddenLabels },
    { width: 300, height: 150 },
  );
}

/** Every chart process a test starts, with the ids of the children it started. */
const started: { charts: ChartProcess; pids: (number | undefined)[] }[] = [];

function newChartProcess(options: { idleMs?: number } = {}) {
  const charts = new ChartProcess(options);
  const pids: (number | undefined)[] = [];
  charts.on('start', (pid) => pids.push(pid));
  started.push({ charts, pids });
  return { charts, pids };
}

afterEach(async () => {
  for (const { charts } of started.splice(0)) await charts.stop();
});

describe('the chart process', () => {
  it('draws charts asked for at the same time, each its own, in one process', async () => {
    const { charts, pids } = newChartProcess();
    const [first, second, image, third] = await Promise.all([
      charts.svg(chartOf('Engagement')),
      charts.svg(chartOf('Participation')),
      charts.png(chartOf('Trust'), { scale: 1 }),
      charts.svg(chartOf('Belonging')),
    ]);
    expect(first).toContain('Engagement');
    expect(second).toContain('Participation');
    expect(third).toContain('Belonging');
    expect(first).not.toContain('Participation');
    expect(image.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pids).toHaveLength(1);
  });

  it('ends when it has had nothing to draw for a while, and the next chart starts a new one', async () => {
    const { charts, pids } = newChartProcess({ idleMs: 50 });
    const ended = once(charts, 'exit');
    await charts.svg(chartOf('Engagement'));
    const [code, signal] = await ended;
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    expect(await charts.svg(chartOf('Participation'))).toContain('Participation');
    expect(pids).toHaveLength(2);
    expect(pids[1]).not.toBe(pids[0]);
  });

  it('fails the charts it was drawing when it is killed, with a clear error, and draws the next one', async () => {
    const { charts, pids } = newChartProcess();
    const drawing = [charts.svg(chartOf('Engagement')), charts.png(chartOf('Trust'))];
    process.kill(pids[0] ?? 0, 'SIGKILL');
    for (const chart of drawing) await expect(chart).rejects.toThrow(/chart process ended \(SIGKILL\)/);

    expect(await charts.svg(chartOf('Participation'))).toContain('Participation');
    expect(pids).toHaveLength(2);
  });

  it('answers a chart it cannot draw with the reason, and goes on drawing', async () => {
    const { charts, pids } = newChartProcess();
    const asksForAFile: ChartSpec = {
      data: { url: 'https://example.com/data.json' },
      mark: 'point',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    };
    await expect(charts.svg(asksForAFile)).rejects.toThrow(/must carry their data inline/);
    expect(await charts.svg(chartOf('Engagement'))).toContain('Engagement');
    expect(pids).toHaveLength(1);
  });

  it('fails a chart that takes too long and ends the process drawing it', async () => {
    // No process starts and draws within a millisecond.
    const charts = new ChartProcess({ timeoutMs: 1 });
    started.push({ charts, pids: [] });
    const ended = once(charts, 'exit');
    await expect(charts.svg(chartOf('Engagement'))).rejects.toThrow(/took longer than 0.001 s to draw/);
    const [, signal] = await ended;
    expect(signal).toBe('SIGTERM');
  });

  it('never keeps a program alive once its charts are drawn', async () => {
    const script = fileURLToPath(new URL('./support/draw-one-chart-and-end.ts', import.meta.url));
    // The script's chart process would wait an hour for the next chart; the script ends all the same.
    const { stdout } = await promisify(execFile)(process.execPath, [script]);
    expect(stdout).toBe('drawn');
  });

  it('ends its process when stopped', async () => {
    const { charts } = newChartProcess();
    await charts.svg(chartOf('Engagement'));
    const ended = once(charts, 'exit');
    await charts.stop();
    await ended;
  });
});
