/**
 * `npm run bench`: the performance figures the design promises, measured on
 * this machine, printed and written to bench/results/latest.json. Nothing
 * here is a pass/fail test; the figures are for people to read and compare.
 *
 *   npm run bench [-- slack teams storm memory answers answers-100 build simulation coverage scores derivations privacy]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rotationStatements } from '../src/app/open-rounds.ts';
import { simulate } from '../src/app/simulation/simulate.ts';
import { loadContentBank } from '../src/model/index.ts';
import { roundsToCover } from '../test/core/rotation-fixtures.ts';
import { findPostgresBin, startPostgres } from '../test/support/postgres-server.ts';
import { runAnswerPathBench } from './answer-path.ts';
import { runBuildBench } from './build-vs-strip.ts';
import { runDerivationBench } from './derivation-search.ts';
import { runMemoryAfterRoundBench, runMemoryAtRestBench } from './memory-at-rest.ts';
import { runRawFileAttackBench } from './privacy.ts';
import { loadAverage } from './proc.ts';
import { runScoresBench, sqliteBenchUrl } from './scores-bench.ts';
import { runSlackFanoutBench } from './slack-fanout.ts';
import { runTeamsFanoutBench } from './teams-fanout.ts';
import { runSlackStormBench } from './slack-storm.ts';

const out = fileURLToPath(new URL('./results/', import.meta.url));
// A run of some entries keeps the other entries' last figures; each entry says when it was measured.
const previous = existsSync(`${out}latest.json`)
  ? (JSON.parse(readFileSync(`${out}latest.json`, 'utf8')) as Record<string, unknown>)
  : {};
const results: Record<string, unknown> = {};
for (const [name, entry] of Object.entries(previous)) {
  // Files written before entries carried their own date had one date and Node version for all.
  // An entry that has its own is written back as it was, so a run of other entries leaves it unchanged.
  if (entry && typeof entry === 'object') {
    results[name] =
      'measuredAt' in entry ? entry : { measuredAt: previous.measuredAt, node: previous.node, ...entry };
  }
}

/** Runs one entry; the cores are shared, so each entry carries the load average before and after it. */
async function report(name: string, run: () => Promise<object>): Promise<void> {
  const loadAverageBefore = loadAverage();
  const figures = await run();
  const entry = {
    ...figures,
    measuredAt: new Date().toISOString(),
    node: process.version,
    loadAverageBefore,
    loadAverageAfter: loadAverage(),
  };
  results[name] = entry;
  console.log(`\n${name}\n${JSON.stringify(entry, null, 2)}`);
}

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

/** Runs `run` on a PostgreSQL database of a throwaway server, or says why it cannot. */
async function onPostgres<T>(run: (url: string) => Promise<T>): Promise<T | undefined> {
  if (!findPostgresBin()) {
    console.warn('PostgreSQL binaries not found: the PostgreSQL bench was skipped.');
    return undefined;
  }
  const server = await startPostgres();
  try {
    return await run(await server.createDatabase('bench'));
  } finally {
    await server.stop();
  }
}

