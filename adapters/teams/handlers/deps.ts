import type { Activity } from '@microsoft/teams.api';
import type { PlatformServices } from '../../../src/app/platform-services.ts';
import type { PersonView, PulseServices } from '../../../src/app/services.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import { failureNotice, type RefusalNotices } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { BotConnector } from '../connector/bot-connector.ts';
import type { ChartPng } from '../render/attachments.ts';

/** Everything the Teams handlers need from the rest of the bot. */
export interface TeamsHandlerDeps {
  readonly services: PulseServices;
  readonly platformServices: PlatformServices;
  readonly connector: BotConnector;
  /** A report's chart, sent beside its card. */
  readonly chartPng: ChartPng;
  /** Where HR download the organisation's figures as CSV, as a link that opens for them. */
  readonly exportUrl: (person: PersonView) => Promise<string>;
  /** Language for people the bot does not know yet (DEFAULT_LOCALE). */
  readonly defaultLocale: Locale;
  readonly log: Logger;
}

/** The person who sent an activity, when their tenant's organisation knows them. */
export async function senderOf(
  deps: TeamsHandlerDeps,
  activity: Activity,
  tenantId: string,
): Promise<PersonView | undefined> {
  const organizationId = await deps.platformServices.organizationOf(tenantId);
  if (!organizationId || !activity.from?.id) return undefined;
  return deps.services.findPerson({ organizationId, platformUserId: activity.from.id });
}

/** What a person is told when something fails, in their language; anything unexpected is logged too. */
export function refusal(
  deps: TeamsHandlerDeps,
  error: unknown,
  locale: Locale,
  extra: RefusalNotices = {},
): Notice {
  const failure = failureNotice(error, locale, extra);
  if (failure.unexpected) deps.log.error({ err: error }, 'teams: a handler failed');
  return failure.notice;
}
