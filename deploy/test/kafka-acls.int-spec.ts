import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EventBus, type ConsumedEvent } from '@loopgate/bus';
import { waitFor } from '@loopgate/testing';

const ROOT = join(__dirname, '../..');
const PORT = 9094;
const run = promisify(execFile);
const record = () => ({
  datasetId: 'flights',
  specVersion: 1,
  entityId: randomUUID(),
  eventTime: 978_307_200_000,
  values: { origin: 'SFO' },
  source: 'KAFKA' as const,
  batchId: null,
});
const stageChanged = {
  modelName: 'flights-delay',
  version: 3,
  fromStage: 'CANDIDATE' as const,
  toStage: 'CANARY' as const,
  trafficPercent: 10,
  model: { uri: 'file:///m', sha256: 'a'.repeat(64), sizeBytes: 1 },
  reason: 'gates passed',
};
const prediction = () => ({
  predictionId: randomUUID(),
  entityId: 'flight-1',
  modelName: 'flights-delay',
  version: 3,
  route: 'PRIMARY' as const,
  inputs: { origin: 'SFO' },
  score: 0.31,
  label: 0,
  latencyMicros: 250,
  segments: { origin: 'SFO' },
  unseenCategories: [],
  task: 'binary',
  probabilities: {},
});

/** A broker with SASL/SCRAM and the catalog's ACLs (deploy/kafka/secure-broker.sh), each service logged in as itself. */
describe('Kafka access per service, against a real broker with ACLs', () => {
  let credentials: Record<string, string>;
  const buses: EventBus[] = [];

  const as = async (service: string, password = credentials[service]): Promise<EventBus> => {
    const bus = new EventBus({
      brokers: [`127.0.0.1:${PORT}`],
      service,
      serviceVersion: '0.0.0-test',
      sasl: { mechanism: 'scram-sha-256', username: service, password },
      logger: () => undefined,
    });
    buses.push(bus);
    await bus.connect();
    return bus;
  };

  beforeAll(async () => {
    await run('bash', [join(ROOT, 'deploy/kafka/secure-broker.sh'), 'start'], {
      env: { ...process.env, KAFKA_SECURE_PORT: String(PORT) },
    });
    credentials = JSON.parse(readFileSync(join(ROOT, `.data/kafka-${PORT}/principals.json`), 'utf8')) as Record<
      string,
      string
    >;
  }, 180_000);

  afterAll(async () => {
    for (const bus of buses) await bus.disconnect().catch(() => undefined);
    await run('bash', [join(ROOT, 'deploy/kafka/secure-broker.sh'), 'stop'], {
      env: { ...process.env, KAFKA_SECURE_PORT: String(PORT) },
    });
  }, 120_000);

  it('lets a service write the topics it owns', async () => {
    const ingestion = await as('ingestion');
    const [published] = await ingestion.publish([{ type: 'RecordIngested', payload: record() }]);
    expect(published.eventId).toBeTruthy();
  });

  it('refuses a service writing a topic it does not own', async () => {
    const ingestion = await as('ingestion');
    await expect(ingestion.publish([{ type: 'StageChanged', payload: stageChanged }])).rejects.toThrow(/authoriz/i);
  });

  it('lets a consumer read what it consumes in a group named after it, and refuses a reader the catalog does not name', async () => {
    const serving = await as('serving');
    const [served] = await serving.publish([{ type: 'PredictionServed', payload: prediction() }]);
    const monitoring = await as('monitoring');
    const seen: string[] = [];
    const reader = monitoring.consumer({
      groupId: `monitoring.acl-test-${randomUUID()}`,
      handlers: {
        PredictionServed: async (event: ConsumedEvent<'PredictionServed'>) => void seen.push(event.metadata.eventId),
      },
    });
    await reader.start();
    await waitFor('monitoring to read the prediction', () => seen.includes(served.eventId), { timeoutMs: 60_000 });
    await reader.stop();

    const ingestion = await as('ingestion');
    const intruder = ingestion.consumer({
      groupId: `ingestion.acl-test-${randomUUID()}`,
      handlers: { PredictionServed: async () => undefined },
    });
    await expect(intruder.start()).rejects.toThrow(/authoriz/i);
  });

  it('makes nobody a super user without a password: no ANONYMOUS, and the controller listener takes SASL too', () => {
    const config = readFileSync(join(ROOT, `.data/kafka-${PORT}/server.properties`), 'utf8');
    expect(config).toMatch(/^super\.users=User:admin;User:controller$/m);
    expect(config).not.toMatch(/ANONYMOUS/);
    expect(config).toMatch(/^listener\.security\.protocol\.map=.*CONTROLLER:SASL_PLAINTEXT/m);
  });

  it('refuses a wrong password', async () => {
    await expect(as('registry', 'not-the-password')).rejects.toThrow(/SASL|authenticat/i);
  });
});
