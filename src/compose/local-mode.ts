import type { Hono } from 'hono';
import { LocalChatPlatform, localRoutes, type LocalPerson } from '../../adapters/local/index.ts';
import { MovableClock } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { viewAsLinks } from '../app/dashboard-links.ts';
import { createPulseServices } from '../app/pulse-services.ts';
import { tick } from '../app/tick.ts';
import { resolveLocale } from '../model/index.ts';
import type { Db } from '../store/database.ts';
import { createDemoClock } from './demo-clock.ts';
import { localMessageStore } from './local-message-store.ts';

/** Everyone in the local workspace, as the playground's "view as" list shows them. */
export function localDirectory(db: Db): () => Promise<LocalPerson[]> {
  return async () => {
    const people = await db.person.findMany({
      where: { active: true, organization: { platform: 'local' } },
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

export interface LocalMode {
  readonly platform: LocalChatPlatform;
  readonly clock: MovableClock;
  /** One scheduler tick at `now` (the playground's time). */
  tick(now: Date): Promise<void>;
}

/**
 * The embedded default: the local chat platform, its web page and
 * dashboard, and a clock the page can move forward.
 */
export async function startLocalMode(
  app: Hono,
  base: Omit<AppContext, 'platform' | 'links'>,
  onError: (error: unknown) => void,
): Promise<LocalMode> {
  const clock = new MovableClock(base.clock);
  const directory = localDirectory(base.db);
  const platform = new LocalChatPlatform({
    directory,
    now: () => clock.now(),
    store: localMessageStore(base.db),
  });
  await platform.restore();
  const ctx: AppContext = { ...base, clock, platform, links: viewAsLinks(base.settings.publicUrl) };
  const services = createPulseServices(ctx);
  app.route(
    '/',
    localRoutes({ platform, services, directory, onError, clock: createDemoClock(ctx, clock, platform) }),
  );
  return {
    platform,
    clock,
    tick: async (now) => {
      await tick(ctx, now);
    },
  };
}
