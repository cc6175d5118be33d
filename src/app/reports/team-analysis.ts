import {
  DEFAULT_WINDOW_WEEKS,
  enpsPeriodFigures,
  mergeAgreeStats,
  mergeNpsStats,
  summarizeAgree,
  type AgreeStats,
  type AgreeSummary,
  type ElementRoundFigure,
  type EnpsPeriodFigure,
  type NpsStats,
} from '../../core/index.ts';
import {
  ELEMENT_KEYS,
  type ContentBank,
  type ElementKey,
  type Phase,
  type TargetRef,
  statementById,
} from '../../model/index.ts';
import type { StatementWeekStats, TargetWeekStats } from '../../store/answer-stats.ts';
import {
  HISTORY_PERIODS,
  targetRolling,
  type ScoreWindowOptions,
  type TargetRolling,
} from './target-rolling.ts';

/** One figure for one period: shown when enough people answered, else hidden. */
export interface PeriodFigure {
  readonly week: string;
  readonly respondents: number;
  readonly summary: AgreeSummary | null;
  /** The sufficient statistics behind it, for roll-ups; never shown on their own. */
  readonly stats: AgreeStats;
}

/**
 * A target's figures: per round (`series`, `latest`), and as people see
 * them (`rolling`, `periods`, with the change and trend over the periods).
 */
export interface TargetAnalysis extends TargetRolling {
  readonly target: TargetRef;
  readonly variant?: 'current' | 'desired';
  /** Oldest first, one per closed round; `summary` is null below k. */
  readonly series: readonly PeriodFigure[];
  readonly latest: PeriodFigure;
}

export interface TeamAnalysis {
  readonly weeks: readonly string[];
  readonly targets: readonly TargetAnalysis[];
  /**
   * Each element in each round that asked it, with its phases and the round's
   * k, for the indicative level (which pools them and drops those under k).
   */
  readonly elementRounds: readonly ElementRoundFigure[];
  /**
   * eNPS per fixed 4-week period (each person is asked once in each), oldest
   * first, back to the first round; the last is the period of the latest round.
   */
  readonly enps: readonly EnpsPeriodFigure[];
}

interface Bucket {
  readonly target: TargetRef;
  readonly variant?: 'current' | 'desired';
  readonly byWeek: Map<string, { agree: AgreeStats[]; respondents: number; statementIds: string[] }>;
  /** Per week and phase: its statements' statistics and the most people who answered one of them. */
  readonly phaseByWeek: Map<string, Map<Phase, { agree: AgreeStats[]; respondents: number }>>;
}

function figure(
  week: string,
  parts: { agree: readonly AgreeStats[]; respondents: number } | undefined,
  k: number,
): PeriodFigure {
  const respondents = parts?.respondents ?? 0;
  const stats = mergeAgreeStats(parts?.agree ?? []);
  const summary = parts && respondents >= k ? summarizeAgree(stats) : null;
  return { week, respondents, summary, stats };
}

/**
 * Turns one team's round snapshots into figures per target: a series over
 * the closed rounds' weeks, the latest figure, its change and trend, and
 * phase scores. Everything under k is hidden here, before any report sees
 * it. A target's respondents are the distinct people counted when its round
 * closed; a culture value's current and desired views each come from one
 * statement, answered once per person.
 */
