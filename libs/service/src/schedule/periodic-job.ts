type JobLog = (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void;

export interface PeriodicJobOptions {
  /** What the job does, for its log lines ("time-window sealing"). */
  readonly name: string;
  readonly everyMs: number;
  readonly log: JobLog;
}

/**
 * Work a service repeats on a timer (sealing, schedules, checkpoints, pruning): a tick never overlaps
 * the previous one, a failure is logged and retried at the next tick, and stop() waits for the tick
 * under way so shutdown never cuts one in half (stop it in onModuleDestroy: before the platform closes
 * Postgres and Kafka).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly options: PeriodicJobOptions,
    private readonly tick: () => Promise<unknown>,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), this.options.everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One tick now, unless one is under way (then that one's end). */
  runOnce(): Promise<void> {
    this.running ??= this.tick()
      .then(
        () => undefined,
        (error: unknown) =>
          this.options.log('error', `${this.options.name} failed, will retry: ${(error as Error).message}`),
      )
      .finally(() => (this.running = null));
    return this.running;
  }
}
