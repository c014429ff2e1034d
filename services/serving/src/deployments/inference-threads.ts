import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type FeedTensor } from '@loopgate/ml';

type Reply = { requestId: number; ok: true; scores?: Float32Array } | { requestId: number; ok: false; message: string };

/**
 * Threads that run the models: every loaded model is loaded in each, and runs go round-robin. The event
 * loop stays free to answer HTTP and to notice when a run overruns its latency budget.
 */
export class InferenceThreads {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void }>();
  private next = 0;
  private requestId = 0;

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(join(__dirname, 'inference-worker.js'));
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.requestId);
        this.pending.delete(reply.requestId);
        waiting?.resolve(reply);
      });
      worker.unref();
      return worker;
    });
  }

  async load(modelId: string, bytes: Buffer): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.call(worker, { type: 'load', modelId, bytes })));
  }

  async run(modelId: string, feeds: Record<string, FeedTensor>, output: string): Promise<Float32Array> {
    const worker = this.workers[this.next++ % this.workers.length];
    return (await this.call(worker, { type: 'run', modelId, feeds, output })).scores!;
  }

  /** One run in every thread. */
  async warmUp(modelId: string, feeds: Record<string, FeedTensor>, output: string): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.call(worker, { type: 'run', modelId, feeds, output })));
  }

  async release(modelId: string): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.call(worker, { type: 'release', modelId })));
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private call(worker: Worker, message: Record<string, unknown>): Promise<Reply & { ok: true }> {
    const requestId = ++this.requestId;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, {
        resolve: (reply) => (reply.ok ? resolve(reply) : reject(new Error(reply.message))),
      });
      worker.postMessage({ ...message, requestId });
    });
  }
}
