/**
 * The second demo (npm run demo:penguins; deploy/local/up.sh has started Kafka and Postgres): a static
 * multi-class table through the loop, all services as processes. Prints each step, then the timeline
 * built from the events.
 *
 *   DEMO_NAMESPACE=...   topic prefix and schema prefix of this run (default: a new one per run)
 */
import { initInstallationKeys } from '@loopgate/auth';
import { join } from 'node:path';
import { runPenguinsLoop } from './penguins-loop';
import { timeline } from './loop-report';
import { provisionLoopDatabase } from './loop-database';
import { PIPELINE_SERVICES, type PipelineService } from './loop-services';

const ROOT = join(__dirname, '../../..');
const NAMESPACE = process.env.DEMO_NAMESPACE ?? `penguins${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
const ADMIN_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';

async function main(): Promise<void> {
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(NAMESPACE)) {
    console.error(
      `[demo] DEMO_NAMESPACE must be lower-case letters, digits and underscores (at most 31); got '${NAMESPACE}'`,
    );
    process.exit(78);
  }
  const log = (line: string) => console.log(`[demo] ${line}`);
  log(`namespace '${NAMESPACE}' (topics ${NAMESPACE}.*, schemas ${NAMESPACE}_*)`);
  const ports = Object.fromEntries(PIPELINE_SERVICES.map((name, i) => [name, 3001 + i])) as Record<
    PipelineService,
    number
  >;
  const run = await runPenguinsLoop({
    namespace: {
      topicPrefix: `${NAMESPACE}.`,
      schemaPrefix: `${NAMESPACE}_`,
      artifactStoreUri: `file://${ROOT}/.data/artifacts`,
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      databaseUrl: ADMIN_DATABASE_URL,
      // Each service logs in as its own role, owning only its schema (new passwords every run).
      databaseUrls: await provisionLoopDatabase(ADMIN_DATABASE_URL, `${NAMESPACE}_`),
      // The namespace's installation keys, kept with its data (what `loopgate admin init` makes in LOOPGATE_HOME).
      keys: initInstallationKeys(`${ROOT}/.data/keys`),
    },
    ports,
    log,
    serviceOutput: 'inherit',
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  console.log('\n[demo] timeline (from the events on the topics):');
  for (const line of timeline(run.events.events())) console.log(`  ${line}`);
  console.log(
    `\n[demo] ${run.events.events().length} events in ${((run.finishedAt - run.startedAt) / 1000).toFixed(0)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`[demo] FAILED: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
