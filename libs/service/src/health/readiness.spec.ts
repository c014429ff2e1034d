import { runReadinessChecks } from './readiness';

describe('runReadinessChecks', () => {
  it('is ready when every check answers', async () => {
    const report = await runReadinessChecks([{ name: 'kafka', check: async () => undefined }]);
    expect(report.status).toBe('ready');
    expect(report.checks.kafka.status).toBe('up');
  });

  it('is not ready when a check fails or hangs, and says which and why', async () => {
    const report = await runReadinessChecks(
      [
        { name: 'kafka', check: async () => undefined },
        {
          name: 'postgres',
          check: async () => {
            throw new Error('ECONNREFUSED');
          },
        },
        { name: 'slow', check: () => new Promise<void>(() => undefined) },
      ],
      20,
    );
    expect(report.status).toBe('not_ready');
    expect(report.checks.postgres).toMatchObject({ status: 'down', error: 'ECONNREFUSED' });
    expect(report.checks.slow).toMatchObject({ status: 'down', error: 'slow did not answer within 20 ms' });
  });
});
