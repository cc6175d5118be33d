import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ChartJob, ChartReply, ChartRequest } from './chart-child.ts';
import type { ChartSpec } from './chart-types.ts';
import type { PngImage, PngOptions } from './draw-png.ts';

const CHILD = fileURLToPath(new URL('./chart-child.ts', import.meta.url));

/**
 * How long the chart process waits for the next chart before it ends. A
 * round's reports go out to every team in a burst and a dashboard page draws
 * several charts one after the other; 20 s covers such a burst with one
 * process start (about a second), and hands the memory back soon after.
 */
export const CHART_IDLE_MS = 20_000;

/**
 * How long one chart may take: a chart is drawn in well under a second, the
 * first one in a new process in one to three on a busy machine. A chart that
 * takes longer is stuck, and the process drawing it is ended.
 */
export const CHART_TIMEOUT_MS = 30_000;

export interface ChartProcessOptions {
  readonly idleMs?: number;
  readonly timeoutMs?: number;
}

export interface ChartProcessEvents {
  start: [pid: number | undefined];
  exit: [code: number | null, signal: NodeJS.Signals | null];
}

interface Pending {
  readonly resolve: (reply: ChartReply) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface Running {
  readonly child: ChildProcess;
  readonly pending: Map<number, Pending>;
  idle?: NodeJS.Timeout;
}

/**
 * Draws charts in a child process of their own. Vega, vega-lite and resvg
 * take 30–50 MB once loaded, and the bot's process would keep that memory
 * for good; a child started on the first chart and ended after a
 * while without charts gives it back. Requests share one child and are
 * answered by id; a child that ends or hangs fails the charts it was drawing
 * with an error, and the next chart starts a new one. An idle child never
 * keeps the bot's process alive.
 *
 * @example const svg = await new ChartProcess().svg(lineChartSpec(points, labels));
 */
export class ChartProcess extends EventEmitter<ChartProcessEvents> {
  readonly #idleMs: number;
  readonly #timeoutMs: number;
  #running: Running | undefined;
  #lastId = 0;

  constructor(options: ChartProcessOptions = {}) {
    super();
    this.#idleMs = options.idleMs ?? CHART_IDLE_MS;
    this.#timeoutMs = options.timeoutMs ?? CHART_TIMEOUT_MS;
  }

  /** The chart as a standalone SVG document. */
  async svg(spec: ChartSpec): Promise<string> {
    const reply = await this.#request({ format: 'svg', spec });
    if (!('svg' in reply)) throw new Error('The chart process answered an SVG request without an SVG.');
    return reply.svg;
  }

  /** The chart as a PNG image. */
  async png(spec: ChartSpec, options: PngOptions = {}): Promise<PngImage> {
    const reply = await this.#request({ format: 'png', spec, options });
    if (!('png' in reply)) throw new Error('The chart process answered a PNG request without a PNG.');
    const { png, width, height } = reply.png;
    // IPC hands a Buffer back as a plain Uint8Array.
    return { png: Buffer.from(png.buffer, png.byteOffset, png.byteLength), width, height };
  }

  /** Ends the chart process now; charts it was drawing fail. */
  async stop(): Promise<void> {
    const running = this.#running;
    if (!running) return;
    this.#running = undefined;
    const { child } = running;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    // An idle child is unreferenced: without this the bot could end before it hears the child end.
    child.ref();
    child.kill();
    await exited;
  }

  #request(job: ChartJob): Promise<ChartReply> {
    const running = this.#running ?? this.#start();
    const id = ++this.#lastId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#timedOut(running, id), this.#timeoutMs);
      running.pending.set(id, { resolve, reject, timer });
      this.#busyOrIdle(running);
      const request: ChartRequest = { ...job, id };
      running.child.send(request, (error) => {
        if (error)
          this.#settle(running, id, new Error(`Could not hand the chart to its process: ${error.message}`));
      });
    });
  }

  #start(): Running {
    const child = fork(CHILD, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // The bot's own flags (a profiler, an inspector, its memory settings) are not the chart process's.
      execArgv: [],
      // Carries the PNG's bytes as they are, not as JSON.
      serialization: 'advanced',
    });
    const running: Running = { child, pending: new Map() };
    child.on('message', (reply: ChartReply) => this.#settle(running, reply.id, reply));
    child.once('error', (error) => this.#ended(running, error.message));
    child.once('exit', (code, signal) => {
      this.#ended(running, signal ?? `exit code ${code}`);
      this.emit('exit', code, signal);
    });
    this.#running = running;
    this.emit('start', child.pid);
    return running;
  }

  #settle(running: Running, id: number, outcome: ChartReply | Error): void {
    const pending = running.pending.get(id);
    // A reply after its request timed out has nobody waiting for it.
    if (!pending) return;
    running.pending.delete(id);
    clearTimeout(pending.timer);
    if (outcome instanceof Error) pending.reject(outcome);
    else if ('error' in outcome) pending.reject(new Error(outcome.error));
    else pending.resolve(outcome);
    this.#busyOrIdle(running);
  }

  /** While charts are waiting the child keeps the bot alive; idle, it does not, and ends after a while. */
  #busyOrIdle(running: Running): void {
    clearTimeout(running.idle);
    const { child } = running;
    if (running.pending.size > 0) {
      child.ref();
      child.channel?.ref();
      return;
    }
    child.unref();
    child.channel?.unref();
    running.idle = setTimeout(() => this.#retire(running), this.#idleMs).unref();
  }

  /** Disconnecting lets the child end by itself once it has sent its last reply. */
  #retire(running: Running): void {
    if (this.#running === running) this.#running = undefined;
    if (running.child.connected) running.child.disconnect();
  }

  #timedOut(running: Running, id: number): void {
    const seconds = this.#timeoutMs / 1000;
    this.#settle(
      running,
      id,
      new Error(`The chart took longer than ${seconds} s to draw; its process was ended.`),
    );
    if (this.#running === running) this.#running = undefined;
    running.child.kill();
  }

  #ended(running: Running, reason: string): void {
    if (this.#running === running) this.#running = undefined;
    clearTimeout(running.idle);
    for (const [id, pending] of running.pending) {
      running.pending.delete(id);
      clearTimeout(pending.timer);
      pending.reject(
        new Error(
          `The chart process ended (${reason}) before it drew the chart; drawing it again starts a new one.`,
        ),
      );
    }
  }
}

/** The bot's one chart process, shared by chat and pages; the bot's shutdown stops it. */
export const chartProcess = new ChartProcess();
