import { loadContentBank, resolveLocale, type Locale } from '../../model/index.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Db } from '../../store/database.ts';
import type { EngineSettings } from '../context.ts';
import { ManualClock } from '../clock.ts';
import { viewAsLinks } from '../dashboard-links.ts';
import { RecordingPlatform } from '../recording-platform.ts';
import { seedOrganization } from '../seed-organization.ts';
import { seededRandom } from '../simulation/random.ts';
import { demoComment } from './demo-comments.ts';
import { DEMO_ORGANIZATION } from './demo-organization.ts';
import { driveUntil } from './drive.ts';
import { answerCards, type SimulatedPerson } from './simulated-people.ts';

/** Team moods of the demo, so the charts differ: care is strong, sales is slipping. */
const TEAM_BIAS: Readonly<Record<string, number>> = {
  'Customer Care': 0.55,
  'Field Service': 0.1,
  'Digital Sales': -0.35,
};

/** Seeds the demo organisation unless an organisation exists; returns whether it did. */
export async function ensureDemoOrganization(db: Db): Promise<boolean> {
  if ((await db.organization.count()) > 0) return false;
  await seedOrganization(db, DEMO_ORGANIZATION);
  return true;
}

/**
 * Twelve weeks (or `weeks`) of history for the demo organisation: the real
 * engine runs from the past up to `now` while synthetic people answer, so
 * the dashboards have trends, reports and nudges to show. The messages of
 * that history are not kept; only what the database holds remains.
 */
export async function fillDemoHistory(
  db: Db,
  settings: EngineSettings,
  log: Logger,
  now: Date,
  weeks = 12,
): Promise<{ rounds: number; answers: number }> {
  if ((await db.round.count()) > 0) return { rounds: 0, answers: 0 };
  await db.schedule.updateMany({ data: { nextRunAt: null } });
  await ensureDemoOrganization(db);
  const platform = new RecordingPlatform();
  const from = new Date(now.getTime() - weeks * 7 * 86_400_000);
  const clock = new ManualClock(from);
  const ctx = {
    db,
    bank: loadContentBank(),
    settings,
    platform,
    log,
    clock,
    links: viewAsLinks(settings.publicUrl),
  };
  const random = seededRandom(2026);
  // Comments draw from a stream of their own, so the answers stay those of the demo without comments.
  const commentRandom = seededRandom(2027);
  const locales = new Map<string, Locale>();
  const people = new Map<string, SimulatedPerson>();
  const memberships = await db.membership.findMany({ include: { person: true, team: true } });
  for (const m of memberships) {
    const bias = TEAM_BIAS[m.team.name] ?? 0;
    locales.set(m.personId, resolveLocale(m.person.locale ?? undefined));
    people.set(m.person.platformUserId, {
      personId: m.personId,
      bias,
      responsiveness: 0.7 + random() * 0.25,
    });
  }
  let seen = 0;
  let answers = 0;
  await driveUntil(
    ctx,
    from,
    now,
    async (at) => {
      const fresh = platform.directSince(seen);
      seen = platform.messages.length;
      const commentOf = (person: SimulatedPerson) =>
        demoComment(locales.get(person.personId) ?? 'en', commentRandom);
      answers += (await answerCards(ctx, at, fresh, people, random, commentOf)).answers;
    },
    (at) => clock.set(at),
  );
  return { rounds: await db.round.count(), answers };
}
