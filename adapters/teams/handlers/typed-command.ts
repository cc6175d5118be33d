import type { Activity } from '@microsoft/teams.api';
import { makesActions } from '../../../src/app/actions.ts';
import type { PersonView } from '../../../src/app/services.ts';
import { helpNotice, notice, tp, type MessageKey, type MessageParams } from '../../../src/messages/index.ts';
import type { FeatureRef, MessageDocument, Notice } from '../../../src/messages/types.ts';
import { LOCALES, type Locale } from '../../../src/model/keys.ts';
import { commandNames, parseCommand, type TypedCommand } from '../commands.ts';
import type { TeamsActivityResult, TeamsTurnContext } from '../receiver/activity-handler.ts';
import type { ErasureRequest } from '../../../src/messages/erasure-request.ts';
import type { ActionForm } from '../../../src/messages/index.ts';
import { cardAttachment, messageAttachments } from '../render/attachments.ts';
import { renderActionForm } from '../render/action-form.ts';
import { renderErasureRequest } from '../render/erasure-request.ts';
import { refusal, senderOf, type TeamsHandlerDeps } from './deps.ts';
import { adminCommandOf, adminUsage, runAdminCommand } from './admin-commands.ts';

/**
 * A message typed to the bot: one of the commands of `commands.ts` (the
 * same as Slack's `/pulse …`), answered in the same conversation with a card
 * in the person's language. In a channel only the commands that concern no
 * one person answer, since everyone there sees the reply, and an admin's
 * commands (`admin-commands.ts`); anything else, and an unknown command, gets the help.
 */
export async function answerTypedMessage(
  deps: TeamsHandlerDeps,
  activity: Activity,
  context: TeamsTurnContext & { tenantId: string },
): Promise<TeamsActivityResult> {
  const conversationId = activity.conversation?.id;
  if (!conversationId || activity.type !== 'message') return undefined;
  const person = await senderOf(deps, activity, context.tenantId);
  const locale = person?.locale ?? deps.defaultLocale;
  const command = parseCommand(activity.text ?? '');
  const personal = activity.conversation.conversationType === 'personal';
  const admin = adminCommandOf(activity);
  let reply: MessageDocument | ErasureRequest | ActionForm;
  if (!person) {
    reply = notice('not-member', locale);
  } else if (admin) {
    reply = await runAdminCommand(deps, person, activity, admin).catch((error: unknown) =>
      refusal(deps, error, person.locale),
    );
  } else if (!command || !(commandNames(personal ? 'personal' : 'team') as string[]).includes(command.name)) {
    const typed = (activity.text ?? '').replace(/<at>.*?<\/at>/g, '').trim();
    reply = withHelp(notice('unknown-command', locale, { command: typed.split(/\s+/)[0] ?? '' }), person);
  } else {
    try {
      reply = await answerCommand(deps, person, command, activity);
    } catch (error) {
      reply = refusal(deps, error, person.locale);
    }
  }
  await deps.connector.sendActivity(
    { serviceUrl: context.serviceUrl, tenantId: context.tenantId, conversationId },
    {
      type: 'message',
      attachments:
        reply.kind === 'erasure-request'
          ? [cardAttachment(renderErasureRequest(reply))]
          : reply.kind === 'action-form'
            ? [cardAttachment(renderActionForm(reply))]
            : await messageAttachments(reply, deps.chartPng),
    },
    { interactive: true },
  );
  return undefined;
}

