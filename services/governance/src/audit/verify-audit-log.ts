/**
 * Verifies the audit log from outside the service: walks the hash chain in Postgres and compares it
 * with every AuditCheckpointed on the governance.decisions topic (the copy outside the database) that
 * a certified signing key signed (the keys read from governance.access, certified by
 * LOOPGATE_ROOT_PUBLIC_KEY when it is set).
 * Prints the verification as JSON (the shape of GET /v1/audit/verify) and exits 1 when the log was altered, 0
 * when it holds, 2 when it could not verify.
 *
 *   loopgate audit verify --offline      (DATABASE_URL, DATABASE_SCHEMA, KAFKA_BROKERS, TOPIC_PREFIX as the service)
 */
import { parseRootPublicKey } from '@loopgate/auth';
import { EventBus } from '@loopgate/bus';
import { openDatabase } from '@loopgate/db';
import { loadConfig } from '@loopgate/service';
import { governanceConfigSchema, SERVICE_NAME } from '../governance.config';
import { AuditEntry } from './audit-entry.entity';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { AuditLogRepository } from './audit-log.repository';
import { verifyAuditLog } from './audit-verification';
import { accessStateOnTopic, signedCheckpoints } from './signed-checkpoints';

async function main(): Promise<void> {
  // The variables only: verifying needs the root's public half, not governance's private keys.
  const config = loadConfig(SERVICE_NAME, governanceConfigSchema);
  const bus = new EventBus({
    brokers: config.KAFKA_BROKERS,
    service: 'audit-verify',
    serviceVersion: '0.1.0',
    topicPrefix: config.TOPIC_PREFIX,
  });
  const root = config.LOOPGATE_ROOT_PUBLIC_KEY ? parseRootPublicKey(config.LOOPGATE_ROOT_PUBLIC_KEY) : null;
  const checkpoints = await signedCheckpoints(bus, await accessStateOnTopic(bus, root)).finally(() => bus.disconnect());
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA ?? SERVICE_NAME,
    entities: [AuditEntry, AuditCheckpoint],
    migrations: [],
    poolSize: 1,
    applicationName: 'audit-verify',
  });
  try {
    const result = await verifyAuditLog(new AuditLogRepository(dataSource), checkpoints);
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
