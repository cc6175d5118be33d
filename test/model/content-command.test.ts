import { describe, expect, it } from 'vitest';
import { runContentCommand } from '../../src/cli/content-command.ts';
import { CSV_COLUMNS, loadContentBank } from '../../src/model/index.ts';
import { parseCsv, writeTempFile } from './helpers.ts';

async function run(args: string[], contentFile?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runContentCommand(
    args,
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    contentFile === undefined ? {} : { contentFile },
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runContentCommand', () => {
  it.each([
    [['export', '--json']],
    [['export', '--format', 'json']],
    [['export', '--format=json']],
    [['export']],
  ])('prints the bank as JSON for %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const exported = JSON.parse(result.stdout) as { statements: unknown[]; nudges: unknown[] };
    expect(exported.statements).toHaveLength(loadContentBank().statements.length);
  });

  it('prints CSV, with a byte-order mark only when asked', async () => {
    const plain = await run(['export', '--format', 'csv']);
    expect(plain.code).toBe(0);
    expect(parseCsv(plain.stdout)[0]).toEqual([...CSV_COLUMNS]);
    const bom = await run(['export', '--format', 'csv', '--bom']);
    expect(bom.stdout.startsWith('\uFEFFkind,')).toBe(true);
  });

  it.each([
    [[]],
    [['import']],
    [['export', '--format', 'xml']],
    [['export', '--json', '--format', 'csv']],
    [['export', '--format']],
    [['export', '--bom']],
    [['export', '--verbose']],
  ])('prints usage on stderr and exits 2 for %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: excellence-pulse content export/);
  });

  it('prints usage on stdout for help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage:/);
  });

  it('includes the custom content file, and exits 1 with the reason when it is invalid', async () => {
    const good = writeTempFile(
      'good.yaml',
      'translations:\n  statements:\n    - { id: enps, audience: employee, locale: en, text: Would you recommend us as an employer? }\n',
    );
    const ok = await run(['export', '--json'], good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Would you recommend us as an employer?');

    const bad = writeTempFile('bad.yaml', 'nudges:\n  - id: Not An Id\n');
    const failed = await run(['export', '--json'], bad);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(bad);
    expect(failed.stderr).toContain('nudges[0].id:');
  });
});
