import { describe, expect, it } from 'vitest';
import type { PlatformData } from '../../src/app/ports.ts';
import { TenantDirectory } from '../../adapters/teams/platform/tenant-directory.ts';

const STORED = 'https://smba.trafficmanager.net/emea/';
const LATEST = 'https://smba.trafficmanager.net/amer/';

function directory(stored: PlatformData | undefined, connected = true) {
  const asked: string[] = [];
  const tenants = new TenantDirectory({
    isConnected: async () => connected,
    externalIdOf: async (organizationId) => (organizationId === 'org-1' ? 'tenant-1' : undefined),
    someConversationIn: async (organizationId) => {
      asked.push(organizationId);
      return stored;
    },
  });
  return { tenants, asked };
}

describe('where a tenant’s Bot Connector is', () => {
  it('after a restart, takes the serviceUrl stored with someone in the organisation, then keeps it', async () => {
    const { tenants, asked } = directory({ serviceUrl: STORED, tenantId: 'tenant-1' });
    expect(await tenants.of('org-1')).toEqual({ tenantId: 'tenant-1', serviceUrl: STORED });
    expect(await tenants.of('org-1')).toEqual({ tenantId: 'tenant-1', serviceUrl: STORED });
    expect(asked).toEqual(['org-1']);
  });

  it('prefers the serviceUrl of the tenant’s latest activity', async () => {
    const { tenants } = directory({ serviceUrl: STORED, tenantId: 'tenant-1' });
    tenants.remember('tenant-1', LATEST);
    expect(await tenants.of('org-1')).toEqual({ tenantId: 'tenant-1', serviceUrl: LATEST });
  });

  it('gives no tenant once the app was removed from it, so nothing more is sent', async () => {
    const { tenants } = directory({ serviceUrl: STORED, tenantId: 'tenant-1' }, false);
    tenants.remember('tenant-1', LATEST);
    expect(await tenants.of('org-1')).toBeUndefined();
  });

  it('knows nothing of an organisation on another platform, or a tenant that never said anything', async () => {
    expect(await directory({ serviceUrl: STORED, tenantId: 'tenant-1' }).tenants.of('org-2')).toBeUndefined();
    expect(await directory(undefined).tenants.of('org-1')).toBeUndefined();
  });
});
