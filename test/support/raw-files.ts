import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { tokenDigest, type DigestPurpose } from '../../src/app/token-digests.ts';
import type { Db } from '../../src/store/database.ts';
import { sqlitePath } from '../../src/store/provider.ts';

/**
 * The attack of someone holding a copy of the database files: carve every
 * token-, digest- or id-like value out of the raw bytes and try to join
 * them. Used by test/app/unlinkable-at-rest.test.ts and the privacy bench.
 */

/** Every value in raw bytes that looks like a token, a digest or an id: what an attacker carves first. */
export function carve(bytes: Buffer): Set<string> {
  const text = bytes.toString('latin1');
  return new Set(
    text.match(/[A-Za-z0-9_-]{32,43}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g),
  );
}

/** Whether an error says the file is gone: the server removes files (caches, temporary files) while we walk. */
function isGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The bytes of a file, or none when it is not there (any more). */
function readIfPresent(path: string): Buffer[] {
  try {
    return [readFileSync(path)];
  } catch (error) {
    if (isGone(error)) return [];
    throw error;
  }
}

/** The bytes of every file under `dir`, as a copy taken now would hold them: a file removed meanwhile is not in the copy. */
function filesUnder(dir: string): Buffer[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (isGone(error)) return [];
    throw error;
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? filesUnder(path) : readIfPresent(path);
    } catch (error) {
      if (isGone(error)) return [];
      throw error;
    }
  });
}

/** The raw files of the database behind `url`, as a copy taken now would hold them. */
export async function rawFiles(
  url: string,
): Promise<{ all: Buffer[]; table(name: string): Promise<Buffer> }> {
  if (!url.startsWith('postgres')) {
    const path = sqlitePath(url);
    const all = [path, `${path}-wal`].flatMap(readIfPresent);
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
    for (const name of ['Participation', 'Answer', 'Comment', 'Job']) {
      const row = await client.query<{ path: string }>(`SELECT pg_relation_filepath('"${name}"') AS path`);
      tablePaths.set(name, join(dataDir, row.rows[0]?.path ?? ''));
    }
    const all = [...filesUnder(join(dataDir, 'base', String(dbOid))), ...filesUnder(join(dataDir, 'pg_wal'))];
    return { all, table: async (name) => readFileSync(tablePaths.get(name) ?? '') };
  } finally {
    await client.end();
  }
}

/** What the attack tried and what it found: every attempt is one value looked up in the carved files. */
export interface LinkAttack {
  readonly attempts: number;
  readonly links: number;
}

/**
 * Every join the files could offer after a close: a card token found
 * anywhere, a keyed digest of one found anywhere (on SQLite, where a close
 * leaves none), and a value other than a round or team id shared by the
 * ledger and the answers or comments (on PostgreSQL, table by table).
 */
export async function attackRawFiles(
  url: string,
  db: Db,
  tokens: readonly string[],
  digestSecret: string | undefined,
): Promise<LinkAttack> {
  const files = await rawFiles(url);
  const carved = new Set(files.all.flatMap((bytes) => [...carve(bytes)]));
  const purposes: DigestPurpose[] = ['ledger', 'answer', 'comment'];
  const digests = url.startsWith('postgres')
    ? []
    : tokens.flatMap((token) => purposes.map((purpose) => tokenDigest(digestSecret, purpose, token)));
  const ledger = url.startsWith('postgres') ? [...carve(await files.table('Participation'))] : [];
  const answers = new Set([...carve(await files.table('Answer')), ...carve(await files.table('Comment'))]);
  const rounds = await db.round.findMany({ select: { id: true, teamId: true } });
  const allowed = new Set(rounds.flatMap((round) => [round.id, round.teamId]));
  const found = [
    ...tokens.filter((token) => carved.has(token)),
    ...digests.filter((digest) => carved.has(digest)),
    ...ledger.filter((value) => answers.has(value) && !allowed.has(value)),
  ];
  return { attempts: tokens.length + digests.length + ledger.length, links: found.length };
}
