/**
 * `npm run bench`: the performance figures the design promises, measured on
 * this machine, printed and written to bench/results/latest.json. Nothing
 * here is a pass/fail test; the figures are for people to read and compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/app/simulation/simulate.ts';
import { findPostgresBin, startPostgres } from '../test/support/postgres-server.ts';
import { runMemoryAtRestBench } from './memory-at-rest.ts';
import { runScoresBench, sqliteBenchUrl } from './scores-bench.ts';
import { runSlackFanoutBench } from './slack-fanout.ts';

const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };
const report = (name: string, figures: unknown) => {
  results[name] = figures;
  console.log(`\n${name}\n${JSON.stringify(figures, null, 2)}`);
};

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

// The fan-out runs first: its peak memory is the process's, so nothing heavier may run before it.
if (wanted('slack')) {
  report(
    'Slack fan-out (10,000 DMs against a loopback stand-in enforcing 1,000 requests/s with 429 + Retry-After)',
    await runSlackFanoutBench(),
  );
}

if (wanted('memory')) {
  report(
    'memory at rest, local mode (after start-up and one pulse answered)',
    await runMemoryAtRestBench('local'),
  );
  report('memory at rest, Slack mode over HTTP (after start-up)', await runMemoryAtRestBench('slack'));
}

if (wanted('simulation')) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await simulate({ teams: 6, people: 80, weeks: 12, seed: 1 });
  const used = process.cpuUsage(cpu);
  report('simulation (6 teams, 80 people, 12 weeks)', {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    weeks: outcome.weeks.length,
    pulsesSent: outcome.weeks.reduce((sum, week) => sum + week.sent, 0),
  });
}

if (wanted('scores')) {
  const sqlite = sqliteBenchUrl();
  try {
    report(
      'scores on SQLite (1,000 teams × 9 elements × 52 weeks, 1,000,000 answers)',
      await runScoresBench(sqlite.url),
    );
  } finally {
    sqlite.cleanup();
  }
  if (findPostgresBin()) {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('bench');
      report(
        'scores on PostgreSQL (1,000 teams × 9 elements × 52 weeks, 1,000,000 answers)',
        await runScoresBench(url),
      );
    } finally {
      await server.stop();
    }
  } else {
    console.warn('PostgreSQL binaries not found: the PostgreSQL scores bench was skipped.');
  }
}

const out = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to bench/results/latest.json`);
