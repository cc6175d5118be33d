import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under `dir`, the generated database client left out. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The one place that may name a platform: the list of platform modules. */
const MODULE_LIST = join('src', 'compose', 'platforms.ts');

describe('the shape of the code', () => {
  it('names no chat platform in the core, outside the list of platform modules', () => {
    const naming = sources('src').filter(
      (path) => path !== MODULE_LIST && /slack|microsoft teams|\bteams sdk/i.test(read(path)),
    );
    expect(naming).toEqual([]);
  });

  it('keeps the configuration free of platform variables', () => {
    const naming = sources(join('src', 'config')).filter((path) => /SLACK_|TEAMS_/.test(read(path)));
    expect(naming).toEqual([]);
  });

  it('keeps database calls out of the adapters and the composition root', () => {
    const touching = [...sources('adapters'), ...sources(join('src', 'compose'))].filter((path) =>
      /store\/database\.ts|@prisma\/|\.db\.[a-z]+\.(find|create|update|upsert|delete|count)/i.test(
        read(path),
      ),
    );
    expect(touching.map((path) => relative(ROOT, join(ROOT, path)))).toEqual([]);
  });
});
