import { PlatformSendError } from '../../../src/app/ports.ts';
import { AdaptiveBucket } from '../../sending/adaptive-bucket.ts';
import {
  settleAttempt,
  tryOnce,
  type Attempt,
  type PendingSend,
  type SendCounters,
} from '../../sending/attempt.ts';
import type { Clock } from '../../sending/clock.ts';
import { limitFor, type MethodLimit } from './method-limits.ts';

export type { Attempt };

export interface SendTask<T> {
  readonly workspace: string;
  readonly method: string;
  /** For per-channel pacing (chat.postMessage). */
  readonly channel?: string;
  /** Someone is waiting for this (a click): it goes to the front of its queue. */
  readonly interactive?: boolean;
  readonly attempt: () => Promise<Attempt<T>>;
}

export interface RateLimitedSenderOptions {
  readonly clock: Clock;
  readonly limits?: Readonly<Record<string, Partial<MethodLimit>>>;
  /** Requests of one method and workspace in flight at once (default 32). */
  readonly maxInFlight?: number;
  /** Tries for a transient failure that is safe to repeat (default 3). */
  readonly maxAttempts?: number;
  /** Total Retry-After one task may wait before it is given back to the caller as retryable (default 15 min). */
  readonly maxRateLimitedWaitMs?: number;
  readonly bucket?: { readonly holdMs?: number; readonly creepShare?: number };
}

interface Job extends PendingSend {
  readonly task: SendTask<unknown>;
}

interface Lane {
  readonly bucket: AdaptiveBucket;
  readonly limit: MethodLimit;
  readonly queue: JobQueue;
  readonly channelReadyAt: Map<string, number>;
  inFlight: number;
  pumping: boolean;
}

export interface SenderStats {
  readonly sent: number;
  readonly rateLimited: number;
  readonly retried: number;
  readonly failed: number;
  readonly queued: number;
}

/**
 * The one authority on when a Web API request goes out. One lane per
 * workspace and method, each with an adaptive token bucket at Slack's tier
 * for that method; chat.postMessage is also paced per channel. A 429 pauses
 * the lane for Retry-After and the request goes back to the front of the
 * queue, so a storm of 429s delays sends but loses none. Permanent failures
 * are never retried; transient ones only when repeating is safe.
 */
export class RateLimitedSender {
  private readonly lanes = new Map<string, Lane>();
  private readonly clock: Clock;
  private readonly maxInFlight: number;
  private readonly maxAttempts: number;
  private readonly maxWaitMs: number;
  private closed = false;
  private readonly counters: SendCounters = { sent: 0, rateLimited: 0, retried: 0, failed: 0 };

  private readonly options: RateLimitedSenderOptions;

  constructor(options: RateLimitedSenderOptions) {
    this.options = options;
    this.clock = options.clock;
    this.maxInFlight = options.maxInFlight ?? 32;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.maxWaitMs = options.maxRateLimitedWaitMs ?? 15 * 60_000;
  }

  send<T>(task: SendTask<T>): Promise<T> {
    if (this.closed) return Promise.reject(new PlatformSendError('The Slack sender is shutting down.'));
    return new Promise<T>((resolve, reject) => {
      const lane = this.lane(task.workspace, task.method);
      const job: Job = {
        task: task as SendTask<unknown>,
        resolve: resolve as (value: unknown) => void,
        reject,
        attempts: 0,
        waitedMs: 0,
      };
      if (task.interactive) lane.queue.pushFront(job);
      else lane.queue.push(job);
      this.pump(lane);
    });
  }

  /** The current allowed rate of a lane, in requests per second (for logs and the benchmark). */
  rateOf(workspace: string, method: string): number | undefined {
    return this.lanes.get(laneKey(workspace, method))?.bucket.ratePerSecond;
  }

  stats(): SenderStats {
    let queued = 0;
    for (const lane of this.lanes.values()) queued += lane.queue.size;
    return { ...this.counters, queued };
  }

  /** Refuses new work and gives queued work back as retryable, so claimed jobs are picked up again. */
  close(): void {
    this.closed = true;
    for (const lane of this.lanes.values()) {
      for (let job = lane.queue.shift(); job; job = lane.queue.shift()) {
        job.reject(new PlatformSendError('The Slack sender shut down before this was sent.'));
      }
    }
  }

