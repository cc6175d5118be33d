import type { Hono } from 'hono';
import {
  createSlackAdapter,
  EncryptedInstallationStore,
  installationWorkspaceResolver,
  type InstallationRecord,
  type InstallationRepository,
  slackReach,
  type SlackAdapter,
} from '../../adapters/slack/index.ts';
import { dashboardRoutes, orgReportCsv, type ResolveDashboardViewer } from '../../adapters/local/index.ts';
import {
  createLinkSigner,
  dashboardPaths,
  MESSAGE_LINK_TTL_MS,
  signedLinks,
  type LinkSigner,
} from '../app/dashboard-links.ts';
import { chartWords, notice } from '../messages/index.ts';
import type { Clock } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { profileBarsSpec, renderPng } from '../charts/index.ts';
import type { MessageDocument } from '../messages/types.ts';
import { createPulseServices } from '../app/pulse-services.ts';
import { tick } from '../app/tick.ts';
import { workspaceInstalled, workspaceRemoved } from '../app/workspaces.ts';
import type { Config, PlatformMode } from '../config/index.ts';
import { PulseError } from '../errors.ts';
import type { Db } from '../store/database.ts';

/** Slack installations in the Installation table; saving one creates its organisation. */
export function installationRepository(db: Db, clock: Clock): InstallationRepository {
  const toRecord = (row: {
    externalId: string;
    enterpriseId: string | null;
    botUserId: string | null;
    installedBy: string | null;
    secretsEnc: string | null;
  }): InstallationRecord => ({
    externalId: row.externalId,
    isEnterpriseInstall: row.enterpriseId !== null && row.enterpriseId === row.externalId,
    secretsEnc: row.secretsEnc ?? '',
    ...(row.enterpriseId ? { enterpriseId: row.enterpriseId } : {}),
    ...(row.botUserId ? { botUserId: row.botUserId } : {}),
    ...(row.installedBy ? { installedBy: row.installedBy } : {}),
  });
  return {
    async save(record) {
      const org = await db.organization.upsert({
        where: { platform_externalId: { platform: 'slack', externalId: record.externalId } },
        create: { platform: 'slack', externalId: record.externalId, name: record.name ?? record.externalId },
        update: record.name ? { name: record.name } : {},
      });
      const data = {
        organizationId: org.id,
        enterpriseId: record.enterpriseId ?? null,
        botUserId: record.botUserId ?? null,
        installedBy: record.installedBy ?? null,
        secretsEnc: record.secretsEnc,
        revokedAt: null,
      };
      await db.installation.upsert({
        where: { platform_externalId: { platform: 'slack', externalId: record.externalId } },
        create: { platform: 'slack', externalId: record.externalId, ...data },
        update: data,
      });
    },
    async fetch(externalId) {
      const row = await db.installation.findUnique({
        where: { platform_externalId: { platform: 'slack', externalId } },
      });
      return row && !row.revokedAt && row.secretsEnc ? toRecord(row) : undefined;
    },
    async installed() {
      const rows = await db.installation.findMany({
        where: { platform: 'slack', revokedAt: null, secretsEnc: { not: null } },
        select: { externalId: true },
      });
      return rows.map((row) => row.externalId);
    },
    async delete(externalId) {
      await db.installation.updateMany({
        where: { platform: 'slack', externalId },
        data: { secretsEnc: null, revokedAt: clock.now() },
      });
    },
  };
}

/** Records an Events API event id; true when it was seen before (Slack redelivers on timeouts). */
export function eventLedger(db: Db): (eventId: string) => Promise<boolean> {
  return async (eventId) => !(await claimOnce(db, `slack:${eventId}`));
}

/**
 * Records a used OAuth state in ProcessedEvent (`oauth-state:<nonce>`); true
 * the first time. The insert is the claim, so two callbacks racing with the
 * same state cannot both pass.
 */
export function oauthStateLedger(db: Db): (nonce: string) => Promise<boolean> {
  return (nonce) => claimOnce(db, `oauth-state:${nonce}`);
}

