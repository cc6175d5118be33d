import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecord, InstallationRepository } from '../../src/app/installations.ts';
import { SealedBox, type SealingKeys } from './sealed-box.ts';

export type { InstallationRecord, InstallationRepository };

/**
 * Bolt's InstallationStore over a repository, with each installation sealed
 * (see SealedBox for the format and key rotation). Values sealed with an old
 * key are re-sealed with the current key the first time they are read.
 */
export class EncryptedInstallationStore implements InstallationStore {
  private readonly box: SealedBox;

  private readonly repository: InstallationRepository;

  constructor(repository: InstallationRepository, keys: SealingKeys) {
    this.repository = repository;
    this.box = new SealedBox(keys);
  }

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const externalId = isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
    if (!externalId) throw new Error('An installation without a team or enterprise id cannot be stored.');
    const name = isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name;
    await this.repository.save({
      externalId,
      isEnterpriseInstall,
      secretsEnc: this.box.seal(JSON.stringify(installation), context(externalId)),
      ...(name ? { name } : {}),
      ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
      ...(installation.bot?.userId ? { botUserId: installation.bot.userId } : {}),
      ...(installation.user.id ? { installedBy: installation.user.id } : {}),
    });
  }

  /** The workspace's own install first, then an org-wide install of its enterprise. Throws when there is none. */
  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    for (const externalId of candidates(query)) {
      const record = await this.repository.fetch(externalId);
      if (!record) continue;
      const { plaintext, rotated } = this.box.open(record.secretsEnc, context(externalId));
      if (rotated) {
        await this.repository.save({ ...record, secretsEnc: this.box.seal(plaintext, context(externalId)) });
      }
      return JSON.parse(plaintext) as Installation<'v1' | 'v2', boolean>;
    }
    throw new InstallationNotFoundError(
      `No Slack installation for ${describe(query)}; install the app in that workspace.`,
    );
  }

  /**
   * The installations the configured keys cannot open. Checked at start-up:
   * a wrong ENCRYPTION_KEY must stop the bot there, not surface as silent
   * failures at the first event.
   */
  async checkKeys(): Promise<{ readonly installed: number; readonly unreadable: string[] }> {
    const failed: string[] = [];
    const installed = await this.repository.installed();
    for (const externalId of installed) {
      const record = await this.repository.fetch(externalId);
      if (!record) continue;
      try {
        this.box.open(record.secretsEnc, context(externalId));
      } catch {
        failed.push(externalId);
      }
    }
    return { installed: installed.length, unreadable: failed };
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const [own] = candidates(query);
    if (own) await this.repository.delete(own);
  }
}

/** Thrown by fetchInstallation when the workspace has no installation (never installed, or uninstalled). */
export class InstallationNotFoundError extends Error {
  override readonly name = 'InstallationNotFoundError';
}

function candidates(query: InstallationQuery<boolean>): string[] {
  if (query.isEnterpriseInstall) return query.enterpriseId ? [query.enterpriseId] : [];
  return [query.teamId, query.enterpriseId].filter((id): id is string => typeof id === 'string' && id !== '');
}

function context(externalId: string): string {
  return `slack-installation:${externalId}`;
}

function describe(query: InstallationQuery<boolean>): string {
  return query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`;
}

/** An in-memory repository, for tests and single-process development. */
export function memoryInstallationRepository(): InstallationRepository & {
  readonly records: Map<string, InstallationRecord>;
} {
  const records = new Map<string, InstallationRecord>();
  return {
    records,
    save: async (record) => {
      records.set(record.externalId, record);
    },
    fetch: async (externalId) => records.get(externalId),
    delete: async (externalId) => {
      records.delete(externalId);
    },
    installed: async () => [...records.keys()],
  };
}
