import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerOnePulse, startBot } from '../scripts/smoke.ts';
import { freePort } from '../test/support/free-port.ts';
import { sampleProcess } from './proc.ts';

/**
 * Type stripping against a compiled build, side by side: `tsc` compiles the
 * project as it is (its own tsconfig, which already rewrites `.ts` imports
 * to `.js`) into a temporary folder, and both builds run `excellence-pulse
 * start` in local mode, alternately, `runs` times each: time from spawn to
 * /readyz ready, time for `excellence-pulse help` (load and exit), and the
 * resident set after one pulse answered and 5 s at rest. A third variant is
 * type stripping with V8's young generation capped (`--max-semi-space-size`),
 * the other lever on memory at rest that a process flag gives.
 *
 * One source line stands in the way of a clean compiled build: the
 * migration child is forked by its `.ts` path (src/store/migrate-in-child.ts),
 * a string tsc does not rewrite. The sources are therefore copied beside the
 * build, so that short-lived child still runs by type stripping; the bot
 * itself runs only compiled JavaScript.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEMI_SPACE_MB = 2;

interface Variant {
  readonly name: string;
  readonly bin: string;
  readonly nodeOptions?: string;
}

export async function runBuildBench(runs = 3): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-build-'));
  try {
    const compileStarted = performance.now();
    const compiled = compile(join(dir, 'out'));
    const compileSeconds = (performance.now() - compileStarted) / 1000;
    const variants: Variant[] = [
      { name: 'stripped', bin: join(ROOT, 'bin/excellence-pulse.js') },
      { name: 'compiled', bin: compiled },
      {
        name: 'strippedSemiSpace',
        bin: join(ROOT, 'bin/excellence-pulse.js'),
        nodeOptions: `--max-semi-space-size=${SEMI_SPACE_MB}`,
      },
    ];
    // Once each before measuring, so no variant pays for reading files into the page cache.
    for (const variant of variants) spawnSync(process.execPath, [variant.bin, 'help']);
    const samples = new Map<string, { readyMs: number[]; helpMs: number[]; rssMb: number[] }>();
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        const sample = await measure(variant);
        const kept = samples.get(variant.name) ?? { readyMs: [], helpMs: [], rssMb: [] };
        kept.readyMs.push(sample.readyMs);
        kept.helpMs.push(sample.helpMs);
        kept.rssMb.push(sample.rssMb);
        samples.set(variant.name, kept);
      }
    }
    const figures: Record<string, number | string> = {
      runs,
      compileSeconds: Math.round(compileSeconds * 10) / 10,
      semiSpaceMb: SEMI_SPACE_MB,
    };
    for (const [name, kept] of samples) {
      figures[`${name}.readyMsMedian`] = median(kept.readyMs);
      figures[`${name}.helpMsMedian`] = median(kept.helpMs);
      figures[`${name}.rssMbMedian`] = median(kept.rssMb);
      figures[`${name}.rssMbAll`] = kept.rssMb.join(' ');
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles the project into `out` and lays it out to run there; returns its command line. */
function compile(out: string): string {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const args = ['-p', join(ROOT, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out, '--rootDir', ROOT];
  const result = spawnSync(
    process.execPath,
    [tsc, ...args, '--sourceMap', 'false', '--declaration', 'false'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`tsc failed: ${result.stdout}${result.stderr}`);
  // What tsc does not emit: assets, migrations, package.json (type: module), the installed packages,
  // and the sources for the migration child (see above).
  for (const folder of ['src', 'adapters', 'prisma']) {
    cpSync(join(ROOT, folder), join(out, folder), {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
  }
  cpSync(join(ROOT, 'package.json'), join(out, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  mkdirSync(join(out, 'bin'), { recursive: true });
  const bin = join(out, 'bin/excellence-pulse.js');
  const source = readFileSync(join(ROOT, 'bin/excellence-pulse.js'), 'utf8');
  writeFileSync(bin, source.replace("'../src/cli/main.ts'", "'../src/cli/main.js'"));
  cpSync(join(ROOT, 'bin/at-rest.js'), join(out, 'bin/at-rest.js'));
  return bin;
}

async function measure(variant: Variant): Promise<{ readyMs: number; helpMs: number; rssMb: number }> {
  const env = variant.nodeOptions ? { NODE_OPTIONS: variant.nodeOptions } : {};
  const helpStarted = performance.now();
  const help = spawnSync(process.execPath, [variant.bin, 'help'], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  if (help.status !== 0) throw new Error(`${variant.name}: help failed: ${help.stderr.toString()}`);
  const helpMs = performance.now() - helpStarted;
  const cwd = mkdtempSync(join(tmpdir(), 'pulse-build-run-'));
  const started = performance.now();
  const bot = await startBot(
    await freePort(),
    { DATABASE_URL: 'file:./data/pulse.db', ...env },
    cwd,
    variant.bin,
  );
  try {
    const readyMs = performance.now() - started;
    await answerOnePulse(bot.url);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return {
      readyMs: Math.round(readyMs),
      helpMs: Math.round(helpMs),
      rssMb: sampleProcess(bot.child.pid ?? 0).rssMb,
    };
  } finally {
    await bot.stop();
    rmSync(cwd, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
