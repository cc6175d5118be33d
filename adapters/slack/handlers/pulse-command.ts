import type { App, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import type { PersonView } from '../../../src/app/services.ts';
import { makesActions } from '../../../src/app/actions.ts';
import { PulseError } from '../../../src/errors.ts';
import { helpNotice, notice, t } from '../../../src/messages/index.ts';
import type { Notice, OrgReport, TeamReport } from '../../../src/messages/types.ts';
import { LOCALES, type Locale } from '../../../src/model/keys.ts';
import { renderSettings } from '../render/home-view.ts';
import { PULSE_COMMAND, slackPhrase, slackWords } from '../render/feature-reach.ts';
import { renderNotice } from '../render/notice.ts';
import { renderErasureRequest } from '../render/erasure-request.ts';
import { renderOrgReport } from '../render/org-report.ts';
import type { SlackMessage } from '../render/slack-message.ts';
import { renderTeamReport } from '../render/team-report.ts';
import type { SlackAuth } from '../web-api/slack-web-api.ts';
import { uploadFile } from '../web-api/upload-file.ts';
import { openActionModal } from './action-command.ts';
import { settingsNotice } from './app-home.ts';
import { authFrom, ephemeral, findPerson, refusal, type SlackHandlerDeps } from './deps.ts';
import { checkNamedInWorkspace } from './workspace-names.ts';
import { CHANNEL, isAdminOperation, runAdminOperation, USER } from './admin-operations.ts';

type Reply = SlackMessage | Notice | string;

/**
 * `/pulse help | report [team] | settings | pause [until DATE] | resume |
 * holidays REGION | language en|nl | privacy | export | erase [@person] |
 * dashboard | action [team] | admin` (a leader's action modal is in
 * `action-command.ts`; `admin` alone is an admin's link to the admin page),
 * and the admin commands (here and in `admin-operations.ts`). Every answer is ephemeral (only the person
 * who typed it sees it); an unknown subcommand shows the help, and every
 * error says what to do instead.
 */
export function registerPulseCommand(app: App, deps: SlackHandlerDeps): void {
  app.command(deps.commandName ?? PULSE_COMMAND, async ({ command, ack, context, respond }) => {
    const person = await findPerson(deps, command.team_id, command.user_id);
    if (!person) {
      await ack(ephemeral(notice('not-member', deps.defaultLocale ?? 'en')));
      return;
    }
    // Typed as a string, but a signed payload may come without it; unanswered, Socket Mode would resend it.
    const text: unknown = command.text;
    const [sub = 'help', ...args] = (typeof text === 'string' ? text : '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const name = sub.toLowerCase();
    if (name === 'export') {
      await runExport(deps, person, authFrom(context, command.team_id), command, ack, respond);
      return;
    }
    if (name === 'action') {
      const { trigger_id } = command;
      const auth = () => authFrom(context, command.team_id);
      await openActionModal(deps, person, { trigger_id, teamName: args.join(' ') }, auth, { ack, respond });
      return;
    }
    let reply: Reply;
    try {
      reply = await answer(deps, person, name, args, () => authFrom(context, command.team_id));
    } catch (error) {
      reply = refusal(deps, error, person.locale);
    }
    await ack(ephemeral(reply));
  });
}

async function answer(
  deps: SlackHandlerDeps,
  person: PersonView,
  sub: string,
  args: string[],
  auth: () => SlackAuth,
): Promise<Reply> {
  const { services } = deps;
  const { locale } = person;
  if (isAdminOperation(sub, args)) return runAdminOperation(deps, auth, person, sub, args);
  switch (sub) {
    case 'help':
      return helpFor(deps, person);
    case 'report':
      return report(deps, person, args.join(' '));
    case 'settings': {
      const settings = settingsNotice(person);
      const url = await deps.dashboardUrl?.(person);
      return {
        text: slackPhrase(settings.text, locale),
        blocks: renderSettings(settings, person.paused, url),
      };
    }
    case 'pause':
      // `pause until 2027-01-04`: leave, with the day they are back.
      if (args[0]?.toLowerCase() === 'until' && args[1]) return services.pauseUntil(person.id, args[1]);
      return services.setPaused(person.id, true);
    case 'resume':
      return services.setPaused(person.id, false);
    case 'holidays': {
      const region = args[0];
      if (!region) return daysOffUsage(deps, locale);
      return services.setHolidayRegion(person.id, region.toLowerCase() === 'organisation' ? null : region);
    }
    case 'language': {
      const wanted = args[0]?.toLowerCase();
      if (!isLocale(wanted))
        return notice('unknown-command', locale, { command: ['language', ...args].join(' ') });
      return services.setLocale(person.id, wanted);
    }
    case 'privacy':
      return services.privacyNotice(locale);
    case 'erase':
      return erase(deps, auth, person, args);
    case 'admin':
      // `/pulse admin` alone: the admin page, by a link signed for this admin; `admin @person` gives the role.
      if (args.length === 0) return deps.adminPage?.(person) ?? t(locale, 'chat.no-dashboard');
      return administer(deps, auth(), person, sub, args);
    case 'team':
    case 'leader':
    case 'hr':
      return administer(deps, auth(), person, sub, args);
    case 'dashboard': {
      const url = await deps.dashboardUrl?.(person);
      return url ? notice('dashboard', locale, { url }) : t(locale, 'chat.no-dashboard');
    }
    default: {
      const unknown = renderNotice(notice('unknown-command', locale, { command: sub }));
      const help = renderNotice(helpFor(deps, person));
      return { text: help.text, blocks: [...unknown.blocks, ...help.blocks] };
    }
  }
}

/** The help with days off (holidays, leave), and for an admin the commands that set up and run teams below it. */
function helpFor(deps: SlackHandlerDeps, person: PersonView): Notice {
  const help = helpNotice(person.locale, { makesActions: makesActions(person) });
  const command = deps.commandName ?? PULSE_COMMAND;
  const text = [
    ...(typeof help.text === 'string' ? [help.text] : help.text),
    `\n${daysOffUsage(deps, person.locale)}`,
  ];
  if (!person.isAdmin) return { ...help, text };
  const usage = t(person.locale, 'chat.admin-usage', { command });
  const more = t(person.locale, 'admin.usage', { command: `${command} ` });
  return { ...help, text: [...text, `\n${usage}`, `\n${more}`] };
}

/** How a person takes leave and chooses their public holidays here. */
function daysOffUsage(deps: SlackHandlerDeps, locale: Locale): string {
  const command = deps.commandName ?? PULSE_COMMAND;
  return t(locale, 'holidays.usage', { holidays: `${command} holidays`, pause: `${command} pause` });
}

const USERGROUP = /^<!subteam\^([^|>]+)(?:\|[^>]*)?>$/;

/**
 * Admin commands: `team add #channel [@leader] [@user-group]` (members from
 * the user group instead of the channel), `leader @person #channel`,
 * `hr @person`, `admin @person`. The services check that the caller is an
 * admin; a malformed command gets the usage back. Every channel, person and
 * user group named must be this workspace's own (checkNamedInWorkspace).
 */
async function administer(
  deps: SlackHandlerDeps,
  auth: SlackAuth,
  person: PersonView,
  sub: string,
  args: string[],
): Promise<Reply> {
  const { services } = deps;
  const channel = args.map((arg) => CHANNEL.exec(arg)).find(Boolean);
  const user = args.map((arg) => USER.exec(arg)).find(Boolean);
  const group = args.map((arg) => USERGROUP.exec(arg)).find(Boolean);
  // Only admins may go on: the services check that again, but a non-admin learns nothing about ids here.
  if (!person.isAdmin) throw new PulseError('forbidden', 'Only an admin can set up teams and roles.');
  await checkNamedInWorkspace(deps.api, auth, {
    channels: channel?.[1] ? [channel[1]] : [],
    users: user?.[1] ? [user[1]] : [],
    usergroups: group?.[1] ? [group[1]] : [],
  });
  if (sub === 'team' && args[0] === 'add' && channel?.[1]) {
    return services.addTeam(person.id, {
      name: channel[2] || channel[1],
      channelId: channel[1],
      ...(group?.[1] ? { groupId: group[1] } : {}),
      ...(user?.[1] ? { leaderPlatformUserId: user[1] } : {}),
    });
  }
  if (sub === 'leader' && user?.[1] && channel?.[1]) {
    return services.assignRole(person.id, { platformUserId: user[1], role: 'leader', channelId: channel[1] });
  }
  if ((sub === 'hr' || sub === 'admin') && user?.[1]) {
    return services.assignRole(person.id, { platformUserId: user[1], role: sub });
  }
  throw new PulseError(
    'usage',
    t(person.locale, 'chat.admin-usage', { command: deps.commandName ?? PULSE_COMMAND }),
  );
}

/**
 * `/pulse erase` shows a person what erasing their data removes and keeps,
 * with the button that confirms it; `/pulse erase @person` does the same for
 * an admin acting on that person's request (the person must be this
 * workspace's own). The use case refuses anyone else.
 */
async function erase(
  deps: SlackHandlerDeps,
  auth: () => SlackAuth,
  person: PersonView,
  args: string[],
): Promise<Reply> {
  const named = args.map((arg) => USER.exec(arg)).find(Boolean)?.[1];
  if (args.length > 0 && !named) {
    return notice('unknown-command', person.locale, { command: ['erase', ...args].join(' ') });
  }
  if (named && named !== person.platformUserId && person.isAdmin) {
    await checkNamedInWorkspace(deps.api, auth(), { channels: [], users: [named], usergroups: [] });
  }
  const request = await deps.services.erasureRequest(
    person.id,
    named ? { platformUserId: named } : { self: true },
  );
  return request.kind === 'notice' ? request : renderErasureRequest(request);
}

/** Without a team: HR get the organisation, a leader of one team that team; others are asked which. */
async function report(deps: SlackHandlerDeps, person: PersonView, wanted: string): Promise<Reply> {
  const { services } = deps;
  const teams = await services.reportableTeams(person.id);
  if (wanted === '') {
    if (person.isHr || person.isAdmin) return slackReport(await services.orgReport(person.id));
    const [only, ...others] = teams;
    if (!only) return notice('no-reports', person.locale);
    if (others.length > 0) {
      return slackWords(person.locale, 'chat.choose-team', {
        teams: teams.map((team) => team.name).join(', '),
      });
    }
    return slackReport(await services.teamReport(person.id, only.id));
  }
  if (teams.length === 0) return notice('no-reports', person.locale);
  const needle = wanted.toLowerCase();
  const team =
    teams.find((candidate) => candidate.id === wanted || candidate.name.toLowerCase() === needle) ??
    teams.find((candidate) => candidate.name.toLowerCase().startsWith(needle));
  if (!team) {
    return t(person.locale, 'chat.unknown-team', {
      name: wanted,
      teams: teams.map((candidate) => candidate.name).join(', '),
    });
  }
  return slackReport(await services.teamReport(person.id, team.id));
}

/** A report in Block Kit; before any results, the notice that says so. */
function slackReport(report: TeamReport | OrgReport | Notice): Reply {
  if (report.kind === 'notice') return report;
  return report.kind === 'team-report' ? renderTeamReport(report) : renderOrgReport(report);
}

/**
 * `/pulse export`: acknowledged at once (an export can take longer than
 * Slack's 3 seconds); then a download link follows ephemerally, or the file
 * arrives in the person's DM. Who may export what is the export's own check.
 */
async function runExport(
  deps: SlackHandlerDeps,
  person: PersonView,
  auth: SlackAuth,
  command: SlashCommand,
  ack: (response?: RespondArguments) => Promise<void>,
  respond: RespondFn,
): Promise<void> {
  if (!deps.exportData) {
    await ack(ephemeral(slackWords(person.locale, 'chat.export-unavailable')));
    return;
  }
  await ack();
  let reply: Reply | undefined;
  try {
    const result = await deps.exportData(person);
    if (result.kind === 'link') {
      reply = notice('export-ready', person.locale, { url: result.url });
    } else {
      const opened = await deps.api.call(auth, 'conversations.open', { users: command.user_id });
      const channelId = (opened.channel as { id?: string } | undefined)?.id;
      if (!channelId) throw new Error('conversations.open returned no channel');
      await uploadFile(deps.api, auth, {
        bytes: typeof result.content === 'string' ? new TextEncoder().encode(result.content) : result.content,
        filename: result.filename,
        title: result.title,
        channelId,
      });
    }
  } catch (error) {
    reply = refusal(deps, error, person.locale);
  }
  if (reply === undefined) return;
  await respond(ephemeral(reply)).catch((error: unknown) => {
    deps.log.warn({ err: error }, 'slack: could not answer /pulse export');
  });
}

function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
