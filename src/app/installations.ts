import type { Db } from '../store/database.ts';
import type { Clock } from './clock.ts';

/**
 * One installation of the app in a workspace or tenant: the platform's
 * secrets (bot tokens) sealed by the platform module before they get here,
 * so the database never holds a readable token.
 */
export interface InstallationRecord {
  readonly externalId: string;
  readonly name?: string;
  readonly enterpriseId?: string;
  readonly isEnterpriseInstall: boolean;
  readonly botUserId?: string;
  readonly installedBy?: string;
  readonly secretsEnc: string;
}

export interface InstallationRepository {
  /** Keeps an installation; the first one of a workspace creates its organisation. */
  save(record: InstallationRecord): Promise<void>;
  /** The live installation of a workspace; undefined once it was removed. */
  fetch(externalId: string): Promise<InstallationRecord | undefined>;
  /** The workspaces with a live installation. */
  installed(): Promise<string[]>;
  /** Destroys the sealed secrets and marks the installation removed. */
  delete(externalId: string): Promise<void>;
}

/** A platform's installations in the Installation table. */
export function installationRepository(db: Db, clock: Clock, platform: string): InstallationRepository {
  const key = (externalId: string) => ({ platform_externalId: { platform, externalId } });
  return {
    async save(record) {
      const org = await db.organization.upsert({
        where: key(record.externalId),
        create: { platform, externalId: record.externalId, name: record.name ?? record.externalId },
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
        where: key(record.externalId),
        create: { platform, externalId: record.externalId, ...data },
        update: data,
      });
    },
    async fetch(externalId) {
      const row = await db.installation.findUnique({ where: key(externalId) });
      if (!row || row.revokedAt || !row.secretsEnc) return undefined;
      return {
        externalId: row.externalId,
        isEnterpriseInstall: row.enterpriseId !== null && row.enterpriseId === row.externalId,
        secretsEnc: row.secretsEnc,
        ...(row.enterpriseId ? { enterpriseId: row.enterpriseId } : {}),
        ...(row.botUserId ? { botUserId: row.botUserId } : {}),
        ...(row.installedBy ? { installedBy: row.installedBy } : {}),
      };
    },
    async installed() {
      const rows = await db.installation.findMany({
        where: { platform, revokedAt: null, secretsEnc: { not: null } },
        select: { externalId: true },
      });
      return rows.map((row) => row.externalId);
    },
    async delete(externalId) {
      await db.installation.updateMany({
        where: { platform, externalId },
        data: { secretsEnc: null, revokedAt: clock.now() },
      });
    },
  };
}
