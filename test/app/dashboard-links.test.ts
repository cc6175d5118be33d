import { describe, expect, it } from 'vitest';
import { createLinkSigner, MESSAGE_LINK_TTL_MS } from '../../src/app/dashboard-links.ts';

const KEY = 'q'.repeat(43) + '=';
const now = new Date('2026-11-23T10:00:00Z');

describe('dashboard links', () => {
  it('name the person they were made for until they expire, a week later', () => {
    const signer = createLinkSigner(KEY);
    const token = signer.sign('person-1', now);
    const nextDay = new Date(now.getTime() + 24 * 3_600_000);
    const afterAWeek = new Date(now.getTime() + MESSAGE_LINK_TTL_MS + 1);
    expect(signer.verify(token, nextDay)).toBe('person-1');
    expect(signer.verify(token, afterAWeek)).toBeUndefined();
    // Expired but genuine: the page can still tell this person, in their language, how to get a new one.
    expect(signer.read(token, afterAWeek)).toEqual({ personId: 'person-1', expired: true });
    expect(signer.read(`${token}x`, afterAWeek)).toBeUndefined();
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
