import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TrainerError, TrainingProcessError, TrainingTimeoutError } from './runs.errors';
import { type TrainingJob, type TrainingOutcome, type TrainingReply } from './training-job';

const WORKER = join(__dirname, 'training-worker.ts');
const REGISTER = join(__dirname, '..', '..', '..', '..', 'tools', 'register.js');

/** A run in a child process with a time limit: killed when it overruns, reported when it dies. */
export class TrainingProcess {
  private readonly running = new Set<ChildProcess>();

  constructor(private readonly heapMb: number) {}

  run(job: TrainingJob, timeoutMs: number): Promise<TrainingOutcome> {
    return new Promise<TrainingOutcome>((resolve, reject) => {
      const child = fork(WORKER, [], {
        execArgv: ['-r', REGISTER, `--max-old-space-size=${this.heapMb}`],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.running.add(child);
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.running.delete(child);
        outcome();
      };
      const timer = setTimeout(
        () =>
          settle(() => {
            child.kill('SIGKILL');
            reject(new TrainingTimeoutError(timeoutMs));
          }),
        timeoutMs,
      );
      child.once('message', (message: TrainingReply) =>
        settle(() =>
          message.ok
            ? resolve(message.outcome)
            : reject(new TrainerError(message.error.code, message.error.message, message.error.retriable)),
        ),
      );
      child.once('error', (error) =>
        settle(() => reject(new TrainingProcessError(`the training process failed: ${error.message}`))),
      );
      child.once('exit', (code, signal) =>
        settle(() =>
          reject(new TrainingProcessError(`the training process exited (${signal ?? `code ${code}`}) before replying`)),
        ),
      );
      child.send(job);
    });
  }

  /** Kills every training process, for shutdown; their runs are taken again by the next service. */
  killAll(): void {
    for (const child of this.running) child.kill('SIGKILL');
    this.running.clear();
  }
}
