import type { App } from '@slack/bolt';
import type { PersonView } from '../../../src/app/services.ts';
import { notice as buildNotice } from '../../../src/messages/index.ts';
import type { Notice, OrgReport, TeamReport } from '../../../src/messages/types.ts';
import { HOME_MAX_TEAMS, renderHomeView, renderUnknownHome } from '../render/home-view.ts';
import type { SlackAuth } from '../web-api/slack-web-api.ts';
import { authFrom, findPerson, type SlackHandlerDeps } from './deps.ts';

/** App Home is drawn when it is opened (and after a settings button there). */
export function registerAppHome(app: App, deps: SlackHandlerDeps): void {
  app.event('app_home_opened', async ({ event, body, context }) => {
    if (event.tab !== 'home') return;
    const auth = authFrom(context, body.team_id);
    await publishHome(deps, auth, body.team_id, event.user);
  });
}

/**
 * Publishes a person's App Home: participation, privacy and settings for
 * everyone; the latest report of the teams they lead; the organisation
 * overview for HR and admins. A report that cannot be shown is left out.
 */
export async function publishHome(
  deps: SlackHandlerDeps,
  auth: SlackAuth,
  teamId: string | undefined,
  userId: string,
  notice?: Notice,
): Promise<void> {
  const person = await findPerson(deps, teamId, userId);
  const view = person ? await homeFor(deps, person, notice) : renderUnknownHome(deps.defaultLocale ?? 'en');
  await deps.api.call(auth, 'views.publish', { user_id: userId, view }, { interactive: true });
}

async function homeFor(deps: SlackHandlerDeps, person: PersonView, notice: Notice | undefined) {
  const { services } = deps;
  const [participation, teamReports, orgReport, dashboardUrl] = await Promise.all([
    services.myParticipation(person.id),
    Promise.all(
      person.leads
        .slice(0, HOME_MAX_TEAMS)
        .map((teamId) => optional(deps, services.teamReport(person.id, teamId))),
    ),
    person.isHr || person.isAdmin
      ? optional(deps, services.orgReport(person.id))
      : Promise.resolve(undefined),
    deps.dashboardUrl?.(person),
  ]);
  return renderHomeView({
    locale: person.locale,
    paused: person.paused,
    participation,
    privacy: services.privacyNotice(person.locale),
    settings: settingsNotice(person),
    teamReports: teamReports.filter((report) => report !== undefined),
    ...(orgReport ? { orgReport } : {}),
    ...(dashboardUrl ? { dashboardUrl } : {}),
    ...(notice ? { notice } : {}),
  });
}

async function optional<T extends TeamReport | OrgReport | Notice>(
  deps: SlackHandlerDeps,
  report: Promise<T>,
) {
  try {
    return await report;
  } catch (error) {
    deps.log.info({ err: error }, 'slack: a report was left off App Home');
    return undefined;
  }
}

/** The person's settings in words: language, time zone, paused or on. */
export function settingsNotice(person: PersonView): Notice {
  return buildNotice('settings', person.locale, {
    locale: person.locale,
    timeZone: person.timeZone,
    paused: person.paused,
  });
}