  private lane(workspace: string, method: string): Lane {
    const key = laneKey(workspace, method);
    let lane = this.lanes.get(key);
    if (!lane) {
      const limit = limitFor(method, this.options.limits);
      lane = {
        limit,
        bucket: new AdaptiveBucket(
          { ratePerSecond: limit.perMinute / 60, burst: limit.burst, ...this.options.bucket },
          this.clock.now(),
        ),
        queue: new JobQueue(),
        channelReadyAt: new Map(),
        inFlight: 0,
        pumping: false,
      };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private pump(lane: Lane): void {
    if (lane.pumping || this.closed) return;
    lane.pumping = true;
    void this.drain(lane).finally(() => {
      lane.pumping = false;
      if (lane.queue.size > 0 && lane.inFlight < this.maxInFlight && !this.closed) this.pump(lane);
    });
  }

  private async drain(lane: Lane): Promise<void> {
    while (lane.queue.size > 0 && !this.closed) {
      if (lane.inFlight >= this.maxInFlight) return;
      const now = this.clock.now();
      const wait = lane.bucket.reserve(now);
      if (wait > 0) {
        await this.clock.sleep(wait);
        continue;
      }
      const job = this.takeReady(lane, now);
      if (!job) {
        lane.bucket.refund();
        await this.clock.sleep(Math.max(1, this.nextChannelReady(lane, now) - now));
        continue;
      }
      lane.inFlight += 1;
      void this.run(lane, job);
    }
  }

  private takeReady(lane: Lane, now: number): Job | undefined {
    const interval = lane.limit.perChannelIntervalMs;
    if (interval === undefined) return lane.queue.shift();
    const job = lane.queue.takeFirst((candidate) => {
      const channel = candidate.task.channel;
      return channel === undefined || (lane.channelReadyAt.get(channel) ?? 0) <= now;
    });
    const channel = job?.task.channel;
    if (channel !== undefined) {
      if (lane.channelReadyAt.size > 10_000) pruneBefore(lane.channelReadyAt, now);
      lane.channelReadyAt.set(channel, now + interval);
    }
    return job;
  }

  private nextChannelReady(lane: Lane, now: number): number {
    let next = Number.POSITIVE_INFINITY;
    for (const at of lane.channelReadyAt.values()) if (at > now) next = Math.min(next, at);
    return Number.isFinite(next) ? next : now + 1;
  }

  private async run(lane: Lane, job: Job): Promise<void> {
    job.attempts += 1;
    const label = `Slack ${job.task.method}`;
    const outcome = await tryOnce(job.task.attempt, label);
    lane.inFlight -= 1;
    settleAttempt(job, outcome, {
      bucket: lane.bucket,
      counters: this.counters,
      clock: this.clock,
      label,
      maxWaitMs: this.maxWaitMs,
      maxAttempts: this.maxAttempts,
      closed: () => this.closed,
      backoffMs: (attempts) => Math.min(250 * 2 ** (attempts - 1), 5000),
      requeue: (again) => {
        lane.queue.pushFront(again);
        this.pump(lane);
      },
    });
    if (lane.queue.size > 0) this.pump(lane);
  }
}

function laneKey(workspace: string, method: string): string {
  return `${workspace}\u0000${method}`;
}

function pruneBefore(map: Map<string, number>, now: number): void {
  for (const [key, at] of map) if (at <= now) map.delete(key);
}

/** A FIFO with cheap removal at the front and a bounded search for the first ready item. */
class JobQueue {
  private items: (Job | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(job: Job): void {
    this.items.push(job);
  }

  pushFront(job: Job): void {
    if (this.head > 0) {
      this.head -= 1;
      this.items[this.head] = job;
    } else {
      this.items.unshift(job);
    }
  }

  shift(): Job | undefined {
    if (this.size === 0) return undefined;
    const job = this.items[this.head];
    this.items[this.head] = undefined;
    this.head += 1;
    this.compact();
    return job;
  }

  /** The first of the next 64 items that `ready` accepts; the head item takes its place. */
  takeFirst(ready: (job: Job) => boolean): Job | undefined {
    const end = Math.min(this.items.length, this.head + 64);
    for (let i = this.head; i < end; i += 1) {
      const job = this.items[i];
      if (job && ready(job)) {
        this.items[i] = this.items[this.head];
        this.items[this.head] = undefined;
        this.head += 1;
        this.compact();
        return job;
      }
    }
    return undefined;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