/** Runs `run` on a fresh SQLite file, removed afterwards. */
async function onSqlite<T>(run: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
  try {
    return await run(`file:${join(dir, 'pulse.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `url`, then the same with -1, -2, … before its extension, one more each call. */
function numbered(url: string): () => string {
  let count = 0;
  return () => (count++ === 0 ? url : url.replace(/\.db$/, `-${count - 1}.db`));
}

// The fan-out runs first: its peak memory is the process's, so nothing heavier may run before it.
if (wanted('slack')) {
  await report(
    'Slack fan-out (10,000 DMs against a loopback stand-in enforcing 1,000 requests/s with 429 + Retry-After)',
    () => runSlackFanoutBench(),
  );
}

if (wanted('teams')) {
  await report(
    'Teams fan-out (10,000 first 1:1 DMs over 10 tenants against a loopback Bot Connector enforcing 50 requests/s per tenant, 7/s and 60/30 s per conversation, with 429 + Retry-After)',
    () => runTeamsFanoutBench({ log: (line) => console.log(line) }),
  );
}

if (wanted('storm')) {
  await report(
    'Slack 429 storm (2,000 keyed DMs at the 5/s chat.postMessage allows, with injected 429s, 5xx and slow answers)',
    () => runSlackStormBench({ log: (line) => console.log(line) }),
  );
}

if (wanted('memory')) {
  await report('memory at rest, local mode (after start-up and one pulse answered)', () =>
    runMemoryAtRestBench('local'),
  );
  await report('memory at rest, Slack mode over HTTP (after start-up)', () => runMemoryAtRestBench('slack'));
  await report(
    'memory at rest, Slack mode over HTTP (after a round of 12 closed and its leader report with chart sent)',
    // Each run on its own file in the same folder.
    () => onSqlite((url) => runMemoryAfterRoundBench(numbered(url))),
  );
}

if (wanted('answers')) {
  const answers = (url: string) => runAnswerPathBench({ databaseUrl: url, log: (line) => console.log(line) });
  await report('answer path on SQLite (signed Slack clicks at 200/s for 30 s to the HTTP receiver)', () =>
    onSqlite(answers),
  );
  const name = 'answer path on PostgreSQL (signed Slack clicks at 200/s for 30 s to the HTTP receiver)';
  if (findPostgresBin()) await report(name, async () => (await onPostgres(answers)) ?? {});
}

// Half the rate, on SQLite: where the answer path stands when one core is not fully taken.
if (wanted('answers-100')) {
  await report('answer path on SQLite (signed Slack clicks at 100/s for 30 s to the HTTP receiver)', () =>
    onSqlite((url) =>
      runAnswerPathBench({ databaseUrl: url, ratePerSecond: 100, log: (line) => console.log(line) }),
    ),
  );
}

if (wanted('build')) {
  await report(
    'start-up and memory at rest: type stripping vs a compiled build (local mode, 5 runs each)',
    () => runBuildBench(5),
  );
}

if (wanted('simulation')) {
  await report('simulation (6 teams, 80 people, 12 weeks)', async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await simulate({ teams: 6, people: 80, weeks: 12, seed: 1 });
    const used = process.cpuUsage(cpu);
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      weeks: outcome.weeks.length,
      pulsesSent: outcome.weeks.reduce((sum, week) => sum + week.sent, 0),
    };
  });
}

if (wanted('coverage')) {
  // The planner's rhythm, not the machine's speed: the figures are the same on any machine.
  await report('coverage (rounds until all employee statements were asked once)', async () => {
    const statements = rotationStatements(loadContentBank());
    const employeeStatements = statements.filter((s) => s.audiences.includes('employee')).length;
    const rounds = Object.fromEntries(
      [5, 8, 15, 40].map((size) => [`members${size}`, roundsToCover(statements, size)]),
    );
    return { employeeStatements, ...rounds };
  });
}

if (wanted('scores')) {
  const sqlite = sqliteBenchUrl();
  try {
    await report('scores on SQLite (1,000 teams × 9 elements × 52 weeks, 1,000,000 answers)', () =>
      runScoresBench(sqlite.url),
    );
  } finally {
    sqlite.cleanup();
  }
  if (findPostgresBin()) {
    await report(
      'scores on PostgreSQL (1,000 teams × 9 elements × 52 weeks, 1,000,000 answers)',
      async () => (await onPostgres((url) => runScoresBench(url))) ?? {},
    );
  }
}

if (wanted('derivations')) {
  await report(
    'derivation search (20,000 generated organisations of up to 8 teams over 4 weeks, every view after every close)',
    async () => runDerivationBench({ organisations: 20_000, maxTeams: 8, maxWeeks: 4, seed: 2026 }),
  );
}

if (wanted('privacy')) {
  await report('privacy: raw-file link attempts after a close (2 teams of 7 people, comments), SQLite', () =>
    onSqlite((url) => runRawFileAttackBench(url)),
  );
  if (findPostgresBin()) {
    await report(
      'privacy: raw-file link attempts after a close (2 teams of 7 people, comments), PostgreSQL',
      async () => (await onPostgres((url) => runRawFileAttackBench(url))) ?? {},
    );
  }
}

mkdirSync(out, { recursive: true });
writeFileSync(`${out}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to bench/results/latest.json`);
