import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import type { RunningApp } from '../../src/main.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { databaseUrlIn, describeEachDatabase } from '../support/databases.ts';
import { startSlackBot } from '../support/slack-bot.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { buttonClick, formBody, signedHeaders, slashCommand } from './support/slack-requests.ts';

/** Every figure a leader's report publishes, with its n, or why it is hidden. */
function figures(report: TeamReport | { kind: string }): unknown {
  if (report.kind !== 'team-report') throw new Error('expected a team report');
  const { elements, culture, participation } = report as TeamReport;
  return { elements, culture, respondents: participation.respondents };
}

interface SlackButton {
  readonly action_id?: string;
  readonly value?: string;
  readonly style?: string;
}

/**
 * Erasure from Slack, through the signed HTTP entry: `/pulse erase` shows
 * what goes and what stays, only the button erases, an admin may erase
 * someone on request, and nobody else can. The leader's published figures
 * stay as they were.
 */
describeEachDatabase('erasing data from Slack', (database) => {
  let fixture: AppFixture;
  let seeded: AnsweredRounds;
  let app: RunningApp;
  let dir: string;
  const responses: unknown[] = [];
  const clock = new ManualClock(ROUNDS_CLOSED);
  const personOf = (user: string) => seeded.org.people[user] ?? '';
  const published = async () =>
    figures(
      await createPulseServices(fixture.ctx).teamReport(personOf('Care-lead'), seeded.org.teams.Care ?? ''),
    );
  const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
    fetch(`${app.url}/slack/events`, {
      method: 'POST',
      body,
      headers: signedHeaders(body, contentType, { timestamp: Math.floor(clock.now().getTime() / 1000) }),
    });
  const command = async (text: string, user: string) => {
    const response = await post(slashCommand(text, user));
    expect(response.status).toBe(200);
    return (await response.json()) as { text: string; blocks?: { type: string; elements?: SlackButton[] }[] };
  };
  const eraseButton = (reply: Awaited<ReturnType<typeof command>>) =>
    reply.blocks?.flatMap((block) => block.elements ?? []).find((e) => e.action_id === 'rights:erase');
  const press = async (value: string, user: string) => {
    const before = responses.length;
    const click = buttonClick({ actionId: 'rights:erase', value, user, channel: 'C0GENERAL' });
    expect((await post(formBody(click))).status).toBe(200);
    await expect.poll(() => responses.length).toBeGreaterThan(before);
    return JSON.stringify(responses.at(-1));
  };

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock('https://hooks.slack.com')
      .persist()
      .post(/.*/)
      .reply(async (request: Request) => {
        responses.push(await request.json());
        return [200, 'ok'];
      });
    new FakeSlackApi().on('users.info', (params) => [
      200,
      { ok: true, user: { id: params.user, team_id: 'T0001', deleted: false, is_bot: false } },
    ]);
    dir = mkdtempSync(join(tmpdir(), 'pulse-erase-'));
    const url = await databaseUrlIn(database, dir);
    fixture = await appFixture(url);
    seeded = await answeredRounds(fixture, ['Care'], { size: 6 });
    await tick(fixture.ctx, ROUNDS_CLOSED);
    // The seeded organisation is the Slack workspace T0001, and Care 5 its admin.
    await fixture.ctx.db.organization.update({
      where: { id: seeded.org.organizationId },
      data: { platform: 'slack', externalId: 'T0001' },
    });
    await fixture.ctx.db.person.update({ where: { id: personOf('Care-5') }, data: { isAdmin: true } });
    app = await startSlackBot({ dir, url, clock });
  });

  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a person what erasing removes and what stays, and erases nothing until they confirm', async () => {
    const reply = await command('erase', 'Care-1');
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('What is removed');
    expect(text).toContain('Which rounds you were asked in and whether you answered (1)');
    expect(text).toContain('What stays');
    expect(text).toContain('never change');
    expect(eraseButton(reply)).toMatchObject({ value: personOf('Care-1'), style: 'danger' });
    expect(await fixture.ctx.db.person.count({ where: { id: personOf('Care-1') } })).toBe(1);
  });

  it('erases a person who confirms, audited, without changing the leader’s published figures', async () => {
    const before = await published();
    const button = eraseButton(await command('erase', 'Care-1'));
    const told = await press(button?.value ?? '', 'Care-1');
    expect(told).toContain('Your data has been erased');
    expect(await fixture.ctx.db.person.count({ where: { id: personOf('Care-1') } })).toBe(0);
    expect(await fixture.ctx.db.participation.count({ where: { personId: personOf('Care-1') } })).toBe(0);
    expect(
      await fixture.ctx.db.auditLog.count({ where: { action: 'person.erased', subject: 'own-request' } }),
    ).toBe(1);
    expect(await published()).toEqual(before);
    // Erased, they are a stranger to the bot.
    expect((await command('erase', 'Care-1')).text).toContain('not in a team');
  });

  it('refuses anyone who names someone else unless they are an admin, and a copied button does nothing', async () => {
    const refused = await command('erase <@Care-3|care3>', 'Care-2');
    expect(refused.text).toContain('Only you can erase your own data');
    expect(eraseButton(refused)).toBeUndefined();

    expect(await press(personOf('Care-3'), 'Care-2')).toContain('Only you can erase your own data');
    expect(await fixture.ctx.db.person.count({ where: { id: personOf('Care-3') } })).toBe(1);
  });

  it('lets an admin erase someone on their request, after the same confirm step', async () => {
    const before = await published();
    const reply = await command('erase <@Care-3|care3>', 'Care-5');
    expect(JSON.stringify(reply.blocks)).toContain('Erase the data of Care 3?');
    const told = await press(eraseButton(reply)?.value ?? '', 'Care-5');
    expect(told).toContain('The data of Care 3 has been erased');
    expect(await fixture.ctx.db.person.count({ where: { id: personOf('Care-3') } })).toBe(0);
    const audit = await fixture.ctx.db.auditLog.findFirst({ where: { subject: 'admin-request' } });
    expect(audit?.actorId).toBe(personOf('Care-5'));
    expect(await published()).toEqual(before);
  });
});
