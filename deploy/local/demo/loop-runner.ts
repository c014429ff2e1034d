/**
 * What every loop of the demo does around its own story: a bus and an event log of the namespace, the
 * first platform admin from the bootstrap command, every service as its own process, a team that owns
 * the dataset and the models, the load-test runner; and, whatever happens, every service stopped after.
 */
import { EventBus } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { LoopEventLog } from './loop-events';
import { type InjectedFault, injectFaults, type LoopFault } from './loop-faults';
import { bootstrapAdmin, type LoopAccess, type LoopObjects, setUpLoopAccess } from './loop-access';
import { type LoopNamespace, type PipelineService, startLoopServices } from './loop-services';

export interface LoopSetting {
  readonly namespace: LoopNamespace;
  readonly ports: Record<PipelineService, number>;
  /** The team that owns the dataset and the models; its lead, product service and load tests get principals. */
  readonly objects: LoopObjects;
  /** Predictions per drift window of monitoring. */
  readonly driftWindow: number;
  readonly log: (line: string) => void;
  readonly serviceOutput: 'inherit' | 'ignore';
  readonly logLevel: string;
  /** Services killed (SIGKILL) and restarted while the loop runs. */
  readonly faults?: readonly LoopFault[];
  /** More variables for every service. */
  readonly serviceEnv?: Readonly<Record<string, string>>;
}

export interface LoopContext {
  readonly urls: Record<PipelineService, string>;
  readonly events: LoopEventLog;
  readonly access: LoopAccess;
}

export interface LoopRun<T> {
  readonly result: T;
  readonly events: LoopEventLog;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly faults: InjectedFault[];
}

/** Waits until `check` gives a value (an error counts as not yet), polling every 200 ms. */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | false | undefined>,
  timeoutMs = 300_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Runs `drive` with the services up; then waits for the audit log to hold every event of the loop and
 * runs `whileRunning` (queries of lineage, the audit log) before the services stop.
 */
export async function runLoop<T>(
  setting: LoopSetting,
  drive: (loop: LoopContext) => Promise<T>,
  whileRunning?: (loop: LoopContext) => Promise<void>,
): Promise<LoopRun<T>> {
  const startedAt = Date.now();
  const { namespace, log, objects } = setting;
  const admin = namespace.kafkaCredentials?.admin;
  const bus = new EventBus({
    brokers: namespace.kafkaBrokers.split(','),
    service: 'demo',
    serviceVersion: '0.1.0',
    topicPrefix: namespace.topicPrefix,
    ...(admin ? { sasl: { mechanism: 'scram-sha-256' as const, username: 'admin', password: admin } } : {}),
  });
  await bus.connect();
  await bus.ensureTopics();
  const events = new LoopEventLog(bus, namespace.topicPrefix, startedAt);
  await events.start();
  let services: Awaited<ReturnType<typeof startLoopServices>> | null = null;
  try {
    const admin = await bootstrapAdmin(namespace);
    log(`first platform admin '${admin.principal}' created by the bootstrap command (its secret is printed once)`);
    services = await startLoopServices(namespace, setting.ports, {
      logLevel: setting.logLevel,
      output: setting.serviceOutput,
      driftWindow: setting.driftWindow,
      env: setting.serviceEnv,
    });
    const access = await setUpLoopAccess(services.urls, admin, objects);
    services.startLoadTests(access.loadTests);
    log(
      `services ready: ${Object.entries(services.urls)
        .map(([name, url]) => `${name} ${url}`)
        .join(', ')}; load tests watch for canaries`,
    );
    log(
      `team ${objects.team} owns dataset(s) ${objects.datasets.join(', ')} and model(s) ${objects.models.join(', ')}: its lead declares, its product service streams and asks for predictions, each with its own token`,
    );
    const loop = { urls: services.urls, events, access };
    const faults = injectFaults(setting.faults ?? [], events, services);
    let injected: InjectedFault[] = [];
    let result: T;
    try {
      result = await drive(loop);
    } finally {
      injected = await faults.stop();
    }
    for (const fault of injected)
      log(`${fault.service} was killed (SIGKILL) after the first ${fault.after}; ready again in ${fault.restartMs} ms`);
    await auditCaughtUp(events, access.clients.admin);
    await whileRunning?.(loop);
    return { result, events, startedAt, finishedAt: Date.now(), faults: injected };
  } finally {
    if (services) for (const { name, exit } of await services.stop()) log(`${name} stopped after SIGTERM (${exit})`);
    await events.stop();
    await bus.disconnect();
  }
}

/** Governance has recorded every event of the loop in its audit log (checkpoints, which keep coming, aside). */
async function auditCaughtUp(events: LoopEventLog, admin: LoopgateClient): Promise<void> {
  const expected = events.events().filter((e) => e.type !== 'AuditCheckpointed').length;
  await until(
    'the audit log to hold every event of the loop',
    async () => {
      // The newest entry is the first of the first page.
      const { items } = await unwrap(admin.governance.GET('/v1/audit/entries', { params: { query: { limit: 1 } } }));
      return (items[0]?.sequence ?? 0) >= expected;
    },
    300_000,
  );
}
