import type { Locale, MaturityLevel } from '../model/keys.ts';
import type { CultureRow, GapRow, HeatmapRow, ScoreCell, ScoreRow, SeriesPoint } from './figure-types.ts';
import type { RelayForm } from './relay-message.ts';
import type { ScoreWindowData } from './score-window.ts';
import type { WantsMoreSection } from './wants-more.ts';

/** The reports: a team's for its leader (or HR), and the organisation's for HR. */

export interface Participation {
  readonly invited: number;
  readonly respondents: number;
  readonly ratePercent: number;
  readonly label: string;
}

export interface NudgeSummary {
  readonly nudgeId: string;
  readonly title: string;
  readonly targetLabel: string;
  readonly postedLabel?: string;
  readonly effectLabel?: string;
}

export interface MaturitySummary {
  readonly level: MaturityLevel;
  readonly label: string;
  /** Always present: this is an indicative self-assessment, not an INK recognition, and why. */
  readonly caveat: string;
  /** The weeks the level pools, when known. */
  readonly basis?: string;
  /** What holds the team back from the next level, in INK's terms (empty at the top, or when unknown). */
  readonly reasons: readonly string[];
}

/** Who a team report is written for: its leader, or someone who does not lead the team (HR). */
export type TeamReportReader = 'leader' | 'other';

/** The team culture and leadership report a leader receives after a round. */
export interface TeamReport {
  readonly kind: 'team-report';
  readonly locale: Locale;
  /**
   * 'other' when the reader does not lead the team: it has no perception
   * gap (the leader's own ratings are the leader's alone), and a surface
   * leaves that section out instead of showing it empty. Absent: the leader.
   */
  readonly reader?: 'other';
  readonly title: string;
  readonly team: { readonly id: string; readonly name: string };
  readonly periodLabel: string;
  readonly participation: Participation;
  /** The window every score pools and its as-of date, in words. */
  readonly windowLabel?: string;
  /** The same as data: its length, the ISO week it ends with and its first and last day (for exports). */
  readonly scoreWindow?: ScoreWindowData;
  readonly elements: readonly ScoreRow[];
  readonly strengths: readonly ScoreRow[];
  readonly gaps: readonly GapRow[];
  /** The sixteen values today beside how much the team wants more of each, the most wanted first. */
  readonly culture: readonly CultureRow[];
  /** The values the team most wants more of, over their own window (absent without culture figures). */
  readonly wantsMore?: WantsMoreSection;
  readonly traits: readonly ScoreRow[];
  readonly nudges: readonly NudgeSummary[];
  readonly maturity: MaturitySummary;
  readonly enps?: EnpsSection;
  /** Participation in each of the team's rounds, oldest first. */
  readonly participationHistory?: readonly SeriesPoint[];
  /**
   * Element scores per four-week period: one row per element (its key and
   * name in `team`), a cell per period (its key in `elementKey`), a period
   * that asked nothing marked `not_asked`, one that hid its answers `below_k`.
   */
  readonly history?: {
    readonly weekLabels: Readonly<Record<string, string>>;
    readonly rows: readonly HeatmapRow[];
  };
  /**
   * The window's comments released under the comment rule, newest first, with
   * a note saying which weeks they span and the rule; before the first batch, why not.
   */
  readonly comments?:
    | {
        readonly items: readonly string[];
        readonly note: string;
        /**
         * With comments from more than one four-week period: `items` split by
         * period, newest first, each under the weeks its batches span.
         */
        readonly groups?: readonly { readonly label: string; readonly items: readonly string[] }[];
        /** Beside each item, the id its "Reply" names (for the team's leaders), or null: no reply possible. */
        readonly replyIds?: readonly (string | null)[];
        readonly replyLabel?: string;
        /** The words of the reply form, where a surface shows one. */
        readonly replyForm?: RelayForm;
      }
    | { readonly hiddenLabel: string };
  readonly privacyNote: string;
  readonly headings: Readonly<Record<ReportSection, string>>;
  readonly dashboardUrl?: string;
  readonly dashboardLabel?: string;
  readonly columns?: ReportColumns;
  /** Shown in a section that has no rows. */
  readonly emptyLabel?: string;
}

/** Table column headings of the reports. */
export interface ReportColumns {
  readonly score: string;
  readonly favourable: string;
  readonly n: string;
  readonly trend: string;
  readonly self: string;
  readonly team: string;
  readonly gap: string;
  readonly current: string;
  readonly desired: string;
  readonly period: string;
  /** Headings for what stands behind a pooled score: its answers (its n), rounds and statements. */
  readonly answers?: string;
  readonly rounds?: string;
  readonly statements?: string;
}

export type ReportSection =
  | 'participation'
  | 'elements'
  | 'strengths'
  | 'gaps'
  | 'culture'
  | 'traits'
  | 'nudges'
  | 'maturity'
  | 'heatmap'
  | 'falling'
  | 'comments'
  | 'history';

/** One of eNPS's three groups in a period: promoters (9–10), passives (7–8), detractors (0–6). */
export interface EnpsGroup {
  readonly group: 'promoters' | 'passives' | 'detractors';
  readonly count: number;
  readonly percent: number;
  /** "Promoters (9–10): 4 (40%)". */
  readonly label: string;
}

/** eNPS under its own heading: the latest period's net score, its split where allowed, over time. */
export interface EnpsSection extends ScoreCell {
  readonly heading: string;
  /** What eNPS asks, in words. */
  readonly label: string;
  /** The 4-week period the score is from ("Weeks 45–48, 2026"). */
  readonly periodLabel: string;
  /** Present only when every group holds at least k people. */
  readonly split?: readonly EnpsGroup[];
  /** The split in words, or why it is withheld (only when the score is shown). */
  readonly splitLabel?: string;
  /** The leader's own answer in the period, in the leader's own report only. */
  readonly self?: number;
  readonly selfLabel?: string;
  /** One point per 4-week period, oldest first; `not_asked` where no round asked it. */
  readonly history?: readonly SeriesPoint[];
}

/** The organisation report for HR. */
export interface OrgReport {
  readonly kind: 'org-report';
  readonly locale: Locale;
  readonly title: string;
  readonly periodLabel: string;
  readonly participation: readonly SeriesPoint[];
  /** eNPS per 4-week period over every team, with its split where each group reaches k. */
  readonly enps?: EnpsSection;
  readonly elementLabels: Readonly<Record<string, string>>;
  /** The window the heatmap's cells pool and its as-of date, in words. */
  readonly windowLabel?: string;
  /** The same as data: its length, the ISO week it ends with and its first and last day (for exports). */
  readonly scoreWindow?: ScoreWindowData;
  readonly heatmap: readonly HeatmapRow[];
  readonly falling: readonly {
    readonly team: string;
    readonly label: string;
    readonly change: number;
    readonly elementKey?: string;
  }[];
  readonly privacyNote: string;
  readonly headings: Readonly<Record<ReportSection, string>>;
  readonly dashboardUrl?: string;
  readonly dashboardLabel?: string;
  readonly columns?: ReportColumns;
  /** Shown in a section that has no rows. */
  readonly emptyLabel?: string;
}
