import type { Clock } from '../app/clock.ts';
import type { SealKeys } from '../app/comment-relay-seal.ts';
import { erasePerson, personalDataOf } from '../app/data-rights.ts';
import { refusal } from '../messages/refusals.ts';
import type { Db } from '../store/database.ts';
import { parseCommandArgs } from './command-args.ts';
import { say, type AdminIo } from './command-io.ts';
import { organizationOf } from './organization-option.ts';

const USAGE = `Usage:
  excellence-pulse person export --user USER_ID [--platform NAME] [--workspace ID]
  excellence-pulse person erase  --user USER_ID --yes [--platform NAME] [--workspace ID]
  excellence-pulse person remove --user USER_ID --yes [--platform NAME] [--workspace ID]

export prints, as JSON, everything the bot keeps about one person (their right of access).
erase removes the person on their request: profile, memberships, whether they were asked
and answered, their own ratings and how to reach them. Figures already published do not
change; answers and comments were never linked to them. It asks for --yes because it
cannot be undone. remove is the same for someone who leaves the organisation: an admin's
removal follows the same rule as a person's own request.`;

function parsePersonArgs(rest: string[]) {
  return parseCommandArgs(
    {
      args: rest,
      options: {
        user: { type: 'string' },
        platform: { type: 'string' },
        workspace: { type: 'string' },
        yes: { type: 'boolean' },
      },
      strict: true,
    },
    USAGE,
  ).values;
}

/** `excellence-pulse person …`: a person's rights of access and erasure, for an admin handling a request. */
export async function runPersonCommand(
  args: string[],
  deps: { db: Db; clock: Clock; settings?: SealKeys },
  io: AdminIo,
): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (verb !== 'export' && verb !== 'erase' && verb !== 'remove') {
    io.stderr(USAGE);
    return 2;
  }
  const values = parsePersonArgs(rest);
  if (!values.user) {
    throw refusal('usage', 'refusal.cli.needs-option', {
      command: `person ${verb}`,
      option: '--user',
      usage: USAGE,
    });
  }
  const organizationId = await organizationOf(deps.db, values.platform, values.workspace);
  const person = await deps.db.person.findUnique({
    where: { organizationId_platformUserId: { organizationId, platformUserId: values.user } },
    select: { id: true },
  });
  if (!person) throw refusal('not_found', 'refusal.cli.person-unknown', { user: values.user });
  if (verb === 'export') {
    io.stdout(JSON.stringify(await personalDataOf(deps.db, person.id, deps.settings), null, 2));
    return 0;
  }
  if (!values.yes) {
    const key = verb === 'remove' ? 'refusal.cli.remove-person-confirm' : 'refusal.cli.erase-confirm';
    throw refusal('usage', key, { user: values.user });
  }
  const erased = await erasePerson(deps, person.id, { reason: 'admin-request' });
  io.stdout(
    say(io, 'cli.person.erased', {
      user: values.user,
      ledgerRows: erased?.ledgerRows ?? 0,
      ownRatings: erased?.ownRatings ?? 0,
      playgroundMessages: erased?.playgroundMessages ?? 0,
      auditEntries: erased?.auditEntries ?? 0,
    }),
  );
  return 0;
}
