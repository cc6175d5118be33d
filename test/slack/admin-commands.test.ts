import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { slashCommand } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const TEAM = '<#C0TEAM|support>';

/**
 * Admin commands typed as `/pulse …` in Slack, through the signed HTTP
 * entry, on the real use cases and database: an admin runs a team, anyone
 * else is told only admins can, and everyone sets their own days off.
 */
describeEachDatabase('Slack admin commands', (database) => {
  let app: AppFixture;
  let harness: Harness<PulseServices>;
  let slack: FakeSlackApi;
  const now = new Date('2026-11-24T13:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await appFixture(await database.fresh());
    const org = await seedSupportTeam(
      app.ctx.db,
      [{ platformUserId: 'U_BOB', displayName: 'Bob', locale: 'nl' }],
      {
        schedule: { weekday: 2, localTime: '10:00' },
        staff: [{ platformUserId: 'U_ADA', displayName: 'Ada', isAdmin: true }],
      },
    );
    app.clock.set(now);
    await tick(app.ctx, now);
    slack = new FakeSlackApi();
    harness = await startHarness({
      services: createPulseServices(app.ctx),
      organizationId: org.organizationId,
    });
  });

  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  async function command(text: string, user: string): Promise<string> {
    const response = await harness.post(slashCommand(text, user), FORM);
    expect(response.status).toBe(200);
    return JSON.stringify(await response.json());
  }

  it('lets an admin change the schedule of a channel’s team, after checking the channel is this workspace’s', async () => {
    const reply = await command(`team schedule ${TEAM} biweekly thursday 14:00`, 'U_ADA');
    expect(reply).toContain('every other Thursday at 14:00 (Europe/Amsterdam)');
    expect(slack.callsTo('conversations.info').at(-1)?.params.channel).toBe('C0TEAM');
    expect(await app.ctx.db.schedule.findFirstOrThrow()).toMatchObject({ cadence: 'biweekly', weekday: 4 });
  });

  it('pauses and resumes the team, each change in the audit log', async () => {
    expect(await command(`team pause ${TEAM}`, 'U_ADA')).toContain('is paused');
    expect((await app.ctx.db.team.findFirstOrThrow()).paused).toBe(true);
    expect(await command(`team resume ${TEAM}`, 'U_ADA')).toContain('is running again');
    const actions = (await app.ctx.db.auditLog.findMany()).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['team.paused', 'team.resumed']));
  });

  it('tells someone who is not an admin, in Dutch, and looks up nothing they named', async () => {
    const before = slack.callsTo('conversations.info').length;
    expect(await command(`team send-now ${TEAM}`, 'U_BOB')).toContain('Alleen een beheerder');
    expect(slack.callsTo('conversations.info')).toHaveLength(before);
    expect(await app.ctx.db.round.count()).toBe(0);
  });

  it('lets a person take leave until a date and choose their own public holidays', async () => {
    expect(await command('pause until 2026-12-07', 'U_LEA')).toContain('No pulse or reminder before');
    expect(await command('holidays us-ca', 'U_LEA')).toContain('public holidays of US-CA');
    const lea = await app.ctx.db.person.findFirstOrThrow({ where: { platformUserId: 'U_LEA' } });
    expect(lea).toMatchObject({ pausedUntil: '2026-12-07', holidayRegion: 'US-CA' });
    expect(await command('holidays Atlantis', 'U_LEA')).toContain('not a country or region');
  });
});
