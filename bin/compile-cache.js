import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Turns on Node's compile cache in the project's `node_modules/.cache`, unless
 * NODE_COMPILE_CACHE names another folder. Node keeps each module's source
 * with its types stripped, and its compiled code, there (an entry is replaced
 * when its file changes): a later run neither strips types again (the type
 * stripper, once loaded, stays in memory for good: about 18 MB) nor compiles
 * from scratch. It is set in the environment too, so that the processes the
 * bot starts (charts, migrations) use it. `npm install` fills it
 * (scripts/warm-compile-cache.ts).
 */
export function useCompileCache() {
  process.env.NODE_COMPILE_CACHE ??= fileURLToPath(
    new URL('../node_modules/.cache/excellence-pulse', import.meta.url),
  );
  // Where it cannot be written (a read-only install), Node runs without it.
  return enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
