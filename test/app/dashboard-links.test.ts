import { describe, expect, it } from 'vitest';
import { createLinkSigner } from '../../src/app/dashboard-links.ts';

const KEY = 'q'.repeat(43) + '=';
const now = new Date('2026-11-23T10:00:00Z');

describe('dashboard links', () => {
  it('name the person they were made for until they expire', () => {
    const signer = createLinkSigner(KEY);
    const token = signer.sign('person-1', now);
    expect(signer.verify(token, new Date(now.getTime() + 59 * 60_000))).toBe('person-1');
    expect(signer.verify(token, new Date(now.getTime() + 61 * 60_000))).toBeUndefined();
  });

  it('refuse a token that was changed, made with another key, or is not a token at all', () => {
    const signer = createLinkSigner(KEY);
    const token = signer.sign('person-1', now);
    const [body, mac] = token.split('.');
    const otherBody = Buffer.from(`person-2.${now.getTime() + 3_600_000}`).toString('base64url');
    expect(signer.verify(`${otherBody}.${mac}`, now)).toBeUndefined();
    expect(signer.verify(`${body}.${mac}x`, now)).toBeUndefined();
    expect(createLinkSigner('r'.repeat(43) + '=').verify(token, now)).toBeUndefined();
    expect(signer.verify('nonsense', now)).toBeUndefined();
    expect(signer.verify('', now)).toBeUndefined();
  });

  it('survive a restart when made from the encryption key', () => {
    expect(createLinkSigner(KEY).verify(createLinkSigner(KEY).sign('p', now), now)).toBe('p');
  });
});
