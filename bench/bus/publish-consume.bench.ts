/**
 * Publish -> consume throughput of Avro events through the real local broker, end to end through
 * libs/bus (encode, idempotent producer with acks=all, consumer with decode, headers, tracing span
 * and offset commit per batch).
 *
 *   npm run bench:bus                      200,000 events
 *   BENCH_EVENTS=500000 npm run bench:bus
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventBus, type OutgoingEvent } from '@loopgate/bus';
import { machine } from '../harness';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 2_000);
const IN_FLIGHT_BATCHES = Number(process.env.BENCH_IN_FLIGHT ?? 4);
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

function event(i: number): OutgoingEvent {
  return {
    type: 'RecordIngested',
    payload: {
      datasetId: 'flights',
      specVersion: 1,
      entityId: `flight-${i % 50_000}`,
      eventTime: 978307200000 + i * 1000,
      values: { delay: (i * 7) % 120, distance: 300 + (i % 2000), origin: 'SFO', destination: 'LAX', cancelled: false },
      source: 'KAFKA',
      batchId: null,
    },
    correlationId: 'bench',
  };
}

interface ConsumerReport {
  readonly consumed: number;
  /** Epoch ms when the last event was handled. */
  readonly doneAt: number;
}

/** The consumer runs in its own process, as a consuming service would: two processes, two cores. */
async function consumeInChild(prefix: string, groupId: string): Promise<void> {
  const bus = new EventBus({ brokers: BROKERS, service: 'bench-consumer', serviceVersion: '0', topicPrefix: prefix });
  await bus.connect();
  let consumed = 0;
  const consumer = bus.consumer({
    groupId,
    partitionsConsumedConcurrently: 6,
    handlers: {
      RecordIngested: async () => {
        consumed++;
        if (consumed === EVENTS) process.send?.({ consumed, doneAt: Date.now() } satisfies ConsumerReport);
      },
    },
  });
  await consumer.start();
  process.send?.('started');
  process.on('disconnect', () => void bus.disconnect().then(() => process.exit(0)));
}

async function startConsumer(
  prefix: string,
  groupId: string,
): Promise<{ child: ChildProcess; report: Promise<ConsumerReport> }> {
  const child = fork(__filename, ['--consumer', prefix, groupId], { execArgv: process.execArgv, stdio: 'inherit' });
  const report = new Promise<ConsumerReport>((resolve, reject) => {
    child.on('message', (message) => message !== 'started' && resolve(message as ConsumerReport));
    child.on('exit', (code) => reject(new Error(`consumer exited with ${code}`)));
  });
  report.catch(() => undefined); // surfaced where it is awaited
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return { child, report };
}

async function main(): Promise<void> {
  const prefix = `bench_${randomBytes(4).toString('hex')}.`;
  const bus = new EventBus({ brokers: BROKERS, service: 'bench', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();

  const live = await startConsumer(prefix, `${prefix}live`);
  // Encoding and addressing cost alone, for reference.
  const encodeStart = performance.now();
  for (let i = 0; i < 20_000; i++) bus.publisher.prepare(event(i));
  const encodePerSecond = 20_000 / ((performance.now() - encodeStart) / 1000);

  const start = Date.now();
  let next = 0;
  async function publishLane(): Promise<void> {
    while (next < EVENTS) {
      const from = next;
      next = Math.min(EVENTS, next + BATCH);
      const batch: OutgoingEvent[] = [];
      for (let i = from; i < next; i++) batch.push(event(i));
      await bus.publish(batch);
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT_BATCHES }, publishLane));
  const published = Date.now();
  const report = await live.report;
  live.child.disconnect();

  // A second group reads the same events as a backlog: consumption alone, with no producer running.
  const backlogStart = Date.now();
  const backlog = await startConsumer(prefix, `${prefix}backlog`);
  const backlogReport = await backlog.report;
  backlog.child.disconnect();
  const backlogSeconds = (backlogReport.doneAt - backlogStart) / 1000;

  const publishSeconds = (published - start) / 1000;
  const endToEndSeconds = (report.doneAt - start) / 1000;
  const result = {
    events: EVENTS,
    batch: BATCH,
    prepareEventsPerSecond: Math.round(encodePerSecond),
    publishSeconds: +publishSeconds.toFixed(2),
    publishEventsPerSecond: Math.round(EVENTS / publishSeconds),
    endToEndSeconds: +endToEndSeconds.toFixed(2),
    endToEndEventsPerSecond: Math.round(EVENTS / endToEndSeconds),
    backlogConsumeSeconds: +backlogSeconds.toFixed(2),
    backlogConsumeEventsPerSecond: Math.round(EVENTS / backlogSeconds),
    machine: machine(),
  };
  console.log(`bus publish->consume: ${EVENTS} events, producer and consumer in separate processes`);
  console.log(`  encode+address only:  ${result.prepareEventsPerSecond.toLocaleString()} events/s`);
  console.log(
    `  publish (acks=all):   ${result.publishEventsPerSecond.toLocaleString()} events/s (${result.publishSeconds} s)`,
  );
  console.log(
    `  end to end consumed:  ${result.endToEndEventsPerSecond.toLocaleString()} events/s (${result.endToEndSeconds} s)`,
  );
  console.log(
    `  backlog consume only: ${result.backlogConsumeEventsPerSecond.toLocaleString()} events/s (${result.backlogConsumeSeconds} s, group join included)`,
  );
  console.log(JSON.stringify(result));

  await bus.disconnect();
  await bus.admin.deleteTopicsWithPrefix(prefix);
}

const role = process.argv[2] === '--consumer' ? consumeInChild(process.argv[3], process.argv[4]) : main();
role.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
