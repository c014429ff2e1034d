import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LoopgateError } from '@loopgate/errors';
import { type FeedTensor } from '@loopgate/ml';

type Reply = { requestId: number; ok: true; scores?: Float32Array } | { requestId: number; ok: false; message: string };

type Log = (level: 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export interface InferenceThreadsOptions {
  readonly log?: Log;
  /** The thread's script: inference-worker.js (a test wraps it to make a thread die). */
  readonly script?: string;
}

/** A thread died (an uncaught error, out of memory) with the call under way: the caller answers with its fallback. */
export class InferenceThreadDiedError extends LoopgateError {
  constructor(reason: string) {
    super({
      code: 'serving.inference_thread_died',
      message: `the inference thread died: ${reason}`,
      kind: 'unavailable',
    });
  }
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, (reply: Reply) => void>;
  /** False while a replacement loads the models; it takes no runs until then. */
  ready: boolean;
}

/**
 * Threads that run the models: every loaded model is loaded in each, and runs go round-robin. The event
 * loop stays free to answer HTTP and to notice when a run overruns its latency budget. A thread that
 * dies fails its calls at once (the caller's fallback answers them), leaves the rotation, and is
 * replaced by a new thread that loads every model before it takes runs.
 */
export class InferenceThreads {
  private readonly threads: Thread[];
  /** What every thread holds, so a replacement can load it. */
  private readonly models = new Map<string, Buffer>();
  private next = 0;
  private requestId = 0;
  private stopping = false;

  constructor(
    count: number,
    private readonly options: InferenceThreadsOptions = {},
  ) {
    this.threads = Array.from({ length: count }, () => this.spawn(true));
  }

  /** Threads taking runs now. */
  get ready(): number {
    return this.threads.filter((t) => t.ready).length;
  }

  async load(modelId: string, bytes: Buffer): Promise<void> {
    this.models.set(modelId, bytes);
    await Promise.all(this.threads.map((thread) => this.call(thread, { type: 'load', modelId, bytes })));
  }

  async run(modelId: string, feeds: Record<string, FeedTensor>, output: string): Promise<Float32Array> {
    return (await this.call(this.nextReady(), { type: 'run', modelId, feeds, output })).scores!;
  }

  /** One run in every thread that takes runs. */
  async warmUp(modelId: string, feeds: Record<string, FeedTensor>, output: string): Promise<void> {
    const ready = this.threads.filter((thread) => thread.ready);
    await Promise.all(ready.map((thread) => this.call(thread, { type: 'run', modelId, feeds, output })));
  }

  async release(modelId: string): Promise<void> {
    this.models.delete(modelId);
    await Promise.all(this.threads.map((thread) => this.call(thread, { type: 'release', modelId })));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private nextReady(): Thread {
    for (let tried = 0; tried < this.threads.length; tried++) {
      const thread = this.threads[this.next++ % this.threads.length];
      if (thread.ready) return thread;
    }
    throw new InferenceThreadDiedError('no inference thread is ready (they are being replaced)');
  }

  private spawn(ready: boolean): Thread {
    const worker = new Worker(this.options.script ?? join(__dirname, 'inference-worker.js'));
    const thread: Thread = { worker, pending: new Map(), ready };
    worker.on('message', (reply: Reply) => {
      const resolve = thread.pending.get(reply.requestId);
      thread.pending.delete(reply.requestId);
      resolve?.(reply);
    });
    let reason = 'it exited';
    worker.on('error', (error) => (reason = error.message));
    worker.on('exit', (code) => this.replace(thread, `${reason} (exit code ${code})`));
    worker.unref();
    return thread;
  }

  private replace(dead: Thread, reason: string): void {
    for (const resolve of dead.pending.values()) resolve({ requestId: -1, ok: false, message: reason });
    dead.pending.clear();
    const index = this.threads.indexOf(dead);
    if (this.stopping || index < 0) return;
    this.options.log?.('error', `an inference thread died: ${reason}; replacing it`, { threads: this.threads.length });
    const replacement = this.spawn(false);
    this.threads[index] = replacement;
    void Promise.all(
      [...this.models].map(([modelId, bytes]) => this.call(replacement, { type: 'load', modelId, bytes })),
    ).then(
      () => (replacement.ready = true),
      (error: unknown) =>
        this.options.log?.(
          'error',
          `the replacement inference thread could not load the models: ${(error as Error).message}`,
        ),
    );
  }

  private call(thread: Thread, message: Record<string, unknown>): Promise<Reply & { ok: true }> {
    const requestId = ++this.requestId;
    return new Promise((resolve, reject) => {
      thread.pending.set(requestId, (reply) =>
        reply.ok
          ? resolve(reply)
          : reject(reply.requestId === -1 ? new InferenceThreadDiedError(reply.message) : new Error(reply.message)),
      );
      thread.worker.postMessage({ ...message, requestId });
    });
  }
}