export function analyseTeam(
  stats: readonly StatementWeekStats[],
  totals: readonly TargetWeekStats[],
  weeks: readonly string[],
  bank: ContentBank,
  options: {
    /** The k locked into the round(s) of a week: each figure is gated with its own round's k. */
    readonly k: (week: string) => number;
    readonly comparable: (fromWeek: string, toWeek: string) => boolean;
    /** Where scores are read; by default in the latest round's week, over DEFAULT_WINDOW_WEEKS. */
    readonly window?: ScoreWindowOptions;
  },
): TeamAnalysis {
  const buckets = new Map<string, Bucket>();
  const npsParts = new Map<string, { stats: NpsStats[]; respondents: number }>();
  for (const row of stats) {
    const statement = statementById(bank.statements, row.statementId);
    if (!statement) continue;
    if (statement.scale === 'nps11') {
      const part = npsParts.get(row.week) ?? { stats: [], respondents: 0 };
      part.stats.push(row.nps);
      part.respondents = Math.max(part.respondents, row.answered);
      npsParts.set(row.week, part);
      continue;
    }
    const id = `${statement.target.kind}:${statement.target.key}:${statement.variant ?? ''}`;
    const bucket =
      buckets.get(id) ??
      ({
        target: statement.target,
        ...(statement.variant ? { variant: statement.variant } : {}),
        byWeek: new Map(),
        phaseByWeek: new Map(),
      } satisfies Bucket);
    buckets.set(id, bucket);
    const week = bucket.byWeek.get(row.week) ?? { agree: [], respondents: 0, statementIds: [] };
    week.agree.push(row.agree);
    week.statementIds.push(row.statementId);
    week.respondents = Math.max(week.respondents, row.answered);
    bucket.byWeek.set(row.week, week);
    if (statement.phase) {
      const phases = bucket.phaseByWeek.get(row.week) ?? new Map();
      const phase = phases.get(statement.phase) ?? { agree: [], respondents: 0 };
      phase.agree.push(row.agree);
      phase.respondents = Math.max(phase.respondents, row.answered);
      phases.set(statement.phase, phase);
      bucket.phaseByWeek.set(row.week, phases);
    }
  }

  for (const total of totals) {
    if (total.targetKind === 'enps') {
      const part = npsParts.get(total.week);
      if (part) part.respondents = total.respondents;
      continue;
    }
    const week = buckets.get(`${total.targetKind}:${total.targetKey}:`)?.byWeek.get(total.week);
    if (week) week.respondents = total.respondents;
  }

  const latestWeek = weeks[weeks.length - 1] ?? '';
  const window = options.window ?? { asOf: latestWeek, weeks: DEFAULT_WINDOW_WEEKS };
  const targets = [...buckets.values()].map((bucket): TargetAnalysis => {
    const series = weeks.map((week) => figure(week, bucket.byWeek.get(week), options.k(week)));
    // Rotation asks a target every few rounds: its latest figure is the last round that asked it.
    const asked = series.filter((f) => f.respondents > 0);
    const latest = asked[asked.length - 1] ?? figure(latestWeek, undefined, options.k(latestWeek));
    return {
      target: bucket.target,
      ...(bucket.variant ? { variant: bucket.variant } : {}),
      series,
      latest,
      ...targetRolling(bucket.byWeek, {
        ...window,
        since: weeks[0] ?? latestWeek,
        k: options.k,
        comparable: options.comparable,
      }),
    };
  });
  const elementRounds = [...buckets.values()].flatMap((bucket) => {
    const element =
      bucket.target.kind === 'element' ? ELEMENT_KEYS.find((key) => key === bucket.target.key) : undefined;
    return element ? roundFigures(bucket, element, weeks, options.k) : [];
  });

  return {
    weeks,
    targets,
    elementRounds,
    enps:
      weeks.length === 0
        ? []
        : enpsPeriodFigures(
            [...npsParts].map(([week, part]) => ({
              week,
              respondents: part.respondents,
              k: options.k(week),
              stats: mergeNpsStats(part.stats),
            })),
            { since: weeks[0] ?? latestWeek, asOf: latestWeek, limit: HISTORY_PERIODS },
          ),
  };
}

/** The element's figure in each of the analysed rounds' weeks (whose locked k is known) that asked it. */
function roundFigures(
  bucket: Bucket,
  element: ElementKey,
  weeks: readonly string[],
  k: (week: string) => number,
): ElementRoundFigure[] {
  return weeks.flatMap((week) => {
    const parts = bucket.byWeek.get(week);
    return parts ? [roundFigure(bucket, element, week, parts, k(week))] : [];
  });
}

function roundFigure(
  bucket: Bucket,
  element: ElementKey,
  week: string,
  parts: { agree: AgreeStats[]; respondents: number },
  k: number,
): ElementRoundFigure {
  return {
    element,
    week,
    respondents: parts.respondents,
    k,
    stats: mergeAgreeStats(parts.agree),
    phases: Object.fromEntries(
      [...(bucket.phaseByWeek.get(week) ?? [])].map(([phase, part]) => [
        phase,
        { stats: mergeAgreeStats(part.agree), respondents: part.respondents },
      ]),
    ),
  };
}
