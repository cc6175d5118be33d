import type { Context } from 'hono';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { LocalDirectory } from '../workspace-types.ts';

/** Who is looking at the dashboard. Access itself is checked by PulseServices on every report. */
export interface DashboardViewer {
  /** The person id PulseServices knows. */
  readonly id: string;
  readonly displayName: string;
  readonly locale: Locale;
  /** Shows the organisation entry; the org report still checks access itself. */
  readonly isHr: boolean;
  /** Appended to every dashboard link to stay this viewer ("?as=…" locally, "" with a session). */
  readonly query: string;
}

/**
 * A genuine link that has run out: the page tells the person, in their
 * language, how to get a fresh one (`notice`), instead of asking who they are.
 */
export interface ExpiredLink {
  readonly expired: Notice;
}

export type ResolveDashboardViewer = (c: Context) => Promise<DashboardViewer | ExpiredLink | undefined>;

/**
 * Local mode: the "view as" choice (`?as=`) is the login, as on the
 * playground. Slack mode resolves a signed link instead (`signedLinkViewer`).
 */
export function viewAsViewer(directory: LocalDirectory): ResolveDashboardViewer {
  return async (c) => {
    const personId = c.req.query('as');
    if (!personId) return undefined;
    const person = (await directory()).find((candidate) => candidate.id === personId);
    if (!person) return undefined;
    return {
      id: person.id,
      displayName: person.displayName,
      locale: person.locale,
      isHr: person.role === 'hr',
      query: `?as=${encodeURIComponent(person.id)}`,
    };
  };
}
