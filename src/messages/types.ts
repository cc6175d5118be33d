import type { ActionCheckIn } from './action-check-in.ts';
import type { Locale, MaturityLevel, Scale, TargetKind } from '../model/keys.ts';
import type { RelayForm, RelayMessage } from './relay-message.ts';

/**
 * Platform-neutral message documents. Every text in a document is already in
 * the recipient's language; adapters only lay documents out (Block Kit,
 * Adaptive Cards, HTML) and never look up wording themselves.
 */

/** Why a figure is not shown. */
export type HiddenReason =
  | 'below_k'
  | 'complementary'
  | 'membership_change'
  | 'comments_below_k'
  | 'no_data'
  /** Over time: the period had no round that asked it (unlike `below_k`, where it was asked and hidden). */
  | 'not_asked';

export type TrendArrow = 'up' | 'down' | 'flat' | 'unknown';

/** One answer option of a statement: `value` null is "don't know". */
export interface AnswerOption {
  readonly value: number | null;
  readonly label: string;
}

export interface PulseItem {
  readonly statementId: string;
  readonly text: string;
  readonly scale: Scale;
  readonly options: readonly AnswerOption[];
  /** What this person answered so far; undefined when not answered. */
  readonly selected?: number | null;
  /** `nps11` only: what 0 and 10 mean, shown under the two ends of the row. */
  readonly anchors?: { readonly low: string; readonly high: string };
}

/** The DM a person answers: one card per round, updated in place after each click. */
export interface PulseCard {
  readonly kind: 'pulse-card';
  readonly locale: Locale;
  readonly roundId: string;
  /** The ledger token, carried in every action; the platform user is checked against it. */
  readonly token: string;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly PulseItem[];
  readonly progress: { readonly answered: number; readonly total: number; readonly label: string };
  readonly privacyLine: string;
  readonly closesLabel: string;
  readonly state: 'open' | 'closed';
  /** Shown instead of the buttons once the round has closed, or above them in a reminder. */
  readonly banner?: string;
  readonly labels: {
    readonly addComment: string;
    readonly commentPlaceholder: string;
    readonly commentSubmit: string;
    readonly recorded: string;
    /** The opt-in to an anonymous conversation about the comment, and what it means (absent: not offered). */
    readonly allowReplies?: { readonly label: string; readonly hint: string };
  };
}

/**
 * Something a person can ask the bot for. Neutral text names the feature;
 * each platform says how to reach it there (a command, a button, a tab).
 */
export type Feature =
  | 'settings'
  | 'dashboard'
  | 'pause'
  | 'resume'
  | 'language'
  | 'hours'
  | 'privacy'
  | 'export'
  | 'erase'
  | 'report'
  | 'help';

/** A reference to a feature inside running text, e.g. "to pick them up again: {feature: 'resume'}". */
export interface FeatureRef {
  readonly feature: Feature;
}

/**
 * Running text in the reader's language. Plain words are a string; text that
 * tells the reader how to reach a feature is a list of words and feature
 * references, which the platform's renderer spells out (see `spell`).
 */
export type Phrase = string | readonly (string | FeatureRef)[];

export interface Notice {
  readonly kind: 'notice';
  readonly locale: Locale;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly text: Phrase;
  /** Optional link, e.g. to the dashboard. */
  readonly link?: { readonly label: string; readonly url: string };
}

/** A figure that is either shown with its n, or hidden with the reason. */
export interface ScoreCell {
  readonly score: number | null;
  readonly n: number;
  readonly hidden?: HiddenReason;
  readonly favourablePercent?: number;
  readonly interval?: readonly [number, number];
  /** Why the figure is hidden, in words ("Hidden: fewer than 5 people answered"). */
  readonly hiddenLabel?: string;
  /** A pooled score: the rounds and distinct statements behind it (`n` is then its answers). */
  readonly rounds?: number;
  readonly statements?: number;
  /** What stands behind a pooled score, in words ("n = 34 · 3 rounds · 5 statements"). */
  readonly basisLabel?: string;
}

export interface ScoreRow extends ScoreCell {
  readonly target: { readonly kind: TargetKind; readonly key: string };
  readonly label: string;
  readonly trend: TrendArrow;
  readonly change?: number;
  readonly changeBeyondNoise?: boolean;
  /** The trend in words ("Up 8 points since last time"), for screen readers and plain text. */
  readonly trendLabel?: string;
}

export interface GapRow {
  readonly target: { readonly kind: TargetKind; readonly key: string };
  readonly label: string;
  readonly self: number;
  readonly team: number;
  readonly gap: number;
  readonly verdict: 'aligned' | 'leader-higher' | 'leader-lower';
  readonly verdictLabel: string;
}

export interface CultureRow {
  readonly valueKey: string;
  readonly label: string;
  readonly facetLabel: string;
  readonly current: ScoreCell;
  readonly desired?: ScoreCell;
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

export interface Participation {
  readonly invited: number;
  readonly respondents: number;
  readonly ratePercent: number;
  readonly label: string;
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
  /** The same as data: its length and the ISO week it ends with (for exports). */
  readonly scoreWindow?: { readonly weeks: number; readonly asOfWeek: string };
  readonly elements: readonly ScoreRow[];
  readonly strengths: readonly ScoreRow[];
  readonly gaps: readonly GapRow[];
  readonly culture: readonly CultureRow[];
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

export interface SeriesPoint {
  readonly period: string;
  readonly value: number | null;
  readonly n: number;
  readonly hidden?: HiddenReason;
  /** The period in words ("Week 47, 2026"); `period` is the sortable key. */
  readonly label?: string;
}

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

export interface HeatmapRow {
  readonly team: { readonly id: string; readonly name: string };
  readonly cells: readonly (ScoreCell & { readonly elementKey: string })[];
}

/** The organisation report for HR. */
export interface OrgReport {
  readonly kind: 'org-report';
  readonly locale: Locale;
  readonly title: string;
  readonly periodLabel: string;
  readonly participation: readonly SeriesPoint[];
  readonly engagement: readonly SeriesPoint[];
  readonly elementLabels: Readonly<Record<string, string>>;
  /** The window the heatmap's cells pool and its as-of date, in words. */
  readonly windowLabel?: string;
  /** The same as data: its length and the ISO week it ends with (for exports). */
  readonly scoreWindow?: { readonly weeks: number; readonly asOfWeek: string };
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

/** A nudge posted to a team's channel, with feedback buttons. */
export interface NudgePost {
  readonly kind: 'nudge';
  readonly locale: Locale;
  readonly postId: string;
  readonly title: string;
  readonly action: string;
  readonly why: string;
  readonly minutesLabel: string;
  readonly targetLabel: string;
  readonly intro: string;
  readonly feedback: { readonly didThis: string; readonly notForUs: string; readonly thanks: string };
  /** Counts so far, shown after feedback. */
  readonly tally?: { readonly didThis: number; readonly notForUs: number };
  /** The tally in words ("Did this: 3 · Not for us: 1"). */
  readonly tallyLabel?: string;
  /** Heading for `why`. */
  readonly whyLabel?: string;
  /** A team nudge's "Make this an action" button, which asks for an owner and a due date. */
  readonly makeAction?: string;
}

export type { ActionCheckIn };

export type MessageDocument =
  PulseCard | Notice | TeamReport | OrgReport | NudgePost | RelayMessage | ActionCheckIn;
