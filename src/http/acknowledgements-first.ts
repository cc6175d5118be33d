/**
 * Lets the work that follows an acknowledgement wait while other requests
 * still wait for theirs.
 *
 * A click is acknowledged once its answer is stored; updating the person's
 * card comes after and takes about as much CPU again. Both share one event
 * loop, so under a burst of clicks every card being built takes a turn
 * between the steps of clicks not yet stored, and stretches what the chat
 * platform and the person wait for (the acknowledgement, with a deadline of
 * seconds), while a card that changes a moment later goes unnoticed. Work
 * that asks for its `turn()` therefore goes on only when no request is
 * waiting for its acknowledgement, one piece per turn of the event loop (so
 * requests that arrived meanwhile are read first), or after `maxWaitMs`
 * whatever the load: a steady stream of clicks delays cards but never
 * starves them.
 */
export class AcknowledgementsFirst {
  #pending = 0;
  readonly #waiting: Waiting[] = [];
  #scheduled = false;
  readonly #maxWaitMs: number;

  constructor(options: { maxWaitMs?: number } = {}) {
    this.#maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** Requests waiting for their acknowledgement now. */
  get pending(): number {
    return this.#pending;
  }

  /** Runs `answer`, which settles when the request is acknowledged, as one request waiting for that. */
  async acknowledging<T>(answer: () => Promise<T>): Promise<T> {
    this.#pending++;
    try {
      return await answer();
    } finally {
      this.#pending--;
      this.#schedule();
    }
  }

  /** Settles once no request waits for its acknowledgement (in arrival order), or after `maxWaitMs`. */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      const waiting: Waiting = { resolve, overdue: false, timer: undefined };
      // A resource timer, not business time: how long a card may lag behind its stored answer.
      waiting.timer = setTimeout(() => {
        waiting.overdue = true;
        this.#schedule();
      }, this.#maxWaitMs);
      waiting.timer.unref();
      this.#waiting.push(waiting);
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#waiting.length === 0) return;
    this.#scheduled = true;
    // After this turn's I/O: a request that arrived is read (and counted as pending) first.
    setImmediate(() => {
      this.#scheduled = false;
      this.#release();
    });
  }

  #release(): void {
    const first = this.#waiting[0];
    // Otherwise the next acknowledgement or the first one's deadline calls again.
    if (!first || (this.#pending > 0 && !first.overdue)) return;
    this.#waiting.shift();
    clearTimeout(first.timer);
    first.resolve();
    this.#schedule();
  }
}

/**
 * How long a card's update may wait behind clicks still being stored: well
 * under what a person notices as a card not reacting, far inside the half
 * hour a response_url stays usable.
 */
const DEFAULT_MAX_WAIT_MS = 1_000;

interface Waiting {
  readonly resolve: () => void;
  overdue: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}
