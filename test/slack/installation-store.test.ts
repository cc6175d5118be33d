import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  EncryptedInstallationStore,
  InstallationNotFoundError,
  memoryInstallationRepository,
} from '../../adapters/slack/installation-store.ts';
import { SealedBox } from '../../adapters/slack/sealed-box.ts';
import { isPulseError } from '../../src/errors.ts';

const key = () => randomBytes(32).toString('base64');

function installation(teamId = 'T0001'): Installation<'v2', false> {
  return {
    team: { id: teamId, name: 'Example' },
    enterprise: undefined,
    user: { id: 'U_ADMIN', token: undefined, scopes: undefined },
    bot: { token: `xoxb-${teamId}-secret`, scopes: ['chat:write', 'commands'], id: 'B0BOT', userId: 'U0BOT' },
    appId: 'A0APP',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
}

const query = (teamId = 'T0001') => ({
  teamId,
  enterpriseId: undefined,
  isEnterpriseInstall: false as const,
});

describe('the encrypted installation store', () => {
  it('round-trips an installation and never stores the token in clear', async () => {
    const repository = memoryInstallationRepository();
    const store = new EncryptedInstallationStore(repository, { current: key() });
    await store.storeInstallation(installation());
    const record = repository.records.get('T0001')!;
    expect(record).toMatchObject({
      externalId: 'T0001',
      name: 'Example',
      botUserId: 'U0BOT',
      installedBy: 'U_ADMIN',
      isEnterpriseInstall: false,
    });
    expect(record.secretsEnc).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(JSON.stringify(record)).not.toContain('xoxb-');
    expect(await store.fetchInstallation(query())).toEqual(installation());
  });

  it('uses a fresh 12-byte IV every time', async () => {
    const box = new SealedBox({ current: key() });
    const first = box.seal('same text', 'ctx');
    const second = box.seal('same text', 'ctx');
    expect(first).not.toBe(second);
    expect(Buffer.from(first.split(':')[1]!, 'base64')).toHaveLength(12);
    expect(Buffer.from(first.split(':')[2]!, 'base64')).toHaveLength(16);
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const box = new SealedBox({ current: key() });
    const sealed = box.seal('{"bot":{"token":"xoxb-1"}}', 'ctx');
    const [version, iv, tag, ciphertext] = sealed.split(':') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64');
      bytes[0] = bytes[0]! ^ 0x01;
      return bytes.toString('base64');
    };
    for (const tampered of [
      [version, iv, tag, flip(ciphertext)],
      [version, iv, flip(tag), ciphertext],
      [version, flip(iv), tag, ciphertext],
    ]) {
      expect(() => box.open(tampered.join(':'), 'ctx')).toThrow(/could not be decrypted/);
    }
    expect(() => box.open(`v2:${iv}:${tag}:${ciphertext}`, 'ctx')).toThrow(/unknown format/);
    expect(() => box.open('garbage', 'ctx')).toThrow(/unknown format/);
  });

  it('refuses a record sealed for another workspace (copied between rows)', async () => {
    const repository = memoryInstallationRepository();
    const store = new EncryptedInstallationStore(repository, { current: key() });
    await store.storeInstallation(installation('T0001'));
    await store.storeInstallation(installation('T0002'));
    const other = repository.records.get('T0002')!;
    await repository.save({ ...repository.records.get('T0001')!, secretsEnc: other.secretsEnc });
    await expect(store.fetchInstallation(query('T0001'))).rejects.toThrow(/could not be decrypted/);
  });

  it('does not open with the wrong key', async () => {
    const repository = memoryInstallationRepository();
    await new EncryptedInstallationStore(repository, { current: key() }).storeInstallation(installation());
    const wrong = new EncryptedInstallationStore(repository, { current: key() });
    const failure = await wrong.fetchInstallation(query()).catch((error: unknown) => error);
    expect(isPulseError(failure, 'platform_error')).toBe(true);
  });

  it('rotates keys: old values open with a previous key and are re-sealed with the current one', async () => {
    const repository = memoryInstallationRepository();
    const oldKey = key();
    const newKey = key();
    await new EncryptedInstallationStore(repository, { current: oldKey }).storeInstallation(installation());
    const before = repository.records.get('T0001')!.secretsEnc;

    const rotating = new EncryptedInstallationStore(repository, { current: newKey, previous: [oldKey] });
    expect(await rotating.fetchInstallation(query())).toEqual(installation());
    expect(repository.records.get('T0001')!.secretsEnc).not.toBe(before);

    const newOnly = new EncryptedInstallationStore(repository, { current: newKey });
    expect(await newOnly.fetchInstallation(query())).toEqual(installation());
  });

  it('refuses keys that are not 32 bytes of base64', () => {
    for (const bad of [
      '',
      'c2hvcnQ=',
      randomBytes(16).toString('base64'),
      randomBytes(33).toString('base64'),
    ]) {
      const failure = (() => {
        try {
          return new SealedBox({ current: bad });
        } catch (error) {
          return error;
        }
      })();
      expect(isPulseError(failure, 'config_invalid')).toBe(true);
    }
  });

  it('finds an org-wide install for a workspace of the enterprise, and deletes', async () => {
    const repository = memoryInstallationRepository();
    const store = new EncryptedInstallationStore(repository, { current: key() });
    const orgWide: Installation<'v2', true> = {
      team: undefined,
      enterprise: { id: 'E0001', name: 'Grid' },
      user: { id: 'U_ADMIN', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-grid', scopes: ['chat:write'], id: 'B0BOT', userId: 'U0BOT' },
      isEnterpriseInstall: true,
      authVersion: 'v2',
    };
    await store.storeInstallation(orgWide);
    expect(repository.records.has('E0001')).toBe(true);
    const found = await store.fetchInstallation({
      teamId: 'T0009',
      enterpriseId: 'E0001',
      isEnterpriseInstall: false,
    });
    expect(found.bot?.token).toBe('xoxb-grid');
    await store.deleteInstallation({ teamId: undefined, enterpriseId: 'E0001', isEnterpriseInstall: true });
    await expect(
      store.fetchInstallation({ teamId: undefined, enterpriseId: 'E0001', isEnterpriseInstall: true }),
    ).rejects.toBeInstanceOf(InstallationNotFoundError);
  });
});
