import type { Context } from 'hono';
import type { DashboardViewer, ExpiredLink } from '../../../src/app/dashboard-viewers.ts';
import type { LocalDirectory } from '../workspace-types.ts';

export type ResolveDashboardViewer = (c: Context) => Promise<DashboardViewer | ExpiredLink | undefined>;

export type { DashboardViewer, ExpiredLink };

/** The first of several ways to know the viewer that knows them. */
export function anyViewer(...resolvers: readonly ResolveDashboardViewer[]): ResolveDashboardViewer {
  return async (c) => {
    for (const resolve of resolvers) {
      const found = await resolve(c);
      if (found) return found;
    }
    return undefined;
  };
}

/** A chat platform's signed link (`?t=`) names the viewer. */
export function tokenViewer(
  read: (token: string | undefined) => Promise<DashboardViewer | ExpiredLink | undefined>,
): ResolveDashboardViewer {
  return (c) => read(c.req.query('t'));
}

/**
 * The playground: the "view as" choice (`?as=`) is the login, as on its
 * chat page. Chat platforms resolve a signed link instead (`tokenViewer`).
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
      isAdmin: person.isAdmin ?? person.role === 'admin',
      query: `?as=${encodeURIComponent(person.id)}`,
    };
  };
}
