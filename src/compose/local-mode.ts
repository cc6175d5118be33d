import type { Hono } from 'hono';
import { LocalChatPlatform, localRoutes, type LocalPerson } from '../../adapters/local/index.ts';
import { MovableClock } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { viewAsLinks } from '../app/dashboard-links.ts';
import { driveUntil } from '../app/demo/drive.ts';
import { createPulseServices } from '../app/pulse-services.ts';
import { tick } from '../app/tick.ts';
import { resolveLocale } from '../model/index.ts';
import type { Db } from '../store/database.ts';

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

/** The earliest pending job of these kinds, if any. */
async function nextJobAt(db: Db, kinds: readonly string[], after: Date): Promise<Date | undefined> {
  const job = await db.job.findFirst({
    where: { status: 'pending', kind: { in: [...kinds] }, runAt: { gt: after } },
    orderBy: { runAt: 'asc' },
  });
  return job?.runAt;
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
export function startLocalMode(
  app: Hono,
  base: Omit<AppContext, 'platform' | 'links'>,
  onError: (error: unknown) => void,
): LocalMode {
  const clock = new MovableClock(base.clock);
  const directory = localDirectory(base.db);
  const platform = new LocalChatPlatform({ directory, now: () => clock.now() });
  const ctx: AppContext = { ...base, clock, platform, links: viewAsLinks(base.settings.publicUrl) };
  const services = createPulseServices(ctx);
  const jumpTo = async (target: Date | undefined) => {
    const from = clock.now();
    const to = target && target > from ? target : from;
    // The clock moves with each step, so messages carry the time they were sent at.
    await driveUntil(
      ctx,
      from,
      to,
      async () => {},
      (at) => clock.advanceTo(at),
    );
    clock.advanceTo(to);
  };
  app.route(
    '/',
    localRoutes({
      platform,
      services,
      directory,
      onError,
      clock: {
        async nextSend() {
          const now = clock.now();
          await tick(ctx, now); // a new schedule learns its first slot on a tick

          const schedule = await base.db.schedule.findFirst({
            where: { nextRunAt: { gt: now } },
            orderBy: { nextRunAt: 'asc' },
          });
          const job = await nextJobAt(base.db, ['pulse-dm', 'reminder'], now);
          const candidates = [schedule?.nextRunAt, job].filter((d): d is Date => d instanceof Date);
          await jumpTo(
            candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : undefined,
          );
        },
        async closeRound() {
          await jumpTo(await nextJobAt(base.db, ['close-round'], clock.now()));
        },
        async advanceWeek() {
          await jumpTo(new Date(clock.now().getTime() + 7 * 86_400_000));
        },
      },
    }),
  );
  return {
    platform,
    clock,
    tick: async (now) => {
      await tick(ctx, now);
    },
  };
}
