/**
 * Fills Node's compile cache (bin/compile-cache.js) with every module of the
 * bot, after `npm install`: the bot's first start then loads them stripped
 * and compiled already, and never loads the type stripper, which would stay
 * in its memory until the next restart. Loading a module runs its top level,
 * which only declares things, except in the two entry points of the
 * processes the bot starts; those are left for their first run. A module that
 * cannot load here (a dependency left out of the install) is skipped: the
 * cache only saves time and memory.
 */
import { flushCompileCache } from 'node:module';
import { globSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { useCompileCache } from '../bin/compile-cache.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Entry points of child processes: loading them starts the child's work. */
const ENTRY_POINTS = new Set(['src/charts/chart-child.ts', 'src/store/migrate-child.ts']);

useCompileCache();
let loaded = 0;
for (const file of globSync('{src,adapters}/**/*.ts', { cwd: ROOT }).sort()) {
  if (ENTRY_POINTS.has(file)) continue;
  try {
    await import(pathToFileURL(`${ROOT}${file}`).href);
    loaded += 1;
  } catch {
    // See above: skipped.
  }
}
flushCompileCache();
console.log(`excellence-pulse: ${loaded} modules compiled into ${process.env.NODE_COMPILE_CACHE}`);
