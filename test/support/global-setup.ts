import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres, type PostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the throwaway PostgreSQL server, or '' when its binaries are missing. */
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

/** One throwaway PostgreSQL cluster for the whole run; each test file makes its own databases on it. */
export async function setup(project: TestProject): Promise<void> {
  if (!findPostgresBin()) {
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! PostgreSQL server binaries not found: the PostgreSQL suites are SKIPPED.\n!! Install them (apt-get install postgresql) to run every store test on both databases.\n${line}\n`,
    );
    project.provide('postgresUrl', '');
    return;
  }
  server = await startPostgres();
  console.log(`PostgreSQL test server on 127.0.0.1:${server.port}: the PostgreSQL suites run.`);
  project.provide('postgresUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
