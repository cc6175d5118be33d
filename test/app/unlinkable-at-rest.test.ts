import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { tick } from '../../src/app/tick.ts';
import { tokenDigest, type DigestPurpose } from '../../src/app/token-digests.ts';
import { sqlitePath } from '../../src/store/provider.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** Every value in raw bytes that looks like a token, a digest or an id: what an attacker carves first. */
function carve(bytes: Buffer): Set<string> {
  const text = bytes.toString('latin1');
  return new Set(
    text.match(/[A-Za-z0-9_-]{32,43}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g),
  );
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The raw files of the database behind `url`, as a copy taken now would hold them. */
async function rawFiles(url: string): Promise<{ all: Buffer[]; table(name: string): Promise<Buffer> }> {
  if (!url.startsWith('postgres')) {
    const path = sqlitePath(url);
    const all = [path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file));
    return { all, table: async () => Buffer.concat(all) };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CHECKPOINT'); // what is in shared buffers reaches the files
    const dataDir =
      (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory ?? '';
    const dbOid = (
      await client.query<{ oid: number }>('SELECT oid FROM pg_database WHERE datname = current_database()')
    ).rows[0]?.oid;
    const tablePaths = new Map<string, string>();
    for (const name of ['Participation', 'Answer', 'Comment']) {
      const row = await client.query<{ path: string }>(`SELECT pg_relation_filepath('"${name}"') AS path`);
      tablePaths.set(name, join(dataDir, row.rows[0]?.path ?? ''));
    }
    const all = [
      ...filesUnder(join(dataDir, 'base', String(dbOid))),
      ...filesUnder(join(dataDir, 'pg_wal')),
    ].map((file) => readFileSync(file));
    return { all, table: async (name) => readFileSync(tablePaths.get(name) ?? '') };
  } finally {
    await client.end();
  }
}

describeEachDatabase('a closed round cannot be linked to people from the database files', (database) => {
  let app: AppFixture;
  let url = '';
  let seeded: AnsweredRounds;
  let answeredOrder: string[] = [];

  beforeAll(async () => {
    url = await database.fresh();
    app = await appFixture(url);
    seeded = await answeredRounds(app, ['ops', 'sales'], { size: 7, commenters: 3 });
    const physical = database.provider === 'sqlite' ? 'rowid' : 'ctid';
    answeredOrder = (
      await app.ctx.db.$queryRawUnsafe<{ statementId: string; value: number | null }[]>(
        `SELECT "statementId", "value" FROM "Answer" ORDER BY "roundId", ${physical}`,
      )
    ).map((row) => `${row.statementId}=${row.value}`);
    await tick(app.ctx, ROUNDS_CLOSED);
  }, 120_000);

  it('no copy of the files holds a card token: it lived only in the people’s messages', async () => {
    const files = await rawFiles(url);
    const carved = new Set(files.all.flatMap((bytes) => [...carve(bytes)]));
    expect(seeded.tokens.length).toBe(14);
    expect(seeded.tokens.filter((token) => carved.has(token))).toEqual([]);
  });

  it('no value joins a ledger row to an answer or a comment', async () => {
    const files = await rawFiles(url);
    const ledger = carve(await files.table('Participation'));
    const answers = new Set([...carve(await files.table('Answer')), ...carve(await files.table('Comment'))]);
    const shared = [...ledger].filter((value) => answers.has(value));
    // Rounds and teams are what answers are counted by; anything else in common would be a link.
    const rounds = await app.ctx.db.round.findMany({ select: { id: true, teamId: true } });
    const allowed = new Set(rounds.flatMap((round) => [round.id, round.teamId]));
    if (database.provider === 'sqlite') {
      expect(ledger.size).toBeGreaterThan(0); // the carving finds the ledger's ids at all
      return; // one file: the check below, digest by digest, is the stricter one here
    }
    expect(shared.filter((value) => !allowed.has(value))).toEqual([]);
  });

  it('on SQLite, no digest of any token survives in the file, its WAL or its free pages', async () => {
    if (database.provider !== 'sqlite') return;
    const files = await rawFiles(url);
    const carved = new Set(files.all.flatMap((bytes) => [...carve(bytes)]));
    const purposes: DigestPurpose[] = ['ledger', 'answer', 'comment'];
    const digests = seeded.tokens.flatMap((token) =>
      purposes.map((purpose) => tokenDigest(app.ctx.settings.digestSecret, purpose, token)),
    );
    // Without secure_delete and the checkpoint after close, old pages in the WAL and free pages hold them.
    expect(digests.filter((digest) => carved.has(digest))).toEqual([]);
  });

  it('nothing left after close orders a person’s answers', async () => {
    const physical = database.provider === 'sqlite' ? 'rowid' : 'ctid';
    const closedOrder = (
      await app.ctx.db.$queryRawUnsafe<{ statementId: string; value: number | null }[]>(
        `SELECT "statementId", "value" FROM "Answer" ORDER BY "roundId", ${physical}`,
      )
    ).map((row) => `${row.statementId}=${row.value}`);
    expect([...closedOrder].sort()).toEqual([...answeredOrder].sort());
    expect(closedOrder).not.toEqual(answeredOrder); // rewritten in random order, not the order answered
    const ledger = await app.ctx.db.participation.findMany();
    expect(ledger.filter((row) => row.sentAt || row.remindAt || row.remindedAt || row.messageRef)).toEqual(
      [],
    );
    const rotation = await app.ctx.db.rotationState.findMany();
    for (const state of rotation) {
      const ids = JSON.parse(state.askedIds) as string[];
      expect(ids).toEqual([...ids].sort());
    }
    if (database.provider === 'postgresql') {
      const vacuumed = await app.ctx.db.$queryRawUnsafe<{ n: bigint | number }[]>(
        `SELECT COUNT(*) AS n FROM pg_stat_user_tables WHERE relname IN ('Answer', 'Comment', 'Participation') AND last_vacuum IS NOT NULL`,
      );
      expect(Number(vacuumed[0]?.n)).toBe(3);
    }
  });
});
