import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { periodKey } from '../../core/index.ts';
import { createLogger } from '../../logging/logger.ts';
import { loadContentBank } from '../../model/index.ts';
import { openStore } from '../../store/database.ts';
import { ManualClock } from '../clock.ts';
import { viewAsLinks } from '../dashboard-links.ts';
import type { AppContext, EngineSettings } from '../context.ts';
import { RecordingPlatform } from '../recording-platform.ts';
import { teamReportAndLevel } from '../reports/team-report.ts';
import { seedOrganization } from '../seed-organization.ts';
import { driveUntil } from '../demo/drive.ts';
import { answerCards, type SimulatedPerson } from '../demo/simulated-people.ts';
import { seededRandom } from './random.ts';
import { syntheticOrganization } from './synthetic-organization.ts';

export interface SimulationOptions {
  readonly teams: number;
  readonly people: number;
  readonly weeks: number;
  readonly seed: number;
  readonly k?: number;
  /** A database URL to keep; a temp SQLite file otherwise. */
  readonly db?: string;
  readonly start?: Date;
}

export interface WeekSummary {
  readonly week: string;
  readonly sent: number;
  readonly reminders: number;
  readonly answered: number;
  readonly answers: number;
  readonly roundsClosed: number;
  readonly suppressedCells: number;
}

export interface TeamSummary {
  readonly team: string;
  readonly size: number;
  readonly bias: number;
  readonly participation: string;
  readonly elements: Readonly<Record<string, number | string>>;
  readonly trends: Readonly<Record<string, string>>;
  readonly level: string;
  /** Each element's indicative stars, pooled over the maturity window. */
  readonly elementLevels: Readonly<Record<string, string>>;
  /** What keeps the team from the next level: per element below it, the reasons as codes. */
  readonly heldBy: Readonly<Record<string, readonly string[]>>;
  readonly gaps: readonly { readonly target: string; readonly gap: number }[];
  readonly nudges: readonly string[];
  /**
   * What the team wants more of, over its own window (named in `window`):
   * the values ranked (those with a figure, most wanted first) and the values
   * its window has not asked yet.
   */
  readonly wantsMore: {
    readonly window: string;
    readonly ranked: readonly string[];
    readonly notAskedYet: readonly string[];
  };
}

export interface SimulationResult {
  readonly options: { teams: number; people: number; weeks: number; seed: number; k: number };
  readonly weeks: readonly WeekSummary[];
  readonly teams: readonly TeamSummary[];
}

const HOUR = 3_600_000;

/**
 * Runs the real use cases over a fresh store for a synthetic organisation:
 * people receive their cards, some answer (each team with its own bias),
 * rounds close, leaders get reports and teams get nudges. Time jumps from
 * one due moment to the next, so twelve weeks take seconds. The same seed
 * gives the same output.
 */
