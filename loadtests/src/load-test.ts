import autocannon from 'autocannon';
import { type LoadTestFigures } from './load-test-verdict';

export interface LoadTestPlan {
  /** Base URL of the serving deployment, e.g. http://127.0.0.1:3006 */
  readonly servingUrl: string;
  readonly modelName: string;
  readonly version: number;
  /** Real rows, replayed in order (one per request), round and round. */
  readonly rows: ReadonlyArray<Record<string, unknown>>;
  readonly targetRps: number;
  readonly durationSeconds: number;
  readonly connections: number;
  /** Bearer token serving accepts for the model (valid for the whole test). */
  readonly token: string;
}

/** Replays rows against one deployed version at a fixed rate (autocannon) and measures what it sustained. */
export async function runLoadTest(plan: LoadTestPlan): Promise<LoadTestFigures> {
  if (plan.rows.length === 0) throw new Error('a load test needs rows to replay');
  const bodies = plan.rows.map((row) => JSON.stringify({ rows: [row] }));
  let next = 0;
  const result = await autocannon({
    url: `${plan.servingUrl}/v1/models/${encodeURIComponent(plan.modelName)}/versions/${plan.version}/predict`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
    connections: plan.connections,
    duration: plan.durationSeconds,
    overallRate: plan.targetRps,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  const ok = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  const requests = ok + failed;
  return {
    requests,
    rps: requests / (result.duration || plan.durationSeconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errorRate: requests === 0 ? 1 : failed / requests,
  };
}
