import { notice } from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale, type Locale } from '../model/index.ts';
import type { Db } from '../store/database.ts';
import type { Clock } from './clock.ts';
import { MESSAGE_LINK_TTL_MS, type LinkSigner } from './dashboard-links.ts';

/** Who is looking at the dashboard. Access itself is checked by PulseServices on every report. */
export interface DashboardViewer {
  /** The person id PulseServices knows. */
  readonly id: string;
  readonly displayName: string;
  readonly locale: Locale;
  /** Shows the organisation entry; the org report still checks access itself. */
  readonly isHr: boolean;
  /** Shows the admin page's entry; the admin page still checks the role itself. */
  readonly isAdmin: boolean;
  /** Appended to every dashboard link to stay this viewer ("?as=…" in the playground, "?t=…" from a signed link). */
  readonly query: string;
}

/**
 * A genuine link that has run out: the page tells the person, in their
 * language, how to get a fresh one (`notice`), instead of asking who they are.
 */
export interface ExpiredLink {
  readonly expired: Notice;
}

/**
 * The viewer a signed link from the bot names (`?t=`). A forged or damaged
 * token, or a person no longer active, is nobody; a genuine link that has
 * run out is answered in its person's language.
 */
export function signedLinkViewer(
  db: Db,
  signer: LinkSigner,
  clock: Clock,
): (token: string | undefined) => Promise<DashboardViewer | ExpiredLink | undefined> {
  return async (token) => {
    const claim = token ? signer.read(token, clock.now()) : undefined;
    if (!token || !claim) return undefined;
    const person = await db.person.findUnique({ where: { id: claim.personId } });
    if (!person?.active) return undefined;
    if (claim.expired) {
      return {
        expired: notice('dashboard-link-expired', person.locale, {
          days: Math.round(MESSAGE_LINK_TTL_MS / 86_400_000),
        }),
      };
    }
    return {
      id: person.id,
      displayName: person.displayName,
      locale: resolveLocale(person.locale),
      isHr: person.isHr,
      isAdmin: person.isAdmin,
      query: `?t=${encodeURIComponent(token)}`,
    };
  };
}
