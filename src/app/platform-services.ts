import { PulseError } from '../errors.ts';
import { t } from '../messages/index.ts';
import { orgReportCsv } from '../messages/report-csv.ts';
import { personalDataOf } from './data-rights.ts';
import type { AppContext } from './context.ts';
import { dashboardPaths } from './dashboard-links.ts';
import { adminPageNotice } from './admin-page-link.ts';
import type { Notice } from '../messages/types.ts';
import { rememberConversation, someConversationIn, type PersonWhereabouts } from './conversations.ts';
import { installationRepository, type InstallationRepository } from './installations.ts';
import type { PlatformData } from './ports.ts';
import { claimOnce } from './processed-events.ts';
import type { PersonView, PulseServices } from './services.ts';
import { groupAdded, groupMembersChanged, groupRemoved } from './workspace-groups.ts';
import { workspaceConnected, workspaceInstalled, workspaceRemoved } from './workspaces.ts';

/** A file a person asked for (an export), for the platform to hand over in their chat. */
export interface ExportFile {
  readonly filename: string;
  readonly title: string;
  readonly content: string;
}

/**
 * What a platform module needs from the bot besides PulseServices: the
 * plumbing of being installed in workspaces (organisations, installations,
 * removals), telling one delivery from a redelivery, remembering how to
 * reach people, and the rules for exports and links. Every platform calls
 * these the same way; each instance is bound to one platform's id.
 */
export interface PlatformServices {
  readonly platform: string;
  /** The organisation a workspace or tenant is, if the bot knows it. */
  organizationOf(externalId: string): Promise<string | undefined>;
  /** The platform's id for an organisation's workspace or tenant. */
  externalIdOf(organizationId: string): Promise<string | undefined>;
  /**
   * The bot is connected to a workspace (a bot token at start, or an
   * install): its organisation is created the first time, then the
   * install rules run (resumed teams, the installer as first admin).
   */
  connected(workspace: { externalId: string; name?: string; installedBy?: string }): Promise<string>;
  /** The workspace removed the app or revoked its token: teams stop and secrets are destroyed. */
  removed(externalId: string, reason: string): Promise<void>;
  /**
   * The app was removed from one group of the workspace (where a platform
   * installs it per group): only that group's teams stop; the workspace too
   * when no team runs any more.
   */
  groupRemoved(externalId: string, groupId: string, reason: string): Promise<void>;
  /** The app was added to a group (again): the teams its last removal stopped resume. */
  groupAdded(externalId: string, groupId: string): Promise<void>;
  /** The app is in the organisation's workspace: not removed since it was last installed. */
  isConnected(organizationId: string): Promise<boolean>;
  /** The active team whose member source is this channel, if any. */
  teamForChannel(organizationId: string, channelId: string): Promise<string | undefined>;
  /** The platform says a channel's or group's members changed: every team they make up is synced on the next tick. */
  membersChanged(organizationId: string, channelId: string): Promise<void>;
  /** True the first time an event id is seen; a redelivery is false (`kind` keeps kinds apart). */
  firstDelivery(kind: string, id: string): Promise<boolean>;
  /** Keeps what the platform just said about reaching a person (and their zone and locale); false for someone not known yet. */
  rememberConversation(
    person: { organizationId: string; platformUserId: string },
    conversation: PlatformData,
    whereabouts?: PersonWhereabouts,
  ): Promise<boolean>;
  /** What the platform last said about reaching anyone in the organisation (a tenant's service URL). */
  someConversationIn(organizationId: string): Promise<PlatformData | undefined>;
  /** What an export gives this person: HR the organisation's aggregates; everyone else everything kept about them. */
  exportFor(person: PersonView): Promise<ExportFile>;
  /** A link to the web dashboard that opens as this person. */
  dashboardUrl(person: PersonView): Promise<string>;
  /** An admin's link to the admin page (the `admin` command); anyone else is told only admins can. */
  adminPage(person: PersonView): Promise<Notice>;
  /** Where this platform's installations (sealed secrets) are kept. */
  readonly installations: InstallationRepository;
}

export function createPlatformServices(
  ctx: AppContext,
  services: PulseServices,
  platform: string,
): PlatformServices {
  const { db } = ctx;
  const workspace = (externalId: string) => ({ platform_externalId: { platform, externalId } });
  const teamForChannel = async (organizationId: string, channelId: string) => {
    const team = await db.team.findFirst({
      where: { organizationId, source: 'channel', sourceId: channelId, active: true },
      select: { id: true },
    });
    return team?.id;
  };
  return {
    platform,
    async organizationOf(externalId) {
      return (await db.organization.findUnique({ where: workspace(externalId), select: { id: true } }))?.id;
    },
    async externalIdOf(organizationId) {
      const org = await db.organization.findUnique({ where: { id: organizationId } });
      return org?.platform === platform ? org.externalId : undefined;
    },
    async connected({ externalId, name, installedBy }) {
      const org = await db.organization.upsert({
        where: workspace(externalId),
        create: { platform, externalId, name: name ?? externalId, defaultLocale: ctx.settings.defaultLocale },
        update: {},
      });
      await workspaceInstalled(ctx, { platform, externalId }, installedBy);
      return org.id;
    },
    removed: (externalId, reason) => workspaceRemoved(ctx, { platform, externalId }, reason),
    groupRemoved: (externalId, groupId, reason) =>
      groupRemoved(ctx, { platform, externalId }, groupId, reason),
    groupAdded: (externalId, groupId) => groupAdded(ctx, { platform, externalId }, groupId),
    isConnected: (organizationId) => workspaceConnected(db, organizationId),
    teamForChannel,
    membersChanged: (organizationId, channelId) => groupMembersChanged(ctx, organizationId, channelId),
    firstDelivery: (kind, id) => claimOnce(db, `${platform}:${kind}:${id}`, ctx.clock.now()),
    rememberConversation: (person, conversation, whereabouts) =>
      rememberConversation(db, person, conversation, whereabouts),
    someConversationIn: (organizationId) => someConversationIn(db, organizationId),
    async exportFor(person) {
      if (person.isHr) {
        return {
          filename: 'excellence-pulse-organisation.csv',
          title: t(person.locale, 'export.organisation-title'),
          content: orgReportCsv(await services.orgReport(person.id)),
        };
      }
      const data = await personalDataOf(db, person.id, ctx.settings);
      if (!data) throw new PulseError('not_found', 'This person is not known here.');
      return {
        filename: 'excellence-pulse-my-data.json',
        title: t(person.locale, 'export.own-data-title'),
        content: JSON.stringify(data, null, 2),
      };
    },
    dashboardUrl: (person) => ctx.links.dashboard(person, dashboardPaths.home),
    adminPage: (person) => adminPageNotice(ctx.links, person),
    installations: installationRepository(db, ctx.clock, platform),
  };
}
