import { PlatformSendError } from '../../src/app/ports.ts';
import type { AdaptiveBucket } from './adaptive-bucket.ts';
import type { Clock } from './clock.ts';

/** What one HTTP attempt came to; the sender decides whether and when to try again. */
export type Attempt<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'rate_limited'; readonly retryAfterMs: number }
  /** Worth another try: `safe` when the request certainly did not take effect (connection refused, 5xx). */
  | { readonly kind: 'transient'; readonly error: PlatformSendError; readonly safe: boolean }
  | { readonly kind: 'failed'; readonly error: PlatformSendError };

/** Retry-After in seconds (or an HTTP date); one second when missing, ten minutes at most. */
export function retryAfterMs(header: string | null, clock: Clock): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(Math.ceil(seconds * 1000), 600_000);
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.min(Math.max(0, date - clock.now()), 600_000);
  }
  return 1000;
}

/** A queued send as the settling sees it: how to answer its caller, and what it cost so far. */
export interface PendingSend {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  attempts: number;
  waitedMs: number;
}

export interface SendCounters {
  sent: number;
  rateLimited: number;
  retried: number;
  failed: number;
}

/** What a sender's lane offers the settling of one attempt. */
export interface SettleLane<Job extends PendingSend> {
  readonly bucket: AdaptiveBucket;
  readonly counters: SendCounters;
  readonly clock: Clock;
  /** "Slack chat.postMessage", "Teams": for the error a caller gets. */
  readonly label: string;
  /** Total Retry-After one send may wait before it is given back to its caller as retryable. */
  readonly maxWaitMs: number;
  /** Tries for a transient failure that is safe to repeat. */
  readonly maxAttempts: number;
  readonly closed: () => boolean;
  /** How long to wait before trying again after the `attempts`-th try failed. */
  readonly backoffMs: (attempts: number, retryAfterMs: number | undefined) => number;
  /** Puts the send back at the front of its queue and starts the queue again. */
  readonly requeue: (job: Job) => void;
}

/** Runs one attempt; anything it throws is a failure of that send, never of the sender. */
export async function tryOnce(
  attempt: () => Promise<Attempt<unknown>>,
  label: string,
): Promise<Attempt<unknown>> {
  try {
    return await attempt();
  } catch (error) {
    return { kind: 'failed', error: new PlatformSendError(`${label} failed unexpectedly`, { cause: error }) };
  }
}

/**
 * What happens after an attempt, the same for every platform's sender: a
 * success resolves; a 429 slows the lane and puts the send back first in
 * line (its wait does not count as a try) until it has waited too long; a
 * transient failure that is safe to repeat is tried again after a back-off;
 * anything else is handed to the caller, never dropped.
 */
export function settleAttempt<Job extends PendingSend>(
  job: Job,
  outcome: Attempt<unknown>,
  lane: SettleLane<Job>,
): void {
  const now = lane.clock.now();
  switch (outcome.kind) {
    case 'ok':
      lane.bucket.onSuccess(now);
      lane.counters.sent += 1;
      job.resolve(outcome.value);
      return;
    case 'rate_limited':
      lane.counters.rateLimited += 1;
      lane.bucket.onRateLimited(now, outcome.retryAfterMs);
      job.waitedMs += outcome.retryAfterMs;
      job.attempts -= 1;
      if (job.waitedMs > lane.maxWaitMs) {
        lane.counters.failed += 1;
        job.reject(
          new PlatformSendError(`${lane.label} stayed rate limited`, { retryAfterMs: outcome.retryAfterMs }),
        );
      } else {
        lane.requeue(job);
      }
      return;
    case 'transient':
      if (outcome.safe && job.attempts < lane.maxAttempts && !lane.closed()) {
        lane.counters.retried += 1;
        void lane.clock.sleep(lane.backoffMs(job.attempts, outcome.error.retryAfterMs)).then(() => {
          if (lane.closed()) job.reject(outcome.error);
          else lane.requeue(job);
        });
      } else {
        lane.counters.failed += 1;
        job.reject(outcome.error);
      }
      return;
    case 'failed':
      lane.counters.failed += 1;
      job.reject(outcome.error);
      return;
  }
}