async function answerCommand(
  deps: TeamsHandlerDeps,
  person: PersonView,
  command: TypedCommand,
  activity: Activity,
): Promise<MessageDocument | ErasureRequest | ActionForm> {
  const { services, platformServices } = deps;
  const { locale } = person;
  const [first, second] = command.args;
  switch (command.name) {
    case 'help': {
      const help = helpNotice(locale, { makesActions: makesActions(person) });
      // Admins also learn how to set up teams and roles.
      return person.isAdmin ? { ...help, text: [...phrases(help.text), `\n\n${adminUsage(locale)}`] } : help;
    }
    case 'report':
      return report(deps, person, command.args.join(' '));
    case 'settings':
      // `settings holidays US-CA`: the menu has room for ten commands, so holidays live under settings.
      if (first?.toLowerCase() === 'holidays') return holidays(deps, person, second);
      return withDaysOff(
        notice('settings', locale, { locale, timeZone: person.timeZone, paused: person.paused }),
        locale,
      );
    case 'hours':
      if (first && second) return services.setWorkingHours(person.id, first, second);
      return notice('unknown-command', locale, { command: ['hours', ...command.args].join(' ') });
    case 'pause':
      // `pause until 2027-01-04`: leave, with the day they are back.
      if (first?.toLowerCase() === 'until' && second) return services.pauseUntil(person.id, second);
      return services.setPaused(person.id, true);
    case 'resume':
      return services.setPaused(person.id, false);
    case 'language': {
      const wanted = first?.toLowerCase();
      if (!isLocale(wanted)) return notice('unknown-command', locale, { command: `language ${first ?? ''}` });
      return services.setLocale(person.id, wanted);
    }
    case 'privacy':
      return services.privacyNotice(locale);
    case 'export': {
      // HR gets the organisation's CSV, everyone else what is kept about them; Teams hands either over as a dashboard link.
      return notice('export-ready', locale, { url: await deps.exportUrl(person) });
    }
    case 'dashboard':
      return notice('dashboard', locale, { url: await platformServices.dashboardUrl(person) });
    case 'admin':
      return platformServices.adminPage(person);
    case 'action':
      return services.teamActionForm(person.id, command.args.join(' '));
    case 'erase': {
      // An admin names the person who asked by @mentioning them; anyone else erases themselves.
      const named = activity.entities
        ?.filter((entity) => entity.type === 'mention')
        .map((entity) => (entity as { mentioned?: { id?: string } }).mentioned?.id)
        .find((id): id is string => typeof id === 'string' && id !== activity.recipient.id);
      return services.erasureRequest(person.id, named ? { platformUserId: named } : { self: true });
    }
  }
}

/** Without a team: HR and admins get the organisation, a leader of one team that team; others are asked which. */
async function report(deps: TeamsHandlerDeps, person: PersonView, wanted: string): Promise<MessageDocument> {
  const { services } = deps;
  const { locale } = person;
  const teams = await services.reportableTeams(person.id);
  if (wanted === '' && (person.isHr || person.isAdmin)) return services.orgReport(person.id);
  if (teams.length === 0) return notice('no-reports', locale);
  const names = teams.map((team) => team.name).join(', ');
  const needle = wanted.toLowerCase();
  const team =
    wanted === ''
      ? teams.length === 1
        ? teams[0]
        : undefined
      : (teams.find((candidate) => candidate.name.toLowerCase() === needle) ??
        teams.find((candidate) => candidate.name.toLowerCase().startsWith(needle)));
  if (team) return services.teamReport(person.id, team.id);
  return wanted === ''
    ? words(locale, 'chat.choose-team', { teams: names })
    : words(locale, 'chat.unknown-team', { name: wanted, teams: names });
}

/** `settings holidays NL`: the person's own public holidays; `organisation` follows the organisation's. */
async function holidays(deps: TeamsHandlerDeps, person: PersonView, region: string | undefined) {
  if (!region) return words(person.locale, 'holidays.usage', DAYS_OFF);
  return deps.services.setHolidayRegion(person.id, region.toLowerCase() === 'organisation' ? null : region);
}

const DAYS_OFF = { holidays: 'settings holidays', pause: 'pause' };

/** A notice with how to take leave and choose public holidays below it. */
function withDaysOff(told: Notice, locale: Locale): Notice {
  return {
    ...told,
    text: [...phrases(told.text), '\n\n', ...phrases(tp(locale, 'holidays.usage', DAYS_OFF))],
  };
}

function words(locale: Locale, key: MessageKey, params: MessageParams): Notice {
  return { kind: 'notice', locale, tone: 'info', text: tp(locale, key, params) };
}

/** A notice with the help below it, as one card. */
function withHelp(told: Notice, person: PersonView): Notice {
  const help = helpNotice(person.locale, { makesActions: makesActions(person) });
  return { ...told, text: [...phrases(told.text), '\n\n', ...phrases(help.text)] };
}

function phrases(phrase: Notice['text']): readonly (string | FeatureRef)[] {
  return typeof phrase === 'string' ? [phrase] : phrase;
}

function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
