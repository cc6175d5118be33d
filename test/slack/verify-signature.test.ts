import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackSignature } from '../../adapters/slack/http/verify-signature.ts';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fpulse&text=help';
const now = 1_531_420_618_000;
const check = { signingSecret: secret, nowMilliseconds: () => now };

describe('Slack request signatures', () => {
  it('matches Slack’s documented example', () => {
    // https://docs.slack.dev/authentication/verifying-requests-from-slack (v0 HMAC-SHA256 of v0:ts:body)
    const documented =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest(secret, '1531420618', documented)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });

  it('accepts a valid signature', () => {
    const signature = signSlackRequest(secret, '1531420618', body);
    expect(verifySlackSignature(check, signature, '1531420618', body)).toEqual({ ok: true });
  });

  it('refuses a forged signature, another secret, or a changed body', () => {
    const signature = signSlackRequest(secret, '1531420618', body);
    expect(verifySlackSignature(check, 'v0=' + '0'.repeat(64), '1531420618', body).ok).toBe(false);
    expect(
      verifySlackSignature(check, signSlackRequest('other', '1531420618', body), '1531420618', body).ok,
    ).toBe(false);
    expect(verifySlackSignature(check, signature, '1531420618', `${body}&x=1`).ok).toBe(false);
    expect(verifySlackSignature(check, signature.slice(0, -1), '1531420618', body).ok).toBe(false);
  });

  it('refuses timestamps more than five minutes away, and malformed ones', () => {
    const old = String(now / 1000 - 301);
    expect(verifySlackSignature(check, signSlackRequest(secret, old, body), old, body)).toEqual({
      ok: false,
      reason: 'stale timestamp (more than 5 minutes off)',
    });
    const edge = String(now / 1000 - 300);
    expect(verifySlackSignature(check, signSlackRequest(secret, edge, body), edge, body).ok).toBe(true);
    const future = String(now / 1000 + 301);
    expect(verifySlackSignature(check, signSlackRequest(secret, future, body), future, body).ok).toBe(false);
    expect(verifySlackSignature(check, signSlackRequest(secret, 'abc', body), 'abc', body).ok).toBe(false);
    expect(verifySlackSignature(check, undefined, '1531420618', body).ok).toBe(false);
    expect(
      verifySlackSignature(check, signSlackRequest(secret, '1531420618', body), undefined, body).ok,
    ).toBe(false);
  });
});
