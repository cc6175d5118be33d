import type { AdminActor } from '../app/admin-actions.ts';
import { closeRoundNow, sendRoundNow, type RoundOpeningContext } from '../app/round-by-hand.ts';
import { pauseTeam, removeTeam, resumeTeam } from '../app/team-lifecycle.ts';
import { changeTeamSchedule } from '../app/team-schedule.ts';
import { refusal } from '../messages/refusals.ts';
import { parseCommandArgs } from './command-args.ts';
import { say, type AdminIo } from './command-io.ts';
import { organizationOf } from './organization-option.ts';
import { checkScheduleOptions } from './schedule-options.ts';

export const TEAM_OPERATIONS = ['schedule', 'pause', 'resume', 'remove', 'send-now', 'close-now'] as const;

export const TEAM_OPERATIONS_USAGE = `  excellence-pulse team schedule  --channel CHANNEL_ID [--cadence weekly|biweekly|fourweekly|monthly]
                                 [--weekday 1-7] [--time HH:mm] [--tz ZONE] [--platform NAME] [--workspace ID]
  excellence-pulse team pause     --channel CHANNEL_ID [--platform NAME] [--workspace ID]
  excellence-pulse team resume    --channel CHANNEL_ID [--platform NAME] [--workspace ID]
  excellence-pulse team remove    --channel CHANNEL_ID --yes [--platform NAME] [--workspace ID]
  excellence-pulse team send-now  --channel CHANNEL_ID [--platform NAME] [--workspace ID]
  excellence-pulse team close-now --channel CHANNEL_ID [--platform NAME] [--workspace ID]`;

const USAGE = `Usage:
${TEAM_OPERATIONS_USAGE}

schedule changes what is given and keeps the rest; the next round moves to the new schedule.
pause stops new rounds until resume (an open round runs to its end). remove stops the team for
good: published figures stay, raw answers go after the retention period. send-now opens a round
at once for a try-out (people get it now or at their next working moment); close-now closes the
open round, and the running bot sends its report within a minute. Every change is audited.`;

function parse(rest: string[]) {
  return parseCommandArgs(
    {
      args: rest,
      options: {
        channel: { type: 'string' },
        platform: { type: 'string' },
        workspace: { type: 'string' },
        cadence: { type: 'string' },
        weekday: { type: 'string' },
        time: { type: 'string' },
        tz: { type: 'string' },
        yes: { type: 'boolean' },
      },
      strict: true,
    },
    USAGE,
  ).values;
}

/** `excellence-pulse team schedule|pause|resume|remove|send-now|close-now`: the admin's operations on a team. */
export async function runTeamOperation(
  args: string[],
  ctx: RoundOpeningContext,
  io: AdminIo,
): Promise<number> {
  const [verb, ...rest] = args;
  if (rest.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const values = parse(rest);
  if (!values.channel) {
    throw refusal('usage', 'refusal.cli.needs-option', {
      command: `team ${verb ?? ''}`,
      option: '--channel',
      usage: USAGE,
    });
  }
  const actor: AdminActor = {
    organizationId: await organizationOf(ctx.db, values.platform, values.workspace),
    personId: null,
  };
  const channel = values.channel;
  switch (verb) {
    case 'schedule': {
      checkScheduleOptions(values);
      const weekday = values.weekday === undefined ? undefined : Number(values.weekday);
      const changed = await changeTeamSchedule(ctx, actor, channel, {
        ...(values.cadence ? { cadence: values.cadence } : {}),
        ...(weekday !== undefined ? { weekday } : {}),
        ...(values.time ? { time: values.time } : {}),
        ...(values.tz ? { timeZone: values.tz } : {}),
      });
      const s = changed.schedule;
      io.stdout(
        say(io, 'cli.team.scheduled', {
          team: changed.team,
          cadence: s.cadence,
          weekday: String(s.weekday),
          time: s.time,
          zone: s.timeZone,
          next: changed.nextRound.toISOString(),
        }),
      );
      return 0;
    }
    case 'pause':
      io.stdout(say(io, 'cli.team.paused', { team: (await pauseTeam(ctx, actor, channel)).team }));
      return 0;
    case 'resume': {
      const resumed = await resumeTeam(ctx, actor, channel);
      io.stdout(
        resumed.nextRound
          ? say(io, 'cli.team.resumed', { team: resumed.team, next: resumed.nextRound.toISOString() })
          : say(io, 'cli.team.resumed-unscheduled', { team: resumed.team }),
      );
      return 0;
    }
    case 'remove': {
      if (!values.yes) throw refusal('usage', 'refusal.cli.remove-team-confirm', { channel });
      const removed = await removeTeam(ctx, actor, channel);
      const key = removed.roundClosed ? 'cli.team.removed-round-closed' : 'cli.team.removed';
      io.stdout(say(io, key, { team: removed.team }));
      return 0;
    }
    case 'send-now': {
      const sent = await sendRoundNow(ctx, actor, channel);
      io.stdout(
        say(io, 'cli.team.sent-now', {
          team: sent.team,
          invited: sent.invited,
          closes: sent.closesAt.toISOString(),
        }),
      );
      return 0;
    }
    case 'close-now':
      io.stdout(say(io, 'cli.team.closed-now', { team: (await closeRoundNow(ctx, actor, channel)).team }));
      return 0;
    default:
      io.stderr(USAGE);
      return 2;
  }
}
