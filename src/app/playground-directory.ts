import { resolveLocale, type Locale } from '../model/index.ts';
import type { Db } from '../store/database.ts';

/** One person of the playground's workspace, as its "view as" list shows them. */
export interface PlaygroundPerson {
  readonly id: string;
  readonly organizationId: string;
  readonly platformUserId: string;
  readonly displayName: string;
  readonly role: 'employee' | 'leader' | 'hr' | 'admin';
  readonly isAdmin: boolean;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly teams: readonly {
    readonly teamId: string;
    readonly teamName: string;
    readonly channelId: string;
    readonly role: 'member' | 'leader';
  }[];
}

/** Everyone active in the organisations of `platform` (the playground's), by name. */
export function playgroundDirectory(db: Db, platform: string): () => Promise<PlaygroundPerson[]> {
  return async () => {
    const people = await db.person.findMany({
      where: { active: true, organization: { platform } },
      include: { memberships: { where: { leftAt: null }, include: { team: true } } },
      orderBy: { displayName: 'asc' },
    });
    return people.map((person) => ({
      id: person.id,
      organizationId: person.organizationId,
      platformUserId: person.platformUserId,
      displayName: person.displayName,
      role: person.isHr
        ? 'hr'
        : person.memberships.some((m) => m.role === 'leader')
          ? 'leader'
          : person.isAdmin
            ? 'admin'
            : 'employee',
      isAdmin: person.isAdmin,
      locale: resolveLocale(person.locale),
      timeZone: person.timeZone,
      teams: person.memberships.map((m) => ({
        teamId: m.teamId,
        teamName: m.team.name,
        channelId: m.team.channelId ?? m.teamId,
        role: m.role === 'leader' ? 'leader' : 'member',
      })),
    }));
  };
}
