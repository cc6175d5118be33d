import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import type { RunningApp } from '../../src/main.ts';
import { databaseUrlIn, describeEachDatabase } from '../support/databases.ts';
import { startSlackBot } from '../support/slack-bot.ts';
import { middayZone } from '../support/midday-zone.ts';
import { cardOf, signedClick, type PostedCard } from '../support/slack-cards.ts';
import { startWorkspaceStandin, type WorkspaceStandin } from '../support/slack-workspace-standin.ts';
import { until } from '../support/wait-until.ts';

const TEAM_ID = 'T0BURST';
const CHANNEL = 'C0BURST';
const SIGNING_SECRET = 'c'.repeat(32);
const MEMBERS = Array.from({ length: 13 }, (_, i) => `U${String(i).padStart(6, '0')}`);
const LEADER = MEMBERS[0] ?? '';

/**
 * Many people answer at once through Slack's HTTP entry while the bot's
 * other work goes on beside them, some of it failing and rolling back. Every
 * acknowledged click must leave exactly its own answer: none lost with
 * someone else's rollback, none stored twice.
 */
describeEachDatabase('a burst of answer clicks through the Slack HTTP receiver', (database) => {
  let app: RunningApp;
  let standin: WorkspaceStandin;
  let dir: string;
  let cards: PostedCard[] = [];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const schedule = middayZone(new Date());
    standin = await startWorkspaceStandin({
      teamId: TEAM_ID,
      channel: CHANNEL,
      members: MEMBERS,
      timeZone: schedule.zone,
      ratePerSecond: 1000,
      latencyMs: 1,
    });
    dir = mkdtempSync(join(tmpdir(), 'pulse-burst-'));
    const url = await databaseUrlIn(database, dir);
    app = await startSlackBot({
      dir,
      url,
      env: {
        SLACK_BOT_TOKEN: 'xoxb-burst',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standin.apiUrl('bot'),
        SLACK_DM_VIA: 'user-id',
      },
    });
    const io = { stdout: () => {}, stderr: () => {} };
    const added = await runTeamCommand(
      ['add', '--name', 'Burst', '--channel', CHANNEL, '--leader', LEADER, '--weekday'].concat(
        String(schedule.weekday),
        '--time',
        schedule.time,
        '--tz',
        schedule.zone,
      ),
      app.store.db,
      io,
    );
    expect(added).toBe(0);
    const db = app.store.db;
    await until('the members to be synced', 60, async () => {
      await app.tick();
      return (await db.membership.count({ where: { leftAt: null } })) === MEMBERS.length ? true : undefined;
    });
    // Everyone works today, and the team's round is due now.
    await db.person.updateMany({ data: { workingDays: '1,2,3,4,5,6,7' } });
    await db.schedule.updateMany({ data: { nextRunAt: schedule.startsAt } });
    await until('every pulse card to be posted', 60, async () => {
      await app.tick();
      return standin.posted.filter((post) => post.channel.startsWith('D')).length >= MEMBERS.length
        ? true
        : undefined;
    });
    cards = standin.posted
      .filter((post) => post.channel.startsWith('D') && post.channel !== `D${LEADER.slice(1)}`)
      .map(cardOf)
      .filter((card) => card !== undefined);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await standin?.close();
    nock.cleanAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'stores every acknowledged answer exactly once, while other work beside it rolls back',
    { timeout: 90_000 },
    async () => {
      const db = app.store.db;
      const clicks = cards.flatMap((card) => card.buttons.map((button) => ({ card, button })));
      expect(clicks.length).toBeGreaterThanOrEqual(40);
      const team = await db.team.findFirstOrThrow({ where: { name: 'Burst' } });

      // Beside the clicks, work that writes and then fails, as a job that loses a race does.
      let burstDone = false;
      const failing = (async () => {
        let rolledBack = 0;
        while (!burstDone) {
          await db
            .$transaction(async (tx) => {
              await tx.team.update({ where: { id: team.id }, data: { name: 'Renamed by failed work' } });
              await new Promise((resolve) => setTimeout(resolve, 10));
              throw new Error('this work failed');
            })
            .catch(() => rolledBack++);
        }
        return rolledBack;
      })();

      // Every click at once, twice over: a second identical click replaces the first, never adds.
      const send = ({ card, button }: (typeof clicks)[number]) => {
        const { body, headers } = signedClick(card, button, {
          teamId: TEAM_ID,
          signingSecret: SIGNING_SECRET,
          responseUrl: standin.responseUrl,
        });
        return fetch(`${app.url}/slack/events`, { method: 'POST', body, headers }).then((r) => r.status);
      };
      const statuses = await Promise.all([...clicks, ...clicks].map(send));
      burstDone = true;
      expect(await failing).toBeGreaterThan(0);

      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(await db.answer.count()).toBe(clicks.length);
      expect(await db.participation.count({ where: { answered: true } })).toBe(cards.length);
      expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe('Burst');
    },
  );
});
