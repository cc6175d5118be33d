import type { PlatformServices } from '../../../src/app/platform-services.ts';
import type { TenantConnector } from '../connector/bot-connector.ts';
import { teamsReference } from './teams-address.ts';

/** What the directory asks of the bot: the tenant of an organisation, and a reference stored in it. */
export type TenantLookups = Pick<PlatformServices, 'externalIdOf' | 'someConversationIn' | 'isConnected'>;

/**
 * Where each tenant's Bot Connector is, while the app is installed there: the serviceUrl of its latest
 * activity (it differs by region and can move), kept in memory; after a
 * restart, until the tenant says something, the one stored with anyone's
 * conversation reference in its organisation (the installer's at least).
 */
export class TenantDirectory {
  private readonly latest = new Map<string, string>();
  private readonly services: TenantLookups;

  constructor(services: TenantLookups) {
    this.services = services;
  }

  remember(tenantId: string, serviceUrl: string): void {
    this.latest.set(tenantId, serviceUrl);
  }

  async of(organizationId: string): Promise<TenantConnector | undefined> {
    const tenantId = await this.services.externalIdOf(organizationId);
    // Removed from the tenant's teams: nothing more goes out (jobs queued before end there).
    if (!tenantId || !(await this.services.isConnected(organizationId))) return undefined;
    const serviceUrl =
      this.latest.get(tenantId) ??
      teamsReference(await this.services.someConversationIn(organizationId))?.serviceUrl;
    if (!serviceUrl) return undefined;
    this.latest.set(tenantId, serviceUrl);
    return { tenantId, serviceUrl };
  }
}
