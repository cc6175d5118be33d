import type { OrganizationSpec, PersonSpec } from '../seed-organization.ts';

const ZONES = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Asia/Singapore'];
const NAMES = [
  'Support',
  'Sales',
  'Field Service',
  'Billing',
  'Onboarding',
  'Returns',
  'Logistics',
  'Care',
  'Retail',
];

export interface SyntheticTeam {
  readonly name: string;
  /** How favourably this team answers: −1 (critical) … +1 (positive). */
  readonly bias: number;
  readonly size: number;
}

/** Team sizes that add up to `people`: every fourth team is small (below k) so suppression shows. */
export function teamSizes(teams: number, people: number, k: number): number[] {
  const small = Math.max(2, k - 2);
  const smallCount = Math.floor(teams / 4);
  const largeCount = teams - smallCount;
  const rest = Math.max(largeCount * k, people - smallCount * small);
  const base = Math.floor(rest / largeCount);
  let extra = rest - base * largeCount;
  return Array.from({ length: teams }, (_, i) => {
    if (i % 4 === 3) return small;
    const size = base + (extra > 0 ? 1 : 0);
    extra -= 1;
    return size;
  });
}

/**
 * An organisation of synthetic teams and people in four time zones. The
 * teams' biases run evenly from +1 (the first) to −1 (the last), so a run
 * shows the whole range of levels a pulse can give, not a draw of the seed.
 */
export function syntheticOrganization(
  teams: number,
  people: number,
  k: number,
  random: () => number,
): { spec: OrganizationSpec; teams: SyntheticTeam[] } {
  let counter = 0;
  const synthetic: SyntheticTeam[] = [];
  const specTeams = teamSizes(teams, people, k).map((size, index) => {
    const suffix = index >= NAMES.length ? ` ${Math.floor(index / NAMES.length) + 1}` : '';
    const name = `${NAMES[index % NAMES.length]}${suffix}`;
    const bias = teams > 1 ? Math.round((1 - (2 * index) / (teams - 1)) * 100) / 100 : 0;
    synthetic.push({ name, bias, size });
    const members: PersonSpec[] = Array.from({ length: size }, (_, i) => {
      counter += 1;
      return {
        platformUserId: `U${String(counter).padStart(4, '0')}`,
        displayName: `Person ${counter}`,
        timeZone: ZONES[Math.floor(random() * ZONES.length)] ?? 'Europe/Amsterdam',
        locale: random() < 0.5 ? 'en' : 'nl',
        role: i === 0 ? 'leader' : 'member',
      };
    });
    return {
      name,
      channelId: `C${String(index + 1).padStart(3, '0')}`,
      schedule: { cadence: 'weekly' as const, weekday: 2, localTime: '10:00', timeZone: 'Europe/Amsterdam' },
      people: members,
    };
  });
  return {
    spec: { name: 'Simulated organisation', platform: 'local', externalId: 'simulation', teams: specTeams },
    teams: synthetic,
  };
}
