import type { enableCompileCache } from 'node:module';

/** See compile-cache.js. */
export function useCompileCache(): ReturnType<typeof enableCompileCache>;
