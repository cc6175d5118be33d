/**
 * Slack's Web API limits per method, per workspace, per app
 * (https://docs.slack.dev/apis/web-api/rate-limits and each method's page):
 * Tier 1 is 1+ request per minute, Tier 2 20+, Tier 3 50+, Tier 4 100+.
 * chat.postMessage has its own tier: about one message per second per
 * channel, with a workspace-wide limit of "several hundred messages per
 * minute" and short bursts allowed. The tiers are floors ("20+"), so these
 * defaults are safe starting points; `limits` overrides them per method.
 */
export interface MethodLimit {
  /** Sustained requests per minute for one workspace. */
  readonly perMinute: number;
  /** Requests that may go at once after a quiet spell. */
  readonly burst: number;
  /** Minimum spacing between requests to the same channel (chat.postMessage). */
  readonly perChannelIntervalMs?: number;
}

export const TIERS = {
  tier1: { perMinute: 1, burst: 1 },
  tier2: { perMinute: 20, burst: 3 },
  tier3: { perMinute: 50, burst: 5 },
  tier4: { perMinute: 100, burst: 10 },
  /** chat.postMessage: "several hundred messages per minute" workspace-wide, 1 per second per channel. */
  postMessage: { perMinute: 300, burst: 20, perChannelIntervalMs: 1000 },
} as const satisfies Record<string, MethodLimit>;

/** The methods this adapter calls and their tiers (from Slack's method reference). */
export const METHOD_LIMITS: Readonly<Record<string, MethodLimit>> = {
  'chat.postMessage': TIERS.postMessage,
  'chat.update': TIERS.tier3,
  'chat.postEphemeral': TIERS.tier4,
  'conversations.open': TIERS.tier3,
  /** Tier 3 for internal and Marketplace apps (1 a minute for other distributed apps); only read to find a send whose reply was lost. */
  'conversations.history': TIERS.tier3,
  'conversations.members': TIERS.tier4,
  'usergroups.users.list': TIERS.tier2,
  'users.info': TIERS.tier4,
  'users.list': TIERS.tier2,
  'views.open': TIERS.tier4,
  'views.publish': TIERS.tier4,
  'views.update': TIERS.tier4,
  'files.getUploadURLExternal': TIERS.tier4,
  'files.completeUploadExternal': TIERS.tier4,
  'oauth.v2.access': TIERS.tier4,
  /** auth.test is "special": hundreds per minute. */
  'auth.test': TIERS.tier4,
};

/** Methods not listed are treated as Tier 2, the tier most methods have. */
export function limitFor(
  method: string,
  overrides?: Readonly<Record<string, Partial<MethodLimit>>>,
): MethodLimit {
  const base = METHOD_LIMITS[method] ?? TIERS.tier2;
  const override = overrides?.[method];
  return override ? { ...base, ...override } : base;
}
