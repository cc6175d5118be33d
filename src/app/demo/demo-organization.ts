import type { OrganizationSpec, PersonSpec } from '../seed-organization.ts';

const person = (
  id: string,
  name: string,
  timeZone: string,
  locale: string,
  role: PersonSpec['role'] = 'member',
): PersonSpec => ({
  platformUserId: id,
  displayName: name,
  timeZone,
  locale,
  role,
});

/**
 * The demo organisation the local playground starts with: three teams in
 * different places and languages, a leader each, and one HR person.
 */
export const DEMO_ORGANIZATION: OrganizationSpec = {
  name: 'Harbour & Co (demo)',
  platform: 'local',
  externalId: 'demo',
  teams: [
    {
      name: 'Customer Care',
      channelId: 'customer-care',
      schedule: { cadence: 'weekly', weekday: 2, localTime: '10:00', timeZone: 'Europe/Amsterdam' },
      people: [
        person('sanne', 'Sanne de Vries', 'Europe/Amsterdam', 'nl', 'leader'),
        person('daan', 'Daan Jansen', 'Europe/Amsterdam', 'nl'),
        person('emma', 'Emma Bakker', 'Europe/Amsterdam', 'nl'),
        person('noah', 'Noah Visser', 'Europe/Amsterdam', 'en'),
        person('julia', 'Julia Smit', 'Europe/Brussels', 'nl'),
        person('lucas', 'Lucas Meijer', 'Europe/Amsterdam', 'nl'),
        person('mila', 'Mila de Boer', 'Europe/Amsterdam', 'en'),
        person('sem', 'Sem Mulder', 'Europe/Amsterdam', 'nl'),
      ],
    },
    {
      name: 'Field Service',
      channelId: 'field-service',
      schedule: { cadence: 'weekly', weekday: 2, localTime: '09:30', timeZone: 'Europe/London' },
      people: [
        person('oliver', 'Oliver Wright', 'Europe/London', 'en', 'leader'),
        person('amelia', 'Amelia Hughes', 'Europe/London', 'en'),
        person('harry', 'Harry Green', 'Europe/Dublin', 'en'),
        person('isla', 'Isla Turner', 'Europe/London', 'en'),
        person('jack', 'Jack Walker', 'Europe/London', 'en'),
        person('ava', 'Ava Hall', 'Europe/Lisbon', 'en'),
        person('leo', 'Leo Young', 'Europe/London', 'en'),
        person('freya', 'Freya King', 'Europe/London', 'en'),
      ],
    },
    {
      name: 'Digital Sales',
      channelId: 'digital-sales',
      schedule: { cadence: 'weekly', weekday: 2, localTime: '10:00', timeZone: 'America/New_York' },
      people: [
        person('maya', 'Maya Brooks', 'America/New_York', 'en', 'leader'),
        person('ethan', 'Ethan Price', 'America/New_York', 'en'),
        person('zoe', 'Zoe Bennett', 'America/Chicago', 'en'),
        person('liam', 'Liam Foster', 'America/New_York', 'en'),
        person('chloe', 'Chloe Reed', 'America/Los_Angeles', 'en'),
        person('ryan', 'Ryan Cole', 'America/New_York', 'en'),
        person('nina', 'Nina Peters', 'Europe/Amsterdam', 'nl'),
        person('owen', 'Owen Hayes', 'America/Chicago', 'en'),
      ],
    },
  ],
  staff: [
    {
      platformUserId: 'hanna',
      displayName: 'Hanna Vos (HR)',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl',
      isHr: true,
      isAdmin: true,
    },
  ],
};
