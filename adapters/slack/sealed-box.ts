import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PulseError } from '../../src/errors.ts';

/**
 * AES-256-GCM for secrets at rest. A sealed value is
 * `v1:<iv>:<tag>:<ciphertext>` (base64 parts, a random 12-byte IV each time),
 * bound to a context string (e.g. the workspace id) as additional
 * authenticated data, so a sealed value copied to another row does not open.
 *
 * Key rotation: seal with `current`; list earlier keys in `previous` so old
 * values still open. A value opened with a previous key reports `rotated`,
 * and the caller writes it back sealed with the current key. Once every row
 * has been rewritten (or re-installed), drop the old key.
 */
export interface SealingKeys {
  /** 32 random bytes in base64 (ENCRYPTION_KEY; `openssl rand -base64 32`). */
  readonly current: string;
  /** Earlier keys, still accepted for opening. */
  readonly previous?: readonly string[];
}

const VERSION = 'v1';

export class SealedBox {
  private readonly current: Buffer;
  private readonly previous: readonly Buffer[];

  constructor(keys: SealingKeys) {
    this.current = decodeKey(keys.current, 'ENCRYPTION_KEY');
    this.previous = (keys.previous ?? []).map((key, index) => decodeKey(key, `previous key ${index + 1}`));
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
  }

  /** Opens a sealed value; throws when it was tampered with, sealed for another context, or with an unknown key. */
  open(sealed: string, context: string): { plaintext: string; rotated: boolean } {
    const parts = sealed.split(':');
    const [version, iv, tag, ciphertext] = parts;
    if (parts.length !== 4 || version !== VERSION || !iv || !tag || ciphertext === undefined) {
      throw new PulseError('platform_error', 'A stored secret has an unknown format.');
    }
    const keys = [this.current, ...this.previous];
    for (const [index, key] of keys.entries()) {
      const plaintext = tryOpen(
        key,
        Buffer.from(iv, 'base64'),
        Buffer.from(tag, 'base64'),
        ciphertext,
        context,
      );
      if (plaintext !== undefined) return { plaintext, rotated: index > 0 };
    }
    throw new PulseError(
      'platform_error',
      'A stored secret could not be decrypted: it was changed, or ENCRYPTION_KEY is not the key it was sealed with (list old keys for rotation).',
    );
  }
}

function tryOpen(
  key: Buffer,
  iv: Buffer,
  tag: Buffer,
  ciphertext: string,
  context: string,
): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    // Wrong key or tampered data: GCM's tag check failed; the caller tries the next key.
    return undefined;
  }
}

function decodeKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32 || key.toString('base64') !== base64) {
    throw new PulseError(
      'config_invalid',
      `${name} must be 32 random bytes in base64 (openssl rand -base64 32).`,
    );
  }
  return key;
}
