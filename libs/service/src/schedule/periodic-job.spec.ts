import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('runs every period, never two ticks at once, and stop() waits for the tick under way', async () => {
    const ticks: Array<ReturnType<typeof deferred>> = [];
    const job = new PeriodicJob({ name: 'test job', everyMs: 100, log: () => {} }, () => {
      const tick = deferred();
      ticks.push(tick);
      return tick.promise;
    });
    job.start();
    await jest.advanceTimersByTimeAsync(350);
    expect(ticks).toHaveLength(1); // the first tick is still running: the next two are skipped
    ticks[0].resolve();
    await jest.advanceTimersByTimeAsync(100);
    expect(ticks).toHaveLength(2);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(500);
    expect(stopped).toBe(false);
    ticks[1].resolve();
    await stopping;
    expect(ticks).toHaveLength(2);
  });

  it('logs a failed tick with its name and tries again at the next one', async () => {
    const lines: string[] = [];
    let calls = 0;
    const job = new PeriodicJob({ name: 'pruning', everyMs: 100, log: (_level, message) => lines.push(message) }, () =>
      ++calls === 1 ? Promise.reject(new Error('database away')) : Promise.resolve(),
    );
    job.start();
    await jest.advanceTimersByTimeAsync(250);
    await job.stop();
    expect(calls).toBe(2);
    expect(lines).toEqual(['pruning failed, will retry: database away']);
  });
});
