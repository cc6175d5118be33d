import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/excellence-pulse.js', import.meta.url));

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Env for a child process: the test's own variables cannot leak into the
 * config. A moved clock (CI's faketime runs) is passed on, so the bot
 * processes a test starts live at the same date as the test.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clock = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name === 'LD_PRELOAD' || name.startsWith('FAKETIME')),
  );
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'warn',
    ...clock,
    ...extra,
  };
}

/** Starts the real command line, as a user would, in `cwd`. */
export function startCli(args: string[], env: Record<string, string>, cwd: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

export async function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<Finished> {
  return finished(startCli(args, env, cwd));
}
