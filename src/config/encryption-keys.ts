import type { CoreConfig } from './schema.ts';

/** ENCRYPTION_KEY_PREVIOUS as a list: the earlier keys a key rotation still opens with. */
export function previousEncryptionKeys(config: Pick<CoreConfig, 'ENCRYPTION_KEY_PREVIOUS'>): string[] {
  return config.ENCRYPTION_KEY_PREVIOUS?.split(',') ?? [];
}

/**
 * The engine's keys: ENCRYPTION_KEY keys the digests and new seals, and with
 * the earlier keys opens the return addresses of comments (see `SealKeys`).
 */
export function engineKeys(config: Pick<CoreConfig, 'ENCRYPTION_KEY' | 'ENCRYPTION_KEY_PREVIOUS'>): {
  digestSecret?: string;
  previousSecrets?: string[];
} {
  const previous = previousEncryptionKeys(config);
  return {
    ...(config.ENCRYPTION_KEY ? { digestSecret: config.ENCRYPTION_KEY } : {}),
    ...(previous.length > 0 ? { previousSecrets: previous } : {}),
  };
}
