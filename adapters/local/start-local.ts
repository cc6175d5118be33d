import type { Hono } from 'hono';
import { ensureDemoOrganization } from '../../src/app/demo/demo-history.ts';
import { closeFirstRound, jumpTo, nextDueFor } from '../../src/app/demo/demo-time.ts';
import { viewAsLinks } from '../../src/app/dashboard-links.ts';
import { signedLinkViewer } from '../../src/app/dashboard-viewers.ts';
import type { PlatformHost, StartedPlatform } from '../../src/app/platform-module.ts';
import { playgroundDirectory } from '../../src/app/playground-directory.ts';
import { playgroundMessages } from '../../src/app/playground-messages.ts';
import { tick } from '../../src/app/tick.ts';
import { directConversationId } from './conversation-ids.ts';
import type { DemoClock, DemoStepOutcome } from './demo-clock.ts';
import { anyViewer, tokenViewer, viewAsViewer } from './dashboard/dashboard-viewer.ts';
import { LocalChatPlatform } from './local-chat-platform.ts';
import { adminFormGuard } from './dashboard/admin-form-token.ts';
import { localRoutes } from './local-routes.ts';
import { playgroundReach } from './render/feature-reach.ts';

/**
 * How many due moments "Next send" runs through looking for the viewer's
 * pulse: a round opening, then their send time in their own zone, with room
 * for a round they are not asked in (a new joiner) and the next one after it.
 */
const NEXT_SEND_STEPS = 8;

const WEEK_MS = 7 * 86_400_000;

/** The playground: the local chat platform, its web page, and the demo clock that moves the bot's time. */
export async function startLocal(routes: Hono, host: PlatformHost): Promise<StartedPlatform> {
  const { ctx, clock, services } = host;
  if (host.config.DEMO_DATA && (await ensureDemoOrganization(ctx.db)))
    ctx.log.info('seeded the demo organisation');
  const directory = playgroundDirectory(ctx.db, 'local');
  const platform = new LocalChatPlatform({
    directory,
    now: () => clock.now(),
    store: playgroundMessages(ctx.db),
    onListenerError: (error) => ctx.log.error({ err: error }, 'local playground error'),
  });
  await platform.restore();

  const demoClock: DemoClock = {
    now: () => clock.now(),
    async nextSend(viewer): Promise<DemoStepOutcome> {
      if (viewer.teams.length === 0) return { kind: 'not-in-a-team' };
      const conversation = directConversationId(viewer.platformUserId);
      const before = platform.messages(conversation).length;
      await tick(ctx, clock.now()); // a new schedule learns its first slot on a tick
      for (let step = 0; step < NEXT_SEND_STEPS; step += 1) {
        if (platform.messages(conversation).length > before) return { kind: 'pulse-arrived' };
        const target = await nextDueFor(ctx, { id: viewer.id, teamIds: viewer.teams.map((t) => t.teamId) });
        if (!target) break;
        await jumpTo(ctx, clock, target);
      }
      return platform.messages(conversation).length > before
        ? { kind: 'pulse-arrived' }
        : { kind: 'nothing-due' };
    },
    async closeRound(viewer): Promise<DemoStepOutcome> {
      const yours = viewer.teams.length > 0;
      const closed = await closeFirstRound(
        ctx,
        clock,
        viewer.teams.map((t) => t.teamId),
      );
      return closed
        ? { kind: 'round-closed', teamName: closed.teamName, yours }
        : { kind: 'no-open-round', yours };
    },
    async advanceWeek(): Promise<DemoStepOutcome> {
      await jumpTo(ctx, clock, new Date(clock.now().getTime() + WEEK_MS));
      return { kind: 'week-advanced' };
    },
  };

  routes.route(
    '/',
    localRoutes({
      platform,
      services,
      directory,
      onError: (error) => ctx.log.error({ err: error }, 'local playground error'),
      clock: demoClock,
      adminForms: adminFormGuard(host.config.ENCRYPTION_KEY),
      // Beside a chat platform (DEV_PLAYGROUND), the links that platform sends open here too.
      dashboardViewer: anyViewer(
        viewAsViewer(directory),
        tokenViewer(signedLinkViewer(ctx.db, host.signer, clock)),
      ),
    }),
  );
  ctx.log.info({ url: `${ctx.settings.publicUrl}/` }, 'local playground ready: open it in a browser');
  return {
    platform,
    reach: playgroundReach,
    links: viewAsLinks(ctx.settings.publicUrl),
    stop: async () => {},
  };
}
