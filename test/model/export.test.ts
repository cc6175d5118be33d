import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/model/csv.ts';
import {
  CSV_COLUMNS,
  buildContentExport,
  exportContentCsv,
  exportContentJson,
  loadContentBank,
} from '../../src/model/index.ts';
import { parseCsv, writeTempFile } from './helpers.ts';

const bank = loadContentBank();

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
  });

  it('round-trips any text through the reader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it('has one row per statement wording and per nudge field, all parseable', () => {
    const rows = parseCsv(exportContentCsv(bank));
    const [header, ...body] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const row of body) expect(row).toHaveLength(CSV_COLUMNS.length);

    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const statementRows = body.filter((row) => row[column('kind')] === 'statement');
    const wordings = bank.statements.reduce((n, s) => n + Object.keys(s.text).length, 0);
    expect(statementRows).toHaveLength(wordings);
    expect(body.filter((row) => row[column('kind')] === 'nudge')).toHaveLength(bank.nudges.length * 3);

    const trait = statementRows.find(
      (row) => row[column('id')] === 'trait.friendly' && row[column('audience')] === 'leader',
    );
    expect(trait?.[column('element')]).toBe('leadership');
    expect(trait?.[column('source')]).toBe('3.2');
    expect(trait?.[column('en')]).toBe("I'm kind and easy to approach.");
    expect(trait?.[column('nl')]).toBe('Ik ben vriendelijk en makkelijk aan te spreken.');
  });

  it('keeps commas and quotes in custom texts intact', () => {
    const tricky = 'We say "thanks", always, even when busy.';
    const file = writeTempFile(
      'tricky.yaml',
      `statements:
  - id: acme.tricky
    target: { kind: element, key: culture }
    text: { employee: { en: '${tricky}', nl: 'We zeggen "dank je", altijd.' } }
`,
    );
    const rows = parseCsv(exportContentCsv(loadContentBank({ customFile: file })));
    const row = rows.find((r) => r[1] === 'acme.tricky');
    expect(row?.[CSV_COLUMNS.indexOf('en')]).toBe(tricky);
    expect(row?.[CSV_COLUMNS.indexOf('nl')]).toBe('We zeggen "dank je", altijd.');
  });
});

describe('JSON export', () => {
  it('contains the whole model, every statement and every nudge', () => {
    const exported = JSON.parse(exportContentJson(bank)) as ReturnType<typeof buildContentExport>;
    expect(exported.locales).toEqual(['en', 'nl']);
    expect(exported.elements).toEqual(bank.elements);
    expect(exported.traits).toEqual(bank.traits);
    expect(exported.facets).toEqual(bank.facets);
    expect(exported.values).toEqual(bank.values);
    expect(exported.levels).toEqual(bank.levels);
    expect(exported.scaleLabels).toEqual(bank.scaleLabels);
    expect(exported.statements.map((s) => s.id)).toEqual(bank.statements.map((s) => s.id));
    expect(exported.nudges.map((n) => n.id)).toEqual(bank.nudges.map((n) => n.id));
  });

  it("spells out each statement's element and audiences", () => {
    const exported = buildContentExport(bank);
    expect(exported.statements.find((s) => s.id === 'uc-1.4-needs')).toMatchObject({
      element: 'understanding-customers',
      target: { kind: 'element', key: 'understanding-customers' },
      source: '1.4',
      phase: 'implementation',
      audiences: ['employee', 'leader'],
    });
    expect(exported.statements.find((s) => s.id === 'value.open.desired')).toMatchObject({
      element: 'culture',
      variant: 'desired',
    });
    expect(exported.statements.find((s) => s.id === 'enps')).not.toHaveProperty('element');
  });
});
