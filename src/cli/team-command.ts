import type { Cadence } from '../core/index.ts';
import { addTeam, assignRole } from '../app/team-admin.ts';
import { tn } from '../messages/i18n/translate.ts';
import { refusal } from '../messages/refusals.ts';
import type { Db } from '../store/database.ts';
import { parseCommandArgs } from './command-args.ts';
import { localeOf, say, type AdminIo } from './command-io.ts';
import { organizationOf } from './organization-option.ts';
import { checkScheduleOptions } from './schedule-options.ts';
import { TEAM_OPERATIONS_USAGE } from './team-operations-command.ts';

const USAGE = `Usage:
  excellence-pulse team add --name NAME --channel CHANNEL_ID [--group GROUP_ID] [--leader USER_ID]
                            [--platform NAME] [--workspace ID]
                            [--cadence weekly|biweekly|fourweekly|monthly] [--weekday 1-7] [--time HH:mm] [--tz ZONE]
  excellence-pulse team list
  excellence-pulse team role --user USER_ID (--hr | --admin | --leader-of CHANNEL_ID) [--platform NAME] [--workspace ID]
${TEAM_OPERATIONS_USAGE}

A team's members are the members of its channel (or of --group, a group of people on the
platform); they are synced on the next tick and every hour after. Nudges are posted to that
channel. \`excellence-pulse team schedule --help\` says what each operation does. --platform and --workspace (the platform's id for the workspace or tenant) are needed
only when more than one organisation is connected.`;

function parseTeamArgs(rest: string[]) {
  return parseCommandArgs(
    {
      args: rest,
      options: {
        name: { type: 'string' },
        channel: { type: 'string' },
        group: { type: 'string' },
        platform: { type: 'string' },
        leader: { type: 'string' },
        workspace: { type: 'string' },
        cadence: { type: 'string', default: 'weekly' },
        weekday: { type: 'string', default: '2' },
        time: { type: 'string', default: '10:00' },
        tz: { type: 'string', default: 'Europe/Amsterdam' },
        user: { type: 'string' },
        hr: { type: 'boolean' },
        admin: { type: 'boolean' },
        'leader-of': { type: 'string' },
      },
      strict: true,
    },
    USAGE,
  );
}

/** `excellence-pulse team …`: what an admin sets up before the first pulse. */
export async function runTeamCommand(args: string[], db: Db, io: AdminIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const { values } = parseTeamArgs(rest);
  if (verb === 'list') {
    const teams = await db.team.findMany({
      include: { schedule: true, _count: { select: { memberships: true } } },
    });
    for (const team of teams) {
      const s = team.schedule;
      const state = team.removedAt
        ? 'cli.team.list.removed'
        : team.paused
          ? 'cli.team.list.paused'
          : undefined;
      const columns = [
        team.name,
        team.sourceId ?? team.channelId ?? '-',
        tn(localeOf(io), 'cli.team.list.people', team._count.memberships),
        s
          ? say(io, 'cli.team.list.schedule', {
              cadence: s.cadence,
              weekday: String(s.weekday),
              time: s.localTime,
              zone: s.timeZone,
            })
          : say(io, 'cli.team.list.no-schedule'),
        ...(state ? [say(io, state)] : []),
      ];
      io.stdout(columns.join('\t'));
    }
    return 0;
  }
  if (verb === 'add') {
    if (!values.name || !values.channel) {
      throw refusal('usage', 'refusal.cli.needs-options', {
        command: 'team add',
        first: '--name',
        second: '--channel',
        usage: USAGE,
      });
    }
    checkScheduleOptions(values);
    const organizationId = await organizationOf(db, values.platform, values.workspace);
    const team = await addTeam(db, organizationId, {
      name: values.name,
      channelId: values.channel,
      ...(values.group ? { groupId: values.group } : {}),
      ...(values.leader ? { leaderPlatformUserId: values.leader } : {}),
      schedule: {
        cadence: values.cadence as Cadence,
        weekday: Number(values.weekday),
        localTime: values.time ?? '10:00',
        timeZone: values.tz ?? 'Europe/Amsterdam',
      },
    });
    io.stdout(say(io, 'cli.team.added', { team: team.name, channel: values.channel }));
    return 0;
  }
  if (verb === 'role') {
    if (!values.user || !(values.hr || values.admin || values['leader-of'])) {
      throw refusal('usage', 'refusal.cli.team-role-needs', { usage: USAGE });
    }
    const organizationId = await organizationOf(db, values.platform, values.workspace);
    if (values.hr) await assignRole(db, organizationId, { platformUserId: values.user, role: 'hr' });
    if (values.admin) await assignRole(db, organizationId, { platformUserId: values.user, role: 'admin' });
    if (values['leader-of']) {
      await assignRole(db, organizationId, {
        platformUserId: values.user,
        role: 'leader',
        channelId: values['leader-of'],
      });
    }
    io.stdout(say(io, 'cli.team.role-updated', { user: values.user }));
    return 0;
  }
  io.stderr(USAGE);
  return 2;
}
