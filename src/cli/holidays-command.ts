import type { Clock } from '../app/clock.ts';
import { setOrganizationHolidayRegion, setOwnHolidayRegion } from '../app/leave-and-holidays.ts';
import { refusal } from '../messages/refusals.ts';
import type { Db } from '../store/database.ts';
import { parseCommandArgs } from './command-args.ts';
import { say, type AdminIo } from './command-io.ts';
import { organizationOf } from './organization-option.ts';

const USAGE = `Usage:
  excellence-pulse holidays REGION|none [--platform NAME] [--workspace ID]
  excellence-pulse holidays REGION|organisation --user USER_ID [--platform NAME] [--workspace ID]

REGION is a country ("NL", "US") or a country and region ("US-CA", "DE-BY"). Nobody gets a
pulse or reminder on a public holiday of their region, and a round's close moves past the
organisation's. Without --user it sets the organisation's holidays, which everyone has who did
not choose their own ("none": no public holidays); with --user it sets one person's own
("organisation": follow the organisation's again). People set their own in chat too.`;

/** `excellence-pulse holidays …`: whose public holidays the bot keeps free. */
export async function runHolidaysCommand(
  args: string[],
  deps: { db: Db; clock: Clock },
  io: AdminIo,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    {
      args,
      options: {
        user: { type: 'string' },
        platform: { type: 'string' },
        workspace: { type: 'string' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  const [code] = positionals;
  if (values.help || code === undefined || positionals.length > 1) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  const organizationId = await organizationOf(deps.db, values.platform, values.workspace);
  if (!values.user) {
    const region = await setOrganizationHolidayRegion(
      deps,
      { organizationId, personId: null },
      code.toLowerCase() === 'none' ? null : code,
    );
    io.stdout(
      region ? say(io, 'cli.holidays.organisation', { region }) : say(io, 'cli.holidays.organisation-none'),
    );
    return 0;
  }
  const person = await deps.db.person.findUnique({
    where: { organizationId_platformUserId: { organizationId, platformUserId: values.user } },
    select: { id: true },
  });
  if (!person) throw refusal('not_found', 'refusal.cli.person-unknown', { user: values.user });
  const region = await setOwnHolidayRegion(
    deps,
    person.id,
    code.toLowerCase() === 'organisation' ? null : code,
  );
  io.stdout(
    region
      ? say(io, 'cli.holidays.person', { user: values.user, region })
      : say(io, 'cli.holidays.person-organisation', { user: values.user }),
  );
  return 0;
}
