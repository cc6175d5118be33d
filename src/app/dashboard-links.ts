import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from './clock.ts';

/**
 * How long a link the bot puts in a message stays valid: a week, so the link
 * in a weekly report works until the next report brings a fresh one. After
 * that the page says how to get a new link.
 */
export const MESSAGE_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The dashboard pages a message links to; the dashboard's routes are mounted at these paths. */
export const dashboardPaths = {
  home: '/dashboard',
  org: '/dashboard/org',
  orgCsv: '/dashboard/org/csv',
  myData: '/dashboard/my-data',
  admin: '/dashboard/admin',
  team: (teamId: string) => `/dashboard/teams/${encodeURIComponent(teamId)}`,
} as const;

/** The person a link is made for. */
export interface LinkRecipient {
  readonly id: string;
  readonly organizationId: string;
}

/** Links in messages, made for the one person who receives the message. */
export interface LinkResolver {
  /** The URL of a dashboard page (see `dashboardPaths`) that opens as `person`. */
  dashboard(person: LinkRecipient, path: string): Promise<string>;
}

/** What a genuine token says, whether or not it has run out. */
export interface LinkClaim {
  readonly personId: string;
  readonly expired: boolean;
}

export interface LinkSigner {
  /** A token that names `personId` until `now + ttl`. */
  sign(personId: string, now: Date, ttlMs?: number): string;
  /** The person a token names, or undefined when it is forged, damaged or expired. */
  verify(token: string, now: Date): string | undefined;
  /** The person a genuine token names and whether it has expired; undefined when forged or damaged. */
  read(token: string, now: Date): LinkClaim | undefined;
}

/**
 * Dashboard links for chat platforms: a token bound to one person that
 * expires. The token is `base64url(personId.expiry).hmac`; the key is
 * derived from ENCRYPTION_KEY, or random per process without one (links then
 * end with a restart).
 */
export function createLinkSigner(encryptionKey: string | undefined): LinkSigner {
  const key = encryptionKey
    ? createHash('sha256').update(`dashboard-links:${encryptionKey}`).digest()
    : randomBytes(32);
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  const read = (token: string, now: Date): LinkClaim | undefined => {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(mac(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const decoded = Buffer.from(body, 'base64url').toString();
    const cut = decoded.lastIndexOf('.');
    const expires = Number(decoded.slice(cut + 1));
    if (cut <= 0 || !Number.isFinite(expires)) return undefined;
    return { personId: decoded.slice(0, cut), expired: expires <= now.getTime() };
  };
  return {
    sign(personId, now, ttlMs = MESSAGE_LINK_TTL_MS) {
      const body = Buffer.from(`${personId}.${now.getTime() + ttlMs}`).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    verify(token, now) {
      const claim = read(token, now);
      return claim && !claim.expired ? claim.personId : undefined;
    },
    read,
  };
}

/** A chat platform without a web login: each link carries a signed token for its recipient. */
export function signedLinks(publicUrl: string, signer: LinkSigner, clock: Clock): LinkResolver {
  return {
    dashboard: async (person, path) =>
      `${publicUrl}${path}?t=${encodeURIComponent(signer.sign(person.id, clock.now()))}`,
  };
}

/** The local playground: "view as" is its login, so a link names the person it is for. */
export function viewAsLinks(publicUrl: string): LinkResolver {
  return {
    dashboard: async (person, path) => `${publicUrl}${path}?as=${encodeURIComponent(person.id)}`,
  };
}
