import { PlatformSendError } from '../../../src/app/ports.ts';
import { AdaptiveBucket } from '../../sending/adaptive-bucket.ts';
import type { Clock } from '../../sending/clock.ts';
import {
  settleAttempt,
  tryOnce,
  type Attempt,
  type PendingSend,
  type SendCounters,
} from '../../sending/attempt.ts';
import { SlidingWindows, type WindowLimit } from './sliding-windows.ts';

/**
 * Microsoft's published Bot Connector limits. Per app and tenant, 50
 * requests a second. Two rules keep to it: at most 48 requests leave in any
 * second, counted exactly over a sliding window (two to spare for requests
 * that travel at different speeds and arrive closer together than they
 * left); and a bucket of 47 a second paces them. The bucket holds up to 10,
 * so a process that was not scheduled for a moment (a loaded machine's
 * timers fire late) catches up within the window instead of losing that
 * time. After a 429 the bucket slows by 15 % (other replicas may share the
 * tenant's budget), holds that 5 s and creeps back at 5 % a second: the
 * limit is published and fixed, so a 429 is a passing overlap rather than a
 * lower limit to find. Per bot and conversation, 7 a second and 60 in 30
 * seconds, counted exactly.
 */
export const TEAMS_LIMITS = {
  tenant: { ratePerSecond: 47, burst: 3, holdMs: 5_000, creepShare: 0.05 },
  tenantWindow: [{ count: 48, ms: 1000 }] satisfies WindowLimit[],
  conversation: [
    { count: 7, ms: 1000 },
    { count: 60, ms: 30_000 },
  ] satisfies WindowLimit[],
};

export interface ConnectorTask<T> {
  readonly tenantId: string;
  /** Paces the request within its conversation's limits (everything but creating a conversation). */
  readonly conversationId?: string;
  /** Someone is waiting for this: it goes to the front of its tenant's queue. */
  readonly interactive?: boolean;
  readonly attempt: () => Promise<Attempt<T>>;
}

export interface ConnectorSenderOptions {
  readonly clock: Clock;
  /** Tries of a request that failed with 412, 502, 503 or 504 (default 4). */
  readonly maxAttempts?: number;
  /** Requests of one tenant in flight at once (default 16). */
  readonly maxInFlight?: number;
  /** Total Retry-After one request may wait before it is given back as retryable (default 15 min). */
  readonly maxRateLimitedWaitMs?: number;
  /** Between 0 and 1, for the back-off's jitter (default Math.random). */
  readonly random?: () => number;
  readonly bucket?: { readonly holdMs?: number; readonly creepShare?: number };
}

export interface ConnectorSenderStats {
  readonly sent: number;
  readonly rateLimited: number;
  readonly retried: number;
  readonly failed: number;
  readonly queued: number;
}

interface Job extends PendingSend {
  readonly task: ConnectorTask<unknown>;
}

interface Lane {
  readonly tenantId: string;
  readonly bucket: AdaptiveBucket;
  readonly queue: Job[];
  inFlight: number;
  pumping: boolean;
}

/** How far into a tenant's queue a request for a conversation that is free is looked for. */
const LOOKAHEAD = 32;

/**
 * The one authority on when a Bot Connector request goes out: one queue per
 * tenant, paced by the tenant's bucket and each conversation's windows. A
 * 429 pauses the tenant for Retry-After and puts the request back at the
 * front, so a storm delays requests but loses none; 412, 502, 503 and 504 are
 * tried again after an exponential back-off with jitter (or the server's
 * Retry-After, if longer), a bounded number of times; anything else goes
 * straight back to the caller, `permanent` when the person is unreachable.
 */
export class ConnectorSender {
  private readonly lanes = new Map<string, Lane>();
  private readonly windows = new SlidingWindows(TEAMS_LIMITS.conversation);
  private readonly tenantWindows = new SlidingWindows(TEAMS_LIMITS.tenantWindow);
  private readonly options: ConnectorSenderOptions;
  private readonly clock: Clock;
  private readonly maxInFlight: number;
  private closed = false;
  private readonly counters: SendCounters = { sent: 0, rateLimited: 0, retried: 0, failed: 0 };

  constructor(options: ConnectorSenderOptions) {
    this.options = options;
    this.clock = options.clock;
    this.maxInFlight = options.maxInFlight ?? 16;
  }

  send<T>(task: ConnectorTask<T>): Promise<T> {
    if (this.closed) return Promise.reject(new PlatformSendError('The Teams sender is shutting down.'));
    return new Promise<T>((resolve, reject) => {
      const lane = this.lane(task.tenantId);
      const job: Job = {
        task: task as ConnectorTask<unknown>,
        resolve: resolve as (value: unknown) => void,
        reject,
        attempts: 0,
        waitedMs: 0,
      };
      if (task.interactive) lane.queue.unshift(job);
      else lane.queue.push(job);
      this.pump(lane);
    });
  }

