import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'adapters/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Lists the files that reach the wall clock, for CI's reruns at other dates.
    setupFiles: ['test/support/wall-clock-trace.ts'],
    // Room for three files at once on two busy cores; a passing test never comes near it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most files wait on servers, child processes and paced senders rather
    // than on the CPU, so more files run at once than there are cores (the
    // default is one fewer than the cores: a single file at a time on two).
    maxWorkers: Math.max(3, availableParallelism()),
    // In CI every test is listed, so the log shows that both database suites ran.
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
