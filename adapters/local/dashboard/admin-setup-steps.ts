import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PulseServices } from '../../../src/app/services.ts';
import type { AssignRoleInput } from '../../../src/app/team-admin.ts';
import { isPulseError } from '../../../src/errors.ts';
import { adminNotice } from '../../../src/messages/admin-notices.ts';
import { failureNotice } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { DashboardViewer } from './dashboard-viewer.ts';

type Field = (name: string) => string | undefined;
type Outcome = [Notice, ContentfulStatusCode];
type SetupStep = (services: PulseServices, viewer: DashboardViewer, field: Field) => Promise<Outcome>;

const ROLES: readonly AssignRoleInput['role'][] = ['leader', 'hr', 'admin'];

/**
 * The admin page's "add a team" and "give a role": the calls `/pulse team
 * add` and `/pulse role` make (which check that the viewer is an admin and
 * write the audit log). A refusal goes up to the page's 403; anything the
 * admin can fix is told on the page with a 400.
 */
export const SETUP_STEPS: ReadonlyMap<string, SetupStep> = new Map<string, SetupStep>([
  [
    'add-team',
    (services, viewer, field) => {
      const name = field('name') ?? '';
      const channelId = field('channel') ?? '';
      if (!name || !channelId) return warn(viewer, 'admin-page.add-team.missing');
      const leader = field('leader');
      return told(viewer, () =>
        services.addTeam(viewer.id, { name, channelId, ...(leader ? { leaderPlatformUserId: leader } : {}) }),
      );
    },
  ],
  [
    'role',
    (services, viewer, field) => {
      const role = ROLES.find((known) => known === field('role'));
      const person = field('person');
      if (!role || !person) return warn(viewer, 'admin-page.give-role.pick');
      const channelId = field('team');
      return told(viewer, () =>
        services.assignRole(viewer.id, {
          platformUserId: person,
          role,
          ...(role === 'leader' && channelId ? { channelId } : {}),
        }),
      );
    },
  ],
]);

function warn(
  viewer: DashboardViewer,
  key: 'admin-page.add-team.missing' | 'admin-page.give-role.pick',
): Promise<Outcome> {
  return Promise.resolve([adminNotice(viewer.locale, key, {}, 'warning'), 400]);
}

async function told(viewer: DashboardViewer, run: () => Promise<Notice>): Promise<Outcome> {
  try {
    return [await run(), 200];
  } catch (error) {
    const failure = failureNotice(error, viewer.locale);
    if (failure.unexpected || isPulseError(error, 'forbidden')) throw error;
    return [failure.notice, isPulseError(error, 'not_found') ? 404 : 400];
  }
}
