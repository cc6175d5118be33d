import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerOnePulse, startBot, type RunningBot } from '../scripts/smoke.ts';
import { startSlackStandin } from './slack-standin.ts';

/**
 * Memory at rest: the resident set (VmRSS) of a real `excellence-pulse
 * start` process, settled after start-up (and, in local mode, one pulse sent
 * and answered through the playground's routes). Goal: < 150 MB per mode.
 */
export async function runMemoryAtRestBench(mode: 'local' | 'slack'): Promise<Record<string, number>> {
  const cwd = mkdtempSync(join(tmpdir(), 'pulse-memory-'));
  const standin = mode === 'slack' ? await startSlackStandin({ ratePerSecond: 1000 }) : undefined;
  const env: Record<string, string> = { DATABASE_URL: 'file:./data/pulse.db' };
  if (standin) {
    Object.assign(env, {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
      SLACK_API_URL: `${standin.url}/api/`,
      ENCRYPTION_KEY: 'k'.repeat(43) + '=',
    });
  }
  const started = performance.now();
  let bot: RunningBot | undefined;
  try {
    bot = await startBot(3990, env, cwd);
    const readyMs = performance.now() - started;
    if (mode === 'local') await answerOnePulse(bot.url);
    // Let start-up garbage be collected the way it would be on an idle server.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return { readyMs: Math.round(readyMs), rssMb: rssMb(bot.child.pid ?? 0) };
  } finally {
    await bot?.stop();
    await standin?.close();
    rmSync(cwd, { recursive: true, force: true });
  }
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}
