// How a long-running bot keeps its memory small at rest (README, "Memory at rest"). glibc reads
// its malloc settings only when a process starts, so `start` replaces itself once, in place (same
// process id, same standard streams), with them in its environment:
// - two malloc arenas instead of one per thread that ever allocated;
// - blocks of 32 KB and more (V8's compiler zones, mostly) mapped on their own and handed back
//   when freed, and free memory at the top of the heap returned from 32 KB on, where glibc would
//   otherwise keep the holes the start-up's compilation leaves (measured: 40–50 MB at rest);
// - V8's young generation capped at 2 MB per half instead of the 2 × 32 MB it grows to at start.
// A setting already given is left as it is; with all of them given, nothing is replaced.
const ALLOCATOR = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '32768', MALLOC_TRIM_THRESHOLD_: '32768' };
const YOUNG_GENERATION = '--max-semi-space-size=2';

/** Restarts this process with the settings above when they are missing; returns when nothing is to be done. */
export function restartWithAtRestSettings() {
  // Other platforms' allocators do not read these (`npm start` passes the V8 flag everywhere);
  // Node before 22.15 cannot replace its process.
  if (process.platform !== 'linux' || typeof process.execve !== 'function') return;
  const missing = Object.entries(ALLOCATOR).filter(([name]) => !(name in process.env));
  const nodeOptions = process.env.NODE_OPTIONS ?? '';
  const v8Flags = [...process.execArgv, nodeOptions].some((flag) => flag.includes('--max-semi-space-size'))
    ? []
    : [YOUNG_GENERATION];
  if (missing.length === 0 && v8Flags.length === 0) return;
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...v8Flags, ...process.argv.slice(1)],
    { ...process.env, ...Object.fromEntries(missing) },
  );
}
