import { readdirSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';
import { Prisma } from '../../src/store/generated/sqlite/client.ts';
import { applyMigrations, migrationsDir } from '../../src/store/migrations.ts';
import { describeEachDatabase } from '../support/databases.ts';

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** Every model's scalar fields, as the generated client knows them. */
function expectedColumns(): Map<string, string[]> {
  const columns = new Map<string, string[]>();
  for (const model of Object.values(Prisma.ModelName)) {
    const fields = (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`];
    columns.set(model, Object.values(fields ?? {}));
  }
  return columns;
}

async function actualColumns(store: Store, table: string): Promise<string[]> {
  const rows =
    store.provider === 'sqlite'
      ? await store.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`)
      : await store.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
          table,
        );
  return rows.map((row) => row.name);
}

describeEachDatabase('migrations', (database) => {
  it('a fresh database gets every migration, recorded in _prisma_migrations', async () => {
    const store = await openStore({ url: await database.fresh() });
    stores.push(store);
    const expected = readdirSync(migrationsDir(database.provider), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(store.provider).toBe(database.provider);
    expect(await store.appliedMigrationCount()).toBe(expected);
  });

  it('applying the migrations again changes nothing', async () => {
    const url = await database.fresh();
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);
    const store = await openStore({ url });
    stores.push(store);
    expect(await store.appliedMigrationCount()).toBe(first.length);
  });

  it('has every column the generated client expects', async () => {
    const store = await openStore({ url: await database.fresh() });
    stores.push(store);
    for (const [model, fields] of expectedColumns()) {
      expect(fields.length, model).toBeGreaterThan(0);
      const columns = await actualColumns(store, model);
      expect(columns, `table ${model}`).toEqual(expect.arrayContaining(fields));
    }
  });

  it('stores and reads back an organisation with its people and teams', async () => {
    const store = await openStore({ url: await database.fresh() });
    stores.push(store);
    const org = await store.db.organization.create({
      data: { name: 'Acme', platform: 'local', externalId: 'local' },
    });
    const lead = await store.db.person.create({
      data: {
        organizationId: org.id,
        platformUserId: 'U1',
        displayName: 'Ann',
        timeZone: 'America/New_York',
      },
    });
    const team = await store.db.team.create({
      data: {
        organizationId: org.id,
        name: 'Support',
        memberships: { create: { personId: lead.id, role: 'leader' } },
        schedule: { create: { cadence: 'biweekly', weekday: 3, localTime: '09:30' } },
      },
      include: { memberships: true, schedule: true },
    });
    expect(team.memberships).toMatchObject([{ personId: lead.id, role: 'leader' }]);
    expect(team.schedule).toMatchObject({
      cadence: 'biweekly',
      weekday: 3,
      localTime: '09:30',
      perPerson: 4,
    });
    const again = await store.db.person.findUniqueOrThrow({
      where: { organizationId_platformUserId: { organizationId: org.id, platformUserId: 'U1' } },
    });
    expect(again).toMatchObject({ timeZone: 'America/New_York', workingDays: '1,2,3,4,5', paused: false });
    expect(again.createdAt).toBeInstanceOf(Date);
  });
});
