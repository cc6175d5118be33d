import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';

/**
 * The admin page's forms are protected against cross-site requests by a
 * token bound to the viewer: `HMAC(key, viewer id)`, put in every form and
 * checked on every POST, plus an origin check.
 *
 * Why this choice: the viewer is named by the URL (`?t=` a signed link, or
 * the playground's `?as=`, which is only a person id and easy to guess), so
 * the URL alone cannot prove that a POST came from the page. A token another
 * site cannot compute can; making it a keyed digest of the viewer instead of
 * a stored session needs no table and holds on every replica (the key is
 * derived from ENCRYPTION_KEY, as the link signer's is; without one it is
 * random per process, and forms end with a restart as links do). It lives as
 * long as the link that opened the page, whose own expiry the viewer check
 * enforces. Browsers send `Origin` on every form POST (the admin page's
 * same-origin referrer policy makes it the real origin rather than `null`):
 * one from another origin, or `null`, is refused even with a token.
 */
export interface AdminFormGuard {
  /** The token for the forms a viewer sees. */
  tokenFor(viewerId: string): string;
  /** Whether a POST carries this viewer's token and, when the browser says so, comes from this origin. */
  accepts(c: Context, viewerId: string, token: string | undefined): boolean;
}

export function adminFormGuard(encryptionKey: string | undefined): AdminFormGuard {
  const key = encryptionKey
    ? createHash('sha256').update(`admin-forms:${encryptionKey}`).digest()
    : randomBytes(32);
  const tokenFor = (viewerId: string) =>
    createHmac('sha256', key).update(`admin-form:${viewerId}`).digest('base64url');
  return {
    tokenFor,
    accepts(c, viewerId, token) {
      if (!token || !sameOrigin(c)) return false;
      const expected = Buffer.from(tokenFor(viewerId));
      const given = Buffer.from(token);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/** True when the request names no origin (a non-browser client) or the origin it was sent to. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    // `Origin: null` (a sandboxed frame, a file) is not this page.
    return false;
  }
}
