import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { shiftPeriod } from '../../src/core/periods.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { teamStatementStats } from '../../src/store/answer-stats.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';

/** Twelve weeks after the demo's history starts: a Monday, its ISO week the as-of week. */
const NOW = new Date('2026-11-30T08:00:00Z');
const AS_OF = '2026-W49';
const bank = loadContentBank();
const elementOf = new Map(
  bank.statements.map((s) => [s.id, s.target.kind === 'element' ? s.target.key : null]),
);

/** The rows of the table captioned `caption`: each row's header cell, then its cells' inner HTML. */
function tableRows(page: string, caption: string): { label: string; cells: string[] }[] {
  const table = [...page.matchAll(/<table>([\s\S]*?)<\/table>/g)]
    .map((m) => m[1] ?? '')
    .find((body) => new RegExp(`<caption>\\s*${caption}\\s*</caption>`).test(body));
  if (!table) throw new Error(`no table "${caption}" on the page`);
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => ({
    label: /<th scope="row">([\s\S]*?)<\/th>/.exec(row[1] ?? '')?.[1]?.trim() ?? '',
    cells: [...(row[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => (cell[1] ?? '').trim()),
  }));
}

const hiddenAs = (cell: string) => /data-hidden="([a-z_]+)"/.exec(cell)?.[1];

describe('a demo team’s dashboard after twelve weeks', () => {
  let app: RunningApp;
  let page: string;
  let csv: string;
  let asked: Map<string, Set<string>>;

  beforeAll(async () => {
    const dir = tempDir('pulse-rolling-');
    app = await startLocalApp(`file:${join(dir, 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, 12);
    const oliver = (await peopleOf(app))('oliver');
    const teamId = oliver.teams[0]?.teamId ?? '';
    page = await (await fetch(`${app.url}/dashboard/teams/${teamId}?as=${oliver.id}`)).text();
    csv = await (await fetch(`${app.url}/dashboard/teams/${teamId}/csv?as=${oliver.id}`)).text();
    // Which weeks asked each element, read from the store, not from the report.
    asked = new Map();
    for (const row of await teamStatementStats(app.store.db, teamId)) {
      const element = elementOf.get(row.statementId);
      if (!element || row.answered === 0) continue;
      asked.set(element, (asked.get(element) ?? new Set()).add(row.week));
    }
  }, 300_000);

  afterAll(() => app?.stop());

  const label = (key: string) => bank.elements.find((e) => e.key === key)?.name.en ?? key;

  it('says the window and as-of date every score pools', () => {
    expect(page).toContain('Each score pools the rounds of the 12 weeks up to');
    expect(page).toContain('30 November 2026');
  });

  it('shows every element asked in the window with its n, rounds and statements, never "no data"', () => {
    const rows = tableRows(page, 'The nine building blocks');
    let shown = 0;
    for (const [element, weeks] of asked) {
      if (![...weeks].some((week) => week > shiftPeriod(AS_OF, -12))) continue;
      const row = rows.find((r) => r.label === label(element));
      const [score = '', , n = '', rounds = '', statements = ''] = row?.cells ?? [];
      // Asked means shown, or hidden under k with that reason: never "no data" or "not asked".
      expect({ element, hidden: hiddenAs(score) ?? 'shown' }).toEqual({
        element,
        hidden: expect.stringMatching(/^(shown|below_k)$/),
      });
      if (hiddenAs(score) !== undefined) continue;
      shown++;
      // n counts the answers behind the score, which is shown only from k of them.
      expect(Number(n)).toBeGreaterThanOrEqual(TEST_SETTINGS.k);
      expect(Number(rounds)).toBeGreaterThanOrEqual(1);
      expect(Number(statements)).toBeGreaterThanOrEqual(1);
    }
    expect(shown).toBe(bank.elements.length);
  });

  it('marks a four-week period "not asked" only where no round in it asked the element', () => {
    const rows = tableRows(page, 'Scores over time');
    // Four-week periods ending with the as-of week, back to the first round (weeks 34–49 here).
    const periods = [-12, -8, -4, 0].map((offset) => shiftPeriod(AS_OF, offset));
    let shown = 0;
    for (const element of bank.elements) {
      const row = rows.find((r) => r.label === label(element.key));
      expect(row?.cells).toHaveLength(periods.length);
      row?.cells.forEach((cell, i) => {
        const to = periods[i] ?? '';
        const from = shiftPeriod(to, -3);
        const askedThen = [...(asked.get(element.key) ?? [])].some((week) => week >= from && week <= to);
        const hidden = hiddenAs(cell);
        expect({ element: element.key, to, hidden: hidden === 'not_asked' }).toEqual({
          element: element.key,
          to,
          hidden: !askedThen,
        });
        expect(hidden).not.toBe('no_data');
        if (hidden === undefined) shown++;
      });
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('exports each score with its n, rounds, statements and window, and each period of scores over time', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain(
      'hidden_reason,rounds,statements,window_weeks,as_of_week,window_from,window_to',
    );
    const innovation = lines.find((line) => line.startsWith('elements,Field Service,innovation,'));
    expect(innovation).toMatch(
      /^elements,Field Service,innovation,Innovation,\d+,\d+,\d+,,\d+,\d+,12,2026-W49,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d$/,
    );
    const periods = lines.filter((line) => line.startsWith('history,Field Service,monitoring,'));
    expect(periods).toHaveLength(4);
    expect(
      periods.some((line) => /,not_asked,,,4,2026-W49,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d$/.test(line)),
    ).toBe(true);
  });
});
