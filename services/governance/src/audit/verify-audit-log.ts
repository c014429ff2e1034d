/**
 * Verifies the audit log from outside the service: walks the hash chain in Postgres and compares it
 * with every AuditCheckpointed on the governance.decisions topic (the copy outside the database).
 * Prints the verification as JSON (the shape of GET /v1/audit/verify) and exits 1 when the log was altered, 0
 * when it holds, 2 when it could not verify.
 *
 *   loopgate audit verify --offline      (DATABASE_URL, DATABASE_SCHEMA, KAFKA_BROKERS, TOPIC_PREFIX as the service)
 */
import { EventBus, EventCodec } from '@loopgate/bus';
import { topicOf, type AuditCheckpointed } from '@loopgate/contracts';
import { openDatabase } from '@loopgate/db';
import { loadGovernanceConfig, SERVICE_NAME, type GovernanceConfig } from '../governance.config';
import { AuditEntry } from './audit-entry.entity';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { AuditLogRepository } from './audit-log.repository';
import { verifyAuditLog } from './audit-verification';

/** Every checkpoint on the topic, read to its end. */
async function checkpointsOnTopic(config: GovernanceConfig): Promise<AuditCheckpointed[]> {
  const bus = new EventBus({
    brokers: config.KAFKA_BROKERS,
    service: 'audit-verify',
    serviceVersion: '0.1.0',
    topicPrefix: config.TOPIC_PREFIX,
  });
  const topic = `${config.TOPIC_PREFIX}${topicOf('AuditCheckpointed')}`;
  if (!(await bus.admin.topicsWithPrefix(topic)).includes(topic))
    throw new Error(`no topic ${topic} on ${config.KAFKA_BROKERS.join(',')}: is TOPIC_PREFIX governance's?`);
  const end = (await bus.admin.endOffsets(topic)).reduce((sum, p) => sum + Number(p.offset), 0);
  const recorder = bus.recorder([topic]);
  await recorder.start();
  const deadline = Date.now() + 60_000;
  while (recorder.messages.length < end) {
    if (Date.now() > deadline)
      throw new Error(`read ${recorder.messages.length} of ${end} messages of ${topic} in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await recorder.stop();
  const codec = new EventCodec();
  return recorder.messages
    .map((m) => codec.decode(m.value!))
    .filter((e) => e.type === 'AuditCheckpointed')
    .map((e) => e.payload as AuditCheckpointed);
}

async function main(): Promise<void> {
  const config = loadGovernanceConfig();
  const checkpoints = await checkpointsOnTopic(config);
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA ?? SERVICE_NAME,
    entities: [AuditEntry, AuditCheckpoint],
    migrations: [],
    poolSize: 1,
    applicationName: 'audit-verify',
  });
  try {
    const result = await verifyAuditLog(
      new AuditLogRepository(dataSource),
      checkpoints.map((c) => ({ sequence: c.sequence, headHash: c.headHash })),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!result.ok) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`audit verify failed: ${(error as Error).message}`);
  process.exit(2);
});
