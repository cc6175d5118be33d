import { createHmac, timingSafeEqual } from 'node:crypto';
import { systemClock } from '../../../src/app/clock.ts';

/** Slack rejects nothing older than this itself; we refuse requests older than five minutes (replays). */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export interface SignatureCheck {
  readonly signingSecret: string;
  /** Injectable clock (milliseconds since the epoch), for tests. */
  readonly nowMilliseconds?: () => number;
}

export type SignatureResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Verifies Slack's request signature: `v0=` + hex HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` keyed with the signing secret, compared in
 * constant time, with the timestamp no more than five minutes away.
 */
export function verifySlackSignature(
  check: SignatureCheck,
  signature: string | undefined,
  timestamp: string | undefined,
  rawBody: string,
): SignatureResult {
  if (!signature || !timestamp)
    return { ok: false, reason: 'missing X-Slack-Signature or X-Slack-Request-Timestamp' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const nowSeconds = Math.floor((check.nowMilliseconds?.() ?? systemClock.now().getTime()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) {
    return { ok: false, reason: 'stale timestamp (more than 5 minutes off)' };
  }
  const expected = Buffer.from(signSlackRequest(check.signingSecret, timestamp, rawBody), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true };
}

/** The `X-Slack-Signature` value for a body, as Slack computes it. */
export function signSlackRequest(signingSecret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}
