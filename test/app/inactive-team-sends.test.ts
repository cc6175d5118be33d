import { beforeAll, expect, it } from 'vitest';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';

const at = (iso: string) => new Date(iso);

/**
 * When the app is removed from a team while its round is open (Teams'
 * `installationUpdate` remove, Slack's channel archived or the bot removed),
 * the team stops being active: cards still queued for later time zones and
 * reminders are not sent into it any more.
 */
describeEachDatabase('a team the app was removed from, mid-round', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    org = await seedSupportTeam(
      app.ctx.db,
      [
        'ann',
        'bob',
        'cas',
        'dee',
        { platformUserId: 'nyc', displayName: 'Nia', timeZone: 'America/New_York' },
      ],
      { platform: 'local' },
    );
  });

  it('sends no queued card or reminder into the round once the team is inactive', async () => {
    await tick(app.ctx, at('2026-11-23T08:00:00Z'));
    await tick(app.ctx, at('2026-11-24T09:00:00Z')); // 10:00 in Amsterdam: the round opens
    expect(app.platform.directTo('ann')).toHaveLength(1);
    expect(app.platform.directTo('nyc')).toHaveLength(0); // queued for 10:00 in New York

    await app.ctx.db.team.update({ where: { id: org.teams.Support ?? '' }, data: { active: false } });
    const sent = app.platform.messages.length;
    await tick(app.ctx, at('2026-11-24T15:00:00Z')); // 10:00 in New York
    await tick(app.ctx, at('2026-11-26T15:00:00Z')); // past every reminder
    expect(app.platform.directTo('nyc')).toHaveLength(0);
    expect(app.platform.messages.length).toBe(sent);
  });
});
