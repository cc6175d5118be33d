import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a dashboard link from the bot stays valid. */
export const DASHBOARD_LINK_TTL_MS = 60 * 60 * 1000;

export interface LinkSigner {
  /** A token that names `personId` until `now + ttl`. */
  sign(personId: string, now: Date, ttlMs?: number): string;
  /** The person a token names, or undefined when it is forged, damaged or expired. */
  verify(token: string, now: Date): string | undefined;
}

/**
 * Dashboard links for chat platforms: a person asks the bot (`/pulse
 * dashboard`, App Home) and gets a link bound to them that expires within
 * the hour. The token is `base64url(personId.expiry).hmac`; the key is
 * derived from ENCRYPTION_KEY, or random per process without one (links then
 * end with a restart).
 */
export function createLinkSigner(encryptionKey: string | undefined): LinkSigner {
  const key = encryptionKey
    ? createHash('sha256').update(`dashboard-links:${encryptionKey}`).digest()
    : randomBytes(32);
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    sign(personId, now, ttlMs = DASHBOARD_LINK_TTL_MS) {
      const body = Buffer.from(`${personId}.${now.getTime() + ttlMs}`).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    verify(token, now) {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return undefined;
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      const decoded = Buffer.from(body, 'base64url').toString();
      const cut = decoded.lastIndexOf('.');
      const expires = Number(decoded.slice(cut + 1));
      if (cut <= 0 || !Number.isFinite(expires) || expires <= now.getTime()) return undefined;
      return decoded.slice(0, cut);
    },
  };
}
