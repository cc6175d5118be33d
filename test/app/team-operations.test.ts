import { DateTime } from 'luxon';
import { beforeEach, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import type { Notice } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CHANNEL = 'C-Care';
/** Tuesday 24 November 2026, 14:00 in Amsterdam: a working afternoon, the day after the Monday slot. */
const TUESDAY = new Date('2026-11-24T13:00:00Z');

/** What the admin reads: the notice's words (these carry no feature to point at). */
function text(notice: Notice): string {
  return typeof notice.text === 'string' ? notice.text : notice.text.join('');
}

/**
 * An admin runs a team from chat or the command line through the same use
 * cases: schedule, pause and resume, a round sent and closed by hand,
 * removing a team or a person, and the organisation's public holidays.
 */
describeEachDatabase('admin operations on a team', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let services: PulseServices;
  const admin = () => org.people['U-admin'] ?? '';
  const auditActions = async () =>
    (await app.ctx.db.auditLog.findMany({ orderBy: { at: 'asc' } })).map((entry) => entry.action);

  beforeEach(async () => {
    app = await appFixture(await database.fresh());
    org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        {
          name: 'Care',
          channelId: CHANNEL,
          schedule: { weekday: 1, localTime: '10:00' },
          people: [
            { platformUserId: 'Care-lead', displayName: 'Care lead', role: 'leader' },
            ...Array.from({ length: 6 }, (_, i) => ({
              platformUserId: `Care-${i}`,
              displayName: `Care ${i}`,
            })),
          ],
        },
      ],
      staff: [
        { platformUserId: 'U-admin', displayName: 'Ada', isAdmin: true },
        { platformUserId: 'U-noor', displayName: 'Noor', locale: 'nl' },
      ],
    });
    app.clock.set(TUESDAY);
    services = createPulseServices(app.ctx);
    await tick(app.ctx, TUESDAY);
  });

  it('moves a team to every other Thursday at 14:00 New York time, and says when the next round starts', async () => {
    const reply = await services.administer(admin(), {
      kind: 'schedule',
      channelId: CHANNEL,
      change: { cadence: 'biweekly', weekday: 4, time: '14:00', timeZone: 'America/New_York' },
    });
    expect(text(reply)).toContain('every other Thursday at 14:00 (America/New_York)');
    const schedule = await app.ctx.db.schedule.findFirstOrThrow();
    expect(schedule).toMatchObject({ cadence: 'biweekly', weekday: 4, localTime: '14:00' });
    const next = DateTime.fromJSDate(schedule.nextRunAt ?? new Date(0), { zone: 'America/New_York' });
    expect(next.weekday).toBe(4);
    expect(next.toFormat('HH:mm')).toBe('14:00');
    expect(await auditActions()).toContain('team.schedule-changed');
  });

  it('tells someone who is not an admin, in their language, and changes nothing', async () => {
    const reply = await services.administer(org.people['U-noor'] ?? '', {
      kind: 'pause',
      channelId: CHANNEL,
    });
    expect(text(reply)).toContain('Alleen een beheerder');
    expect((await app.ctx.db.team.findFirstOrThrow()).paused).toBe(false);
    expect(await auditActions()).toEqual(['admin.denied']);
  });

  it('starts no round while paused, and resumed picks up at the next slot, not the missed one', async () => {
    await services.administer(admin(), { kind: 'pause', channelId: CHANNEL });
    const monday = new Date('2026-11-30T09:00:00Z');
    app.clock.set(monday);
    expect((await tick(app.ctx, monday)).opened).toEqual([]);
    const wednesday = new Date('2026-12-02T10:00:00Z');
    app.clock.set(wednesday);
    await services.administer(admin(), { kind: 'resume', channelId: CHANNEL });
    expect((await tick(app.ctx, wednesday)).opened).toEqual([]);
    const schedule = await app.ctx.db.schedule.findFirstOrThrow();
    expect(schedule.nextRunAt?.toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(await auditActions()).toEqual(['team.paused', 'team.resumed']);
  });

  it('sends a round now for a try-out and closes it now; the slot inside its window is skipped', async () => {
    const reply = await services.administer(admin(), { kind: 'send-now', channelId: CHANNEL });
    expect(text(reply)).toContain('7 people get their pulse now');
    await tick(app.ctx, TUESDAY);
    expect(app.platform.directTo('Care-0').at(-1)?.document.kind).toBe('pulse-card');
    await expect(services.administer(admin(), { kind: 'send-now', channelId: CHANNEL })).rejects.toThrow(
      /has a round open already/,
    );

    const closing = await services.administer(admin(), { kind: 'close-now', channelId: CHANNEL });
    expect(text(closing)).toContain('closes now');
    await tick(app.ctx, TUESDAY);
    expect((await app.ctx.db.round.findFirstOrThrow()).status).toBe('closed');
    // The hand-opened round took the place of next Monday's: the one after follows the schedule.
    const schedule = await app.ctx.db.schedule.findFirstOrThrow();
    expect(schedule.nextRunAt?.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(await auditActions()).toEqual(expect.arrayContaining(['round.sent-now', 'round.closed-now']));
  });

  it('removes a team: its open round closes the way every round closes, and it never runs again', async () => {
    await services.administer(admin(), { kind: 'send-now', channelId: CHANNEL });
    await tick(app.ctx, TUESDAY);
    await services.administer(admin(), { kind: 'remove', channelId: CHANNEL });
    await tick(app.ctx, TUESDAY);
    const round = await app.ctx.db.round.findFirstOrThrow();
    expect(round.status).toBe('closed');
    const team = await app.ctx.db.team.findFirstOrThrow();
    expect(team).toMatchObject({ active: false });
    expect(team.removedAt).not.toBeNull();
    expect(await app.ctx.db.membership.count({ where: { leftAt: null } })).toBe(0);
    const later = new Date('2026-12-07T09:00:00Z');
    expect((await tick(app.ctx, later)).opened).toEqual([]);
    await expect(services.administer(admin(), { kind: 'pause', channelId: CHANNEL })).rejects.toThrow(
      /No team uses channel/,
    );
  });

  it('removes a person the way the data-rights rule erases them', async () => {
    const reply = await services.administer(admin(), { kind: 'remove-person', platformUserId: 'Care-3' });
    expect(text(reply)).toContain('Care 3 is removed');
    expect(await app.ctx.db.person.count({ where: { platformUserId: 'Care-3' } })).toBe(0);
    const erased = await app.ctx.db.auditLog.findFirstOrThrow({ where: { action: 'person.erased' } });
    expect(erased).toMatchObject({ actorId: admin(), subject: 'admin-request' });
  });

  it("sends nobody a pulse on King's Day, and someone on leave once they are back", async () => {
    await services.administer(admin(), { kind: 'holidays', region: 'NL' });
    await services.administer(admin(), {
      kind: 'schedule',
      channelId: CHANNEL,
      change: { weekday: 2 },
    });
    const leaveFrom = new Date('2027-04-20T08:00:00Z');
    app.clock.set(leaveFrom);
    await services.pauseUntil(org.people['Care-1'] ?? '', '2027-04-30');
    await app.ctx.db.schedule.updateMany({ data: { nextRunAt: new Date('2027-04-27T08:00:00Z') } });
    const kingsDay = new Date('2027-04-27T08:00:00Z');
    app.clock.set(kingsDay);
    await tick(app.ctx, kingsDay);
    const ledger = await app.ctx.db.participation.findMany({ include: { person: true } });
    expect(ledger).toHaveLength(7);
    const day = (at: Date) => DateTime.fromJSDate(at, { zone: 'Europe/Amsterdam' }).toISODate();
    for (const row of ledger) {
      expect(day(row.sendAt)).toBe(row.person.platformUserId === 'Care-1' ? '2027-04-30' : '2027-04-28');
    }
    // The round itself starts the day after King's Day, and closes three working days later: 29, 30 April and 3 May.
    const round = await app.ctx.db.round.findFirstOrThrow();
    expect(round.date).toBe('2027-04-28');
    expect(day(round.closesAt)).toBe('2027-05-03');
  });
});
