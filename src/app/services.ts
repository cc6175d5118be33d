import type { Locale } from '../model/keys.ts';
import type { Notice, NudgePost, OrgReport, PulseCard, TeamReport } from '../messages/types.ts';
import type { MemberProfile, PersonAddress } from './ports.ts';
import type { AddTeamInput, AssignRoleInput } from './team-admin.ts';
import type { PersonalData } from './data-rights.ts';
import type { OwnActionList } from '../messages/own-action-list.ts';
import type { ActionServices } from './action-services.ts';
import type { AdminServices } from './admin-services.ts';
import type { DashboardActionServices } from './dashboard-actions.ts';
import type { ErasureSubject } from './erasure-requests.ts';
import type { ErasureRequest } from '../messages/erasure-request.ts';
import type { HomeSummary } from './reports/home-figures.ts';
import type { CommentRelayServices } from './comment-relay-services.ts';

/**
 * What adapters may ask of the bot. Inbound platform events (a button click,
 * a slash command, a page view) become calls on this interface; nothing else
 * in src/app is meant for adapters. Failures are PulseErrors whose message is
 * written for the person who clicked (codes: round_closed, statement_unknown,
 * token_invalid, answer_invalid, forbidden, not_found).
 */
export interface PulseServices
  extends AdminServices, CommentRelayServices, ActionServices, DashboardActionServices {
  /** The person behind a platform user, if known. */
  findPerson(address: PersonAddress): Promise<PersonView | undefined>;
  /**
   * The same without the teams they lead: one lookup instead of two, for a
   * click that is acknowledged only once it is stored (an answer).
   */
  identifyPerson(address: PersonAddress): Promise<PersonIdentity | undefined>;
  /** Everything kept about this person (their right of access); answers and comments are never linked to anyone. */
  personalData(personId: string): Promise<PersonalData | undefined>;
  /** The actions in that data (those they own or made), named in their language for their own page. */
  myActions(personId: string): Promise<OwnActionList | undefined>;
  /** Erasure's first step: what will be removed and what stays, or why it is refused (see erasure-requests.ts). */
  erasureRequest(requesterId: string, subject: ErasureSubject): Promise<ErasureRequest | Notice>;
  /** Erasure's confirm button: erases the subject if the requester may, and says so in their language. */
  confirmErasure(requesterId: string, subjectId: string): Promise<Notice>;

  /**
   * Stores one answer (1–5, null for "don't know", 0–10 for eNPS) and returns
   * the person's card as it should look now. The same click twice stores one
   * answer; a new value replaces the old while the round is open.
   * `onStored` runs once the answer is stored, before the card is built: a
   * platform with a deadline acknowledges the click there.
   */
  recordAnswer(input: RecordAnswerInput, options?: RecordAnswerOptions): Promise<PulseCard>;
  /** An optional free-text comment for the round (shown only at comment k). */
  recordComment(input: RecordCommentInput): Promise<Notice>;
  /** The person's current card for a round (e.g. to re-render after a comment). */
  pulseCard(personId: string, token: string): Promise<PulseCard>;

  recordNudgeFeedback(input: NudgeFeedbackInput): Promise<NudgePost>;

  setPaused(personId: string, paused: boolean): Promise<Notice>;
  /** The language the person chose (chat or the switch on a page): kept as theirs, and audited. */
  setLocale(personId: string, locale: Locale): Promise<Notice>;
  /** Local `HH:mm` start and end of the working day: no pulse or reminder outside it. */
  setWorkingHours(personId: string, start: string, end: string): Promise<Notice>;

  /**
   * Reports, with access checked: a leader sees their teams, HR everything;
   * each view is audited. Before the first round closes the answer is a
   * notice that there are no results yet (and when they are expected).
   * Links in a report open for the viewer.
   */
  teamReport(viewerId: string, teamId: string): Promise<TeamReport | Notice>;
  orgReport(viewerId: string): Promise<OrgReport | Notice>;
  /**
   * The dashboard's home: the headline figures of the teams the viewer leads
   * and, for HR, of the organisation, each from the report that shows it;
   * audited as a report view.
   */
  homeSummary(viewerId: string): Promise<HomeSummary>;
  /** The teams a person may see reports for (leader: theirs; HR: all). */
  reportableTeams(viewerId: string): Promise<{ id: string; name: string }[]>;

  /** The person's own participation and the privacy explanation. */
  myParticipation(personId: string): Promise<Notice>;
  privacyNotice(locale: Locale): Notice;

  /** Admins only: registers a channel as a team, with its leader if given. */
  addTeam(adminId: string, input: AddTeamInput): Promise<Notice>;
  /** Admins only: makes someone HR, an admin, or the leader of a channel's team. */
  assignRole(adminId: string, input: AssignRoleInput): Promise<Notice>;

  /** Brings a team's members in line with the platform (joiners added, leavers marked). */
  syncTeamMembers(
    teamId: string,
    members: readonly MemberProfile[],
  ): Promise<{ added: number; left: number }>;
}

export interface PersonView {
  readonly id: string;
  readonly organizationId: string;
  readonly platformUserId: string;
  readonly displayName: string;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly paused: boolean;
  readonly isHr: boolean;
  readonly isAdmin: boolean;
  /** Teams this person leads. */
  readonly leads: readonly string[];
}

/** A person as `identifyPerson` finds them: who they are, not which teams they lead. */
export type PersonIdentity = Omit<PersonView, 'leads'>;

/**
 * One answer, and who gave it: their person id, or where their platform says
 * they are (`address`), when the adapter has not looked them up. An address
 * is checked against the card's own person, in the statement that finds the
 * card, so a click needs no read of its own to find who clicked.
 */
export type RecordAnswerInput = {
  readonly token: string;
  readonly statementId: string;
  readonly value: number | null;
} & (
  | { readonly personId: string; readonly address?: undefined }
  | { readonly address: PersonAddress; readonly personId?: undefined }
);

export interface RecordAnswerOptions {
  readonly onStored?: () => Promise<void>;
}

export interface RecordCommentInput {
  readonly personId: string;
  readonly token: string;
  readonly text: string;
  /** The person allows their leader to reply through the bot (an anonymous conversation). */
  readonly allowReplies?: boolean;
}

export interface NudgeFeedbackInput {
  readonly postId: string;
  readonly personId: string;
  readonly kind: 'did-this' | 'not-for-us';
}
