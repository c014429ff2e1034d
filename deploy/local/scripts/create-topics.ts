/**
 * Creates every topic of the catalog and its dead-letter topic on the broker (auto-creation is off).
 * KAFKA_BROKERS (default 127.0.0.1:9092) and TOPIC_PREFIX (default none) choose broker and namespace.
 */
import { EventBus } from '@loopgate/bus';

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const bus = new EventBus({
    brokers,
    service: 'deploy',
    serviceVersion: '0',
    topicPrefix: process.env.TOPIC_PREFIX ?? '',
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await bus.admin.ping();
      break;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`no Kafka broker answered at ${brokers.join(',')} within 60 s: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const created = await bus.ensureTopics();
  console.log(`[topics] ${created.length} created, catalog complete on ${brokers.join(',')}`);
}

main().catch((error: unknown) => {
  console.error(`[topics] ERROR: ${(error as Error).message}`);
  process.exit(1);
});