  stats(): ConnectorSenderStats {
    let queued = 0;
    for (const lane of this.lanes.values()) queued += lane.queue.length;
    return { ...this.counters, queued };
  }

  /** The tenant's current allowed rate, in requests per second. */
  rateOf(tenantId: string): number | undefined {
    return this.lanes.get(tenantId)?.bucket.ratePerSecond;
  }

  /** Refuses new work and gives queued work back as retryable, so claimed jobs are picked up again. */
  close(): void {
    this.closed = true;
    for (const lane of this.lanes.values()) {
      for (const job of lane.queue.splice(0)) {
        job.reject(new PlatformSendError('The Teams sender shut down before this was sent.'));
      }
    }
  }

  private lane(tenantId: string): Lane {
    let lane = this.lanes.get(tenantId);
    if (!lane) {
      lane = {
        tenantId,
        bucket: new AdaptiveBucket({ ...TEAMS_LIMITS.tenant, ...this.options.bucket }, this.clock.now()),
        queue: [],
        inFlight: 0,
        pumping: false,
      };
      this.lanes.set(tenantId, lane);
    }
    return lane;
  }

  private pump(lane: Lane): void {
    if (lane.pumping || this.closed) return;
    lane.pumping = true;
    void this.drain(lane).finally(() => {
      lane.pumping = false;
      if (lane.queue.length > 0 && lane.inFlight < this.maxInFlight) this.pump(lane);
    });
  }

  private async drain(lane: Lane): Promise<void> {
    while (lane.queue.length > 0 && !this.closed && lane.inFlight < this.maxInFlight) {
      const now = this.clock.now();
      const full = this.tenantWindows.waitFor(lane.tenantId, now);
      if (full > 0) {
        await this.clock.sleep(full);
        continue;
      }
      const wait = lane.bucket.reserve(now);
      if (wait > 0) {
        await this.clock.sleep(wait);
        continue;
      }
      const { index, soonest } = this.firstFree(lane, now);
      if (index < 0) {
        lane.bucket.refund();
        await this.clock.sleep(Math.max(1, soonest));
        continue;
      }
      // shift() at the head: V8 trims the front of a large array instead of moving it.
      const job = index === 0 ? lane.queue.shift() : lane.queue.splice(index, 1)[0];
      if (!job) continue;
      const conversation = job.task.conversationId;
      if (conversation !== undefined) this.windows.record(conversation, now);
      this.tenantWindows.record(lane.tenantId, now);
      lane.inFlight += 1;
      void this.run(lane, job);
    }
  }

  /** The first queued request whose conversation may have one now; else how long until one may. */
  private firstFree(lane: Lane, now: number): { index: number; soonest: number } {
    let soonest = Number.POSITIVE_INFINITY;
    const end = Math.min(lane.queue.length, LOOKAHEAD);
    for (let index = 0; index < end; index += 1) {
      const conversation = lane.queue[index]?.task.conversationId;
      const wait = conversation === undefined ? 0 : this.windows.waitFor(conversation, now);
      if (wait <= 0) return { index, soonest: 0 };
      soonest = Math.min(soonest, wait);
    }
    return { index: -1, soonest };
  }

  private async run(lane: Lane, job: Job): Promise<void> {
    job.attempts += 1;
    const outcome = await tryOnce(job.task.attempt, 'Teams');
    lane.inFlight -= 1;
    settleAttempt(job, outcome, {
      bucket: lane.bucket,
      counters: this.counters,
      clock: this.clock,
      label: 'Teams',
      maxWaitMs: this.options.maxRateLimitedWaitMs ?? 15 * 60_000,
      maxAttempts: this.options.maxAttempts ?? 4,
      closed: () => this.closed,
      backoffMs: (attempts, retryAfter) => this.backoff(attempts, retryAfter),
      requeue: (again) => {
        lane.queue.unshift(again);
        this.pump(lane);
      },
    });
    if (lane.queue.length > 0) this.pump(lane);
  }

  /** 1 s, 2 s, 4 s … (at most 16 s), each somewhere in its upper half; never shorter than the server asked. */
  private backoff(attempts: number, retryAfterMs: number | undefined): number {
    const ceiling = Math.min(1000 * 2 ** (attempts - 1), 16_000);
    const jittered = ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2);
    return Math.max(Math.round(jittered), retryAfterMs ?? 0);
  }
}