export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const k = options.k ?? 5;
  const scratch = options.db ? undefined : mkdtempSync(join(tmpdir(), 'pulse-simulation-'));
  const store = await openStore({ url: options.db ?? `file:${join(scratch ?? '', 'simulation.db')}` });
  try {
    const random = seededRandom(options.seed);
    const platform = new RecordingPlatform();
    const settings: EngineSettings = {
      k,
      minComments: 3,
      perPerson: 4,
      defaultLocale: 'en',
      defaultTimeZone: 'Europe/Amsterdam',
      publicUrl: 'http://127.0.0.1:3978',
    };
    const start = options.start ?? new Date('2026-01-05T00:00:00Z');
    const end = new Date(start.getTime() + options.weeks * 7 * 24 * HOUR);
    const clock = new ManualClock(start);
    const ctx: AppContext = {
      db: store.db,
      bank: loadContentBank(),
      settings,
      platform,
      log: createLogger('silent'),
      clock,
      links: viewAsLinks(settings.publicUrl),
    };
    const { spec, teams } = syntheticOrganization(options.teams, options.people, k, random);
    const org = await seedOrganization(store.db, spec, {
      ids: { team: (name) => `team-${name}`, person: (user) => `person-${user}` },
    });
    const people = new Map<string, SimulatedPerson>();
    for (const team of spec.teams) {
      const bias = teams.find((t) => t.name === team.name)?.bias ?? 0;
      for (const person of team.people) {
        const personId = org.people[person.platformUserId] ?? '';
        people.set(person.platformUserId, { personId, bias, responsiveness: 0.55 + random() * 0.4 });
      }
    }

    let seen = 0;
    const weeks = new Map<
      string,
      { sent: number; reminders: number; answered: number; answers: number; roundsClosed: number }
    >();
    const weekOf = (at: Date) => {
      const key = periodKey(at, 'week', 'Europe/Amsterdam');
      const entry = weeks.get(key) ?? { sent: 0, reminders: 0, answered: 0, answers: 0, roundsClosed: 0 };
      weeks.set(key, entry);
      return entry;
    };

    await driveUntil(
      ctx,
      start,
      end,
      async (at) => {
        const fresh = platform.directSince(seen);
        seen = platform.messages.length;
        const week = weekOf(at);
        for (const { document } of fresh) {
          if (document.kind !== 'pulse-card') continue;
          if (document.banner) week.reminders += 1;
          else week.sent += 1;
        }
        const tally = await answerCards(ctx, at, fresh, people, random);
        week.answered += tally.answered;
        week.answers += tally.answers;
        week.roundsClosed += await store.db.round.count({ where: { closedAt: at } });
      },
      (at) => clock.set(at),
    );

    const summaries: TeamSummary[] = [];
    for (const team of teams) {
      const teamId = org.teams[team.name] ?? '';
      const leader = await store.db.membership.findFirstOrThrow({ where: { teamId, role: 'leader' } });
      const { report, maturity } = await teamReportAndLevel(
        ctx,
        teamId,
        { id: leader.personId, locale: 'en' },
        end,
        { selfOf: leader.personId },
      );
      if (report.kind === 'notice' || !maturity) continue;
      const below = maturity.toNextLevel.flatMap((reason) => (reason.element ? [reason.element] : []));
      const posts = await store.db.nudgePost.findMany({ where: { teamId }, orderBy: { postedAt: 'asc' } });
      summaries.push({
        team: team.name,
        size: team.size,
        bias: team.bias,
        participation: report.participation.label,
        elements: Object.fromEntries(
          report.elements.map((row) => [row.target.key, row.score ?? `hidden (${row.hidden ?? 'no data'})`]),
        ),
        trends: Object.fromEntries(report.elements.map((row) => [row.target.key, row.trend])),
        level: report.maturity.level,
        elementLevels: Object.fromEntries(maturity.elements.map((e) => [e.element, e.level])),
        heldBy: Object.fromEntries(
          maturity.elements
            .filter((e) => below.includes(e.element))
            .map((e) => [e.element, e.toNextLevel.map((r) => [r.code, r.phase].filter(Boolean).join(':'))]),
        ),
        gaps: report.gaps.map((gap) => ({ target: `${gap.target.kind}:${gap.target.key}`, gap: gap.gap })),
        nudges: posts.map((post) => post.nudgeId),
        wantsMore: {
          window: report.wantsMore?.windowLabel ?? '',
          ranked: report.culture.flatMap((row) =>
            typeof row.desired?.score === 'number' ? [row.valueKey] : [],
          ),
          notAskedYet: report.culture.flatMap((row) =>
            row.desired?.hidden === 'not_asked' ? [row.valueKey] : [],
          ),
        },
      });
    }
    const suppressed = summaries.reduce(
      (count, team) =>
        count + Object.values(team.elements).filter((value) => typeof value === 'string').length,
      0,
    );
    const weekList = [...weeks.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([week, counts]) => ({ week, ...counts, suppressedCells: 0 }));
    const last = weekList.at(-1);
    if (last) weekList[weekList.length - 1] = { ...last, suppressedCells: suppressed };
    return {
      options: { teams: options.teams, people: options.people, weeks: options.weeks, seed: options.seed, k },
      weeks: weekList,
      teams: summaries,
    };
  } finally {
    await store.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