/** Inserts `id` into ProcessedEvent: true if this call inserted it, false if it was there already. */
async function claimOnce(db: Db, id: string): Promise<boolean> {
  try {
    await db.processedEvent.create({ data: { id } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return false;
    throw error;
  }
}

/** The chart a leader's report carries in Slack: the nine elements as bars, hidden ones marked, as a PNG. */
async function teamReportChart(doc: MessageDocument): Promise<Uint8Array | undefined> {
  if (doc.kind !== 'team-report' || doc.elements.length === 0) return undefined;
  const text = chartWords(doc.locale);
  const spec = profileBarsSpec(doc.elements, {
    locale: doc.locale,
    title: doc.headings.elements,
    n: text.n,
    hidden: text.hidden,
    scoreAxis: text.score,
  });
  return (await renderPng(spec)).png;
}

/**
 * The dashboard's viewer in Slack mode: the person a signed link from the
 * bot names. The token rides along on every dashboard link. A genuine link
 * that has run out is answered in its person's language with how to get a
 * fresh one.
 */
export function signedLinkViewer(db: Db, links: LinkSigner, clock: Clock): ResolveDashboardViewer {
  return async (c) => {
    const token = c.req.query('t');
    const claim = token ? links.read(token, clock.now()) : undefined;
    if (!token || !claim) return undefined;
    const person = await db.person.findUnique({ where: { id: claim.personId } });
    if (!person?.active) return undefined;
    if (claim.expired) {
      return {
        expired: notice('dashboard-link-expired', person.locale, {
          days: Math.round(MESSAGE_LINK_TTL_MS / 86_400_000),
        }),
      };
    }
    return {
      id: person.id,
      displayName: person.displayName,
      locale: person.locale === 'nl' ? 'nl' : 'en',
      isHr: person.isHr,
      query: `?t=${encodeURIComponent(token)}`,
    };
  };
}

export interface SlackMode {
  readonly adapter: SlackAdapter;
  /** One scheduler tick at `now`. */
  tick(now: Date): Promise<void>;
}

/**
 * The bot on Slack: the adapter (Socket Mode, HTTP, or HTTP with OAuth
 * distribution), its routes mounted on our server, and the engine's tick.
 * With a single bot token the workspace's organisation is created from
 * auth.test on start; with OAuth each installation creates its own.
 */
export async function startSlackMode(
  routes: Hono,
  base: Omit<AppContext, 'platform' | 'links'>,
  config: Config,
  mode: Exclude<PlatformMode, 'local'>,
): Promise<SlackMode> {
  const { db, log } = base;
  const store =
    mode === 'slack-oauth' && config.ENCRYPTION_KEY
      ? new EncryptedInstallationStore(installationRepository(db, base.clock), {
          current: config.ENCRYPTION_KEY,
          ...(config.ENCRYPTION_KEY_PREVIOUS ? { previous: config.ENCRYPTION_KEY_PREVIOUS.split(',') } : {}),
        })
      : undefined;
  const keys = await store?.checkKeys();
  if (keys && keys.unreadable.length > 0) {
    const which = `${keys.unreadable.length} of ${keys.installed} stored Slack installations (${keys.unreadable.join(', ')})`;
    const fix =
      'Set ENCRYPTION_KEY to the key they were stored with, or list that key in ENCRYPTION_KEY_PREVIOUS while rotating.';
    if (keys.unreadable.length === keys.installed)
      throw new PulseError('config_invalid', `ENCRYPTION_KEY cannot open ${which}. ${fix}`);
    log.warn(
      { unreadable: keys.unreadable },
      `ENCRYPTION_KEY cannot open ${which}; those stay silent. ${fix}`,
    );
  }
  // The use cases send through the adapter's platform, and the adapter calls the use cases.
  const built: { adapter?: SlackAdapter } = {};
  const signer = createLinkSigner(config.ENCRYPTION_KEY);
  const ctx: AppContext = {
    ...base,
    links: signedLinks(base.settings.publicUrl, signer, base.clock),
    get platform() {
      if (!built.adapter) throw new Error('slack: the platform was used before start-up finished');
      return built.adapter.platform;
    },
  };
  const services = createPulseServices(ctx);
  const adapter = createSlackAdapter(
    {
      ...(config.SLACK_BOT_TOKEN ? { botToken: config.SLACK_BOT_TOKEN } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
      ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(mode === 'slack-oauth' &&
      config.SLACK_CLIENT_ID &&
      config.SLACK_CLIENT_SECRET &&
      config.SLACK_STATE_SECRET
        ? {
            oauth: {
              clientId: config.SLACK_CLIENT_ID,
              clientSecret: config.SLACK_CLIENT_SECRET,
              stateSecret: config.SLACK_STATE_SECRET,
              redirectUri: `${base.settings.publicUrl}/slack/oauth_redirect`,
            },
          }
        : {}),
      slackApiUrl: config.SLACK_API_URL,
      includeGuests: config.SLACK_INCLUDE_GUESTS,
      dmVia: config.SLACK_DM_VIA,
      limits: { 'chat.postMessage': { perMinute: config.SLACK_POSTS_PER_MINUTE } },
    },
    {
      services,
      log,
      nowMilliseconds: () => base.clock.now().getTime(),
      defaultLocale: base.settings.defaultLocale,
      resolveOrganization: async (teamId) =>
        (
          await db.organization.findUnique({
            where: { platform_externalId: { platform: 'slack', externalId: teamId } },
          })
        )?.id,
      teamForChannel: async (organizationId, channelId) =>
        (
          await db.team.findFirst({
            where: { organizationId, source: 'channel', sourceId: channelId, active: true },
          })
        )?.id,
      seenEvent: eventLedger(db),
      claimOAuthState: oauthStateLedger(db),
      chartPng: teamReportChart,
      exportData: async (person) => {
        if (!person.isHr) {
          throw new PulseError(
            'forbidden',
            'Exports of the organisation’s figures are for HR. Your own view is in /pulse dashboard.',
          );
        }
        return {
          kind: 'file',
          filename: 'excellence-pulse-organisation.csv',
          title: 'Excellence Pulse: organisation figures (aggregates only)',
          content: orgReportCsv(await services.orgReport(person.id)),
        };
      },
      dashboardUrl: (person) => ctx.links.dashboard(person.id, dashboardPaths.home),
      onUninstalled: async (event) => {
        if (event.teamId)
          await workspaceRemoved(ctx, { platform: 'slack', externalId: event.teamId }, event.reason);
      },
      onInstalled: async (installation) => {
        const externalId = installation.isEnterpriseInstall
          ? installation.enterprise?.id
          : installation.team?.id;
        if (externalId)
          await workspaceInstalled(ctx, { platform: 'slack', externalId }, installation.user.id);
      },
      ...(store
        ? {
            installationStore: store,
            resolveWorkspace: installationWorkspaceResolver(store, async (organizationId) => {
              const org = await db.organization.findUnique({ where: { id: organizationId } });
              return org?.externalId;
            }),
          }
        : {}),
    },
  );
  built.adapter = adapter;
  routes.route('/', adapter.routes);
  routes.route(
    '/',
    dashboardRoutes({
      services,
      viewer: signedLinkViewer(db, signer, base.clock),
      reach: slackReach,
      onError: (error) => log.error({ err: error }, 'dashboard error'),
    }),
  );

  if (mode !== 'slack-oauth' && config.SLACK_BOT_TOKEN) {
    const identity = await adapter.api.call(
      { teamId: 'single-workspace', botToken: config.SLACK_BOT_TOKEN },
      'auth.test',
      {},
    );
    const teamId = String(identity.team_id);
    await db.organization.upsert({
      where: { platform_externalId: { platform: 'slack', externalId: teamId } },
      create: {
        platform: 'slack',
        externalId: teamId,
        name: String(identity.team ?? teamId),
        defaultLocale: base.settings.defaultLocale,
      },
      update: {},
    });
    await workspaceInstalled(ctx, { platform: 'slack', externalId: teamId }, undefined);
    log.info({ workspace: teamId }, 'connected to Slack');
  }
  await adapter.start();
  return { adapter, tick: async (now) => void (await tick(ctx, now)) };
}
