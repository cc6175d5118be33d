/**
 * The start-up smoke test CI runs on a clean install with production
 * dependencies only (as the Docker image is built): `excellence-pulse start`
 * in local mode until /readyz says ready, then one pulse sent and answered
 * through the playground's own HTTP routes, as the page does it.
 *
 *   node scripts/smoke.ts [--port 3979]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/excellence-pulse.js', import.meta.url));

export interface RunningBot {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the real command line with `env` on top of PATH and HOME, and waits for /readyz.
 * `bin` is another build of the command line (the bench compares a compiled one).
 */
export async function startBot(
  port: number,
  env: Record<string, string>,
  cwd: string,
  bin: string = BIN,
): Promise<RunningBot> {
  const child = spawn(process.execPath, [bin, 'start'], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the bot exited during start-up (${code})`))),
  );
  exited.catch(() => undefined);
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([waitUntilReady(url), exited]);
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url}/readyz never said ready`);
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * As the first person in a team, moves the playground's clock until their
 * pulse arrives, then answers the first statement of their card. Returns
 * who answered what.
 */
export async function answerOnePulse(url: string): Promise<string> {
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { people } = await call<{ people: { id: string; teams: unknown[] }[] }>(`${url}/api/people`);
  const member = people.find((person) => person.teams.length > 0);
  if (!member) throw new Error('the playground has no one in a team');
  await call(`${url}/api/clock/next-send`, json({ as: member.id }));
  const as = encodeURIComponent(member.id);
  const { conversations } = await call<{ conversations: { id: string; kind: string }[] }>(
    `${url}/api/conversations?as=${as}`,
  );
  const direct = conversations.find((conversation) => conversation.kind === 'direct');
  if (!direct) throw new Error(`${member.id} has no DM with the bot`);
  const { messages } = await call<{ messages: { id?: string; html?: string }[] }>(
    `${url}/api/conversations/${encodeURIComponent(direct.id)}/messages?as=${as}`,
  );
  for (const message of messages) {
    const text = JSON.stringify(message);
    const messageId = /data-message-id=\\?"([^"\\]+)/.exec(text)?.[1];
    const statementId = /data-action=\\?"answer\\?"[^>]*?data-statement=\\?"([^"\\]+)/.exec(text)?.[1];
    if (!messageId || !statementId) continue;
    const answered = await call<{ ok: boolean }>(
      `${url}/api/actions`,
      json({ type: 'answer', as: member.id, messageId, statementId, value: 4 }),
    );
    if (answered.ok) return `${member.id} answered ${statementId}`;
  }
  throw new Error('no pulse card to answer was found in the playground');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = process.argv.indexOf('--port');
  const port = index >= 0 ? Number(process.argv[index + 1]) : 3979;
  const cwd = mkdtempSync(join(tmpdir(), 'pulse-smoke-'));
  const started = performance.now();
  const bot = await startBot(port, { DATABASE_URL: 'file:./data/pulse.db' }, cwd);
  try {
    const ready = Math.round(performance.now() - started);
    console.log(`smoke: ready in ${ready} ms on Node ${process.version}; ${await answerOnePulse(bot.url)}`);
  } finally {
    await bot.stop();
    rmSync(cwd, { recursive: true, force: true });
  }
}
