import { spawn } from 'node:child_process';
import { trace } from '@opentelemetry/api';
import { startTelemetry, stopTelemetry } from '@loopgate/telemetry';
import { join } from 'node:path';
import { EVENT_SCHEMAS, type EventType } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import {
  BUS_ENTITIES,
  BUS_MIGRATIONS,
  BusRetention,
  DLQ_HEADER,
  EventBus,
  HEADER,
  IdempotentHandler,
  Outbox,
  OutboxRelay,
  type ConsumedEvent,
  type RecordedMessage,
} from '../src';
import {
  createTestBus,
  openTestDatabase,
  uniqueName,
  waitFor,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  type TestBus,
  type TestDatabase,
} from '@loopgate/testing';
import { sampleEvents } from '../src/testing/sample-events';
import { Effect, EffectTable1764320000001, applyEffect } from './fixtures/effect';

const FAST_RETRY = { maxAttempts: 4, initialBackoffMs: 10, maxBackoffMs: 50 };

describe('event bus against a real Kafka broker and Postgres', () => {
  let env: TestBus;
  let db: TestDatabase;

  beforeEach(async () => {
    env = await createTestBus('bus-test');
    db = await openTestDatabase([...BUS_ENTITIES, Effect], [...BUS_MIGRATIONS, EffectTable1764320000001]);
  });

  afterEach(async () => {
    await env.cleanup();
    await db.cleanup();
  });

  async function effectsOf(eventId: string): Promise<number> {
    return db.dataSource.getRepository(Effect).countBy({ eventId });
  }

  async function recordTopic(bus: EventBus, topic: string): Promise<RecordedMessage[]> {
    const recorder = bus.recorder([topic]);
    await recorder.start();
    cleanups.push(() => recorder.stop());
    return recorder.messages;
  }
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('round-trips every event type with its metadata', async () => {
    const samples = sampleEvents();
    const received = new Map<string, ConsumedEvent>();
    const handlers = Object.fromEntries(
      Object.keys(samples).map((type) => [type, async (event: ConsumedEvent) => void received.set(event.type, event)]),
    );
    await env.bus.consumer({ groupId: uniqueName('g'), handlers }).start();

    const published = await env.bus.publish(
      Object.entries(samples).map(
        ([type, payload]) => ({ type: type as EventType, payload, correlationId: 'corr-1', actor: 'alice' }) as never,
      ),
    );

    await waitFor('every event type consumed', () => received.size === Object.keys(samples).length);
    for (const meta of published) {
      const event = received.get(meta.type)!;
      expect(JSON.parse(JSON.stringify(event.payload))).toEqual(JSON.parse(JSON.stringify(samples[meta.type])));
      expect(event.metadata).toEqual(meta);
      expect(event.metadata).toMatchObject({ correlationId: 'corr-1', actor: 'alice', source: 'bus-test@0.0.0-test' });
      expect(event.topic).toBe(`${env.prefix}${event.topic.slice(env.prefix.length)}`);
    }
  });

  it('carries the trace context from the publishing span to the consuming handler', async () => {
    startTelemetry({ serviceName: 'bus-test', serviceVersion: '0' });
    cleanups.push(() => stopTelemetry());
    const seen: Array<{ traceparent: string | null; activeTraceId: string | undefined }> = [];
    await env.bus
      .consumer({
        groupId: uniqueName('g'),
        handlers: {
          TrainingStarted: async (e) =>
            void seen.push({
              traceparent: e.metadata.traceparent,
              activeTraceId: trace.getActiveSpan()?.spanContext().traceId,
            }),
        },
      })
      .start();

    const traceId = await trace.getTracer('test').startActiveSpan('request', async (span) => {
      await env.bus.publish([{ type: 'TrainingStarted', payload: sampleEvents().TrainingStarted }]);
      span.end();
      return span.spanContext().traceId;
    });

    const [event] = await waitFor('the traced event', () => seen.length === 1 && seen);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    expect(event.activeTraceId).toBe(traceId);
  });

  it('dead-letters an undecodable message with its headers and goes on to the next', async () => {
    const topic = `${env.prefix}training.runs`;
    const groupId = uniqueName('g');
    const handled: string[] = [];
    await env.bus
      .consumer({
        groupId,
        retry: FAST_RETRY,
        handlers: { TrainingStarted: async (e) => void handled.push(e.payload.runId) },
      })
      .start();
    const dlq = await recordTopic(env.bus, `${topic}.dlq`);

    await env.bus.publisher.sendRaw(topic, {
      key: Buffer.from('flights-delay'),
      value: Buffer.from('{"not":"avro"}'),
      headers: { [HEADER.id]: 'poison-1' },
    });
    await env.bus.publish([
      { type: 'TrainingStarted', payload: { ...sampleEvents().TrainingStarted, runId: 'after-poison' } },
    ]);

    await waitFor('the message after the poison one handled', () => handled.includes('after-poison'));
    const [letter] = await waitFor('a dead letter', () => dlq.length > 0 && dlq);
    expect(letter.value?.toString()).toBe('{"not":"avro"}');
    expect(letter.key?.toString()).toBe('flights-delay');
    expect(letter.headers).toMatchObject({
      [HEADER.id]: 'poison-1',
      [DLQ_HEADER.originalTopic]: topic,
      [DLQ_HEADER.originalOffset]: '0',
      [DLQ_HEADER.consumerGroup]: groupId,
      [DLQ_HEADER.errorCode]: 'bus.decode_failed',
      [DLQ_HEADER.attempts]: '0',
    });
    expect(letter.headers[DLQ_HEADER.originalPartition]).toMatch(/^\d+$/);
    expect(letter.headers[DLQ_HEADER.errorMessage]).toMatch(/marker/);
    expect(Date.parse(letter.headers[DLQ_HEADER.failedAt])).not.toBeNaN();
  });

  it('holds a partition at an event of a newer schema, dead-letters nothing, and an upgraded consumer reads on', async () => {
    const topic = `${env.prefix}training.runs`;
    const groupId = uniqueName('g');
    const versions = EVENT_SCHEMAS.TrainingStarted;
    const newest = versions[versions.length - 1];
    const schema = newest.schema as { fields: unknown[] };
    const newer = {
      ...EVENT_SCHEMAS,
      TrainingStarted: [
        ...versions,
        {
          ...newest,
          version: newest.version + 1,
          schema: { ...schema, fields: [...schema.fields, { name: 'note', type: ['null', 'string'], default: null }] },
        },
      ],
    };
    const bus = (name: string, schemas?: typeof newer, lines?: string[]) =>
      new EventBus({
        brokers: TEST_KAFKA_BROKERS,
        service: name,
        serviceVersion: '0.0.0-test',
        topicPrefix: env.prefix,
        schemas,
        logger: (_level, message) => void lines?.push(message),
      });
    const lines: string[] = [];
    const older = bus('older', undefined, lines);
    const upgraded = bus('upgraded', newer);
    const producer = bus('newer-producer', newer);
    cleanups.push(
      () => older.disconnect(),
      () => upgraded.disconnect(),
      () => producer.disconnect(),
    );
    await producer.connect();
    const handled: Array<{ runId: string; by: string }> = [];
    const consumer = (on: EventBus, by: string) =>
      on.consumer({
        groupId,
        schemaWaitMs: 100,
        handlers: { TrainingStarted: async (e) => void handled.push({ runId: e.payload.runId, by }) },
      });
    const sample = sampleEvents().TrainingStarted; // one key: one partition, in order
    await consumer(older, 'older').start();
    await env.bus.publish([{ type: 'TrainingStarted', payload: { ...sample, runId: 'a' } }]);
    await producer.publish([{ type: 'TrainingStarted', payload: { ...sample, runId: 'b' } }]);
    await env.bus.publish([{ type: 'TrainingStarted', payload: { ...sample, runId: 'c' } }]);

    await waitFor('the older consumer stopped at b twice', () =>
      lines.filter((l) => l.includes('newer than this consumer')).length >= 2 ? lines : null,
    );
    expect(handled).toEqual([{ runId: 'a', by: 'older' }]); // c waits behind b
    expect(lines.find((l) => l.includes('newer than this consumer'))).toMatch(
      /no known schema has fingerprint [0-9a-f]{16}/,
    );
    await older.disconnect();

    await consumer(upgraded, 'upgraded').start();
    await waitFor('b and c handled by the upgraded consumer', () => handled.length === 3);
    expect(handled).toEqual([
      { runId: 'a', by: 'older' },
      { runId: 'b', by: 'upgraded' },
      { runId: 'c', by: 'upgraded' },
    ]);
    const dlq = await env.bus.admin.endOffsets(`${topic}.dlq`);
    expect(dlq.reduce((sum, p) => sum + Number(p.offset), 0)).toBe(0);
  });

  it('applies the effect once when the handler fails twice and then succeeds', async () => {
    const idempotent = new IdempotentHandler(db.dataSource, 'flaky');
    let attempts = 0;
    await env.bus
      .consumer({
        groupId: uniqueName('g'),
        retry: FAST_RETRY,
        handlers: {
          TrainingStarted: async (event) => {
            attempts = event.attempt;
            await idempotent.runOnce(event.metadata.eventId, async (manager) => {
              await applyEffect(manager, event.metadata.eventId);
              // Fails after writing: the transaction must roll the effect back with the processed-events row.
              if (event.attempt < 3) throw new Error(`transient failure ${event.attempt}`);
            });
          },
        },
      })
      .start();

    const [meta] = await env.bus.publish([{ type: 'TrainingStarted', payload: sampleEvents().TrainingStarted }]);
    await waitFor('the third attempt', () => attempts === 3);
    await waitFor('the effect', async () => (await effectsOf(meta.eventId)) > 0);
    expect(await effectsOf(meta.eventId)).toBe(1);
  });

  it('dead-letters a non-retriable failure at once and an exhausted retriable one after the last attempt', async () => {
    const topic = `${env.prefix}training.runs`;
    const dlq = await recordTopic(env.bus, `${topic}.dlq`);
    await env.bus
      .consumer({
        groupId: uniqueName('g'),
        retry: FAST_RETRY,
        handlers: {
          TrainingStarted: async (event) => {
            if (event.payload.runId === 'invalid')
              throw new LoopgateError({ code: 'training.invalid_params', message: 'bad params', kind: 'invalid' });
            throw new LoopgateError({ code: 'training.store_unavailable', message: 'store down', kind: 'unavailable' });
          },
        },
      })
      .start();
    const sample = sampleEvents().TrainingStarted;
    await env.bus.publish([
      { type: 'TrainingStarted', payload: { ...sample, runId: 'invalid' } },
      { type: 'TrainingStarted', payload: { ...sample, runId: 'unavailable' } },
    ]);

    await waitFor('two dead letters', () => dlq.length === 2);
    expect(dlq.map((m) => [m.headers[DLQ_HEADER.errorCode], m.headers[DLQ_HEADER.attempts]])).toEqual([
      ['training.invalid_params', '1'],
      ['training.store_unavailable', String(FAST_RETRY.maxAttempts)],
    ]);
  });

  it('redelivers to a new consumer after a crash between processing and committing, and the effect stays single', async () => {
    const groupId = uniqueName('g');
    const [meta] = await env.bus.publish([{ type: 'TrainingStarted', payload: sampleEvents().TrainingStarted }]);

    const child = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, 'fixtures/crashing-consumer.ts')],
      {
        env: {
          ...process.env,
          PREFIX: env.prefix,
          GROUP: groupId,
          SCHEMA: db.schema,
          DATABASE_URL: TEST_DATABASE_URL,
          KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, sig) => resolve(sig)),
    );
    expect(signal).toBe('SIGKILL');
    expect(await effectsOf(meta.eventId)).toBe(1);
    expect(
      (await env.bus.admin.committedOffsets(groupId, `${env.prefix}training.runs`)).every((p) => p.offset === '-1'),
    ).toBe(true);

    const idempotent = new IdempotentHandler(db.dataSource, groupId);
    const outcomes: string[] = [];
    await env.bus
      .consumer({
        groupId,
        handlers: {
          TrainingStarted: async (event) => {
            outcomes.push(
              await idempotent.runOnce(event.metadata.eventId, (manager) =>
                applyEffect(manager, event.metadata.eventId),
              ),
            );
          },
        },
      })
      .start();

    await waitFor('the redelivery', () => outcomes.length > 0, { timeoutMs: 60_000 });
    expect(outcomes).toEqual(['duplicate']);
    expect(await effectsOf(meta.eventId)).toBe(1);
  });

  it('leaves a still-failing event for redelivery when the consumer stops, instead of dead-lettering it', async () => {
    const topic = `${env.prefix}training.runs`;
    const groupId = uniqueName('g');
    let attempts = 0;
    const stopping = env.bus.consumer({
      groupId,
      retry: { maxAttempts: 50, initialBackoffMs: 200, maxBackoffMs: 200 },
      handlers: {
        TrainingStarted: async () => {
          attempts++;
          throw new LoopgateError({ code: 'training.store_unavailable', message: 'store down', kind: 'unavailable' });
        },
      },
    });
    await stopping.start();
    const [meta] = await env.bus.publish([{ type: 'TrainingStarted', payload: sampleEvents().TrainingStarted }]);
    await waitFor('a second attempt', () => attempts >= 2);
    await stopping.stop();

    expect((await env.bus.admin.endOffsets(`${topic}.dlq`)).every((p) => p.offset === '0')).toBe(true);
    expect((await env.bus.admin.committedOffsets(groupId, topic)).every((p) => p.offset === '-1')).toBe(true);
    const redelivered: ConsumedEvent[] = [];
    await env.bus.consumer({ groupId, handlers: { TrainingStarted: async (e) => void redelivered.push(e) } }).start();
    await waitFor('the redelivery', () => redelivered.length === 1);
    expect(redelivered[0]).toMatchObject({ attempt: 1, metadata: { eventId: meta.eventId } });
  });

  describe('batch handling', () => {
    it('hands events over in ordered chunks of at most maxEvents, each event once', async () => {
      const calls: number[] = [];
      const seen: number[] = [];
      await env.bus
        .consumer({
          groupId: uniqueName('g'),
          batch: {
            types: ['TrainingStarted'],
            maxEvents: 100,
            handle: async (events) => {
              calls.push(events.length);
              for (const e of events) seen.push((e as ConsumedEvent<'TrainingStarted'>).payload.attempt);
            },
          },
        })
        .start();
      const sample = sampleEvents().TrainingStarted; // one model name: one key, one partition, one order
      await env.bus.publish(
        Array.from({ length: 450 }, (_, i) => ({
          type: 'TrainingStarted' as const,
          payload: { ...sample, attempt: i + 1 },
        })),
      );

      await waitFor('all 450 events', () => seen.length >= 450);
      expect(seen).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
      expect(Math.max(...calls)).toBeLessThanOrEqual(100);
    });

    it('splits a chunk that fails for good into single events and dead-letters only the bad one', async () => {
      const topic = `${env.prefix}training.runs`;
      const dlq = await recordTopic(env.bus, `${topic}.dlq`);
      const handled: string[] = [];
      await env.bus
        .consumer({
          groupId: uniqueName('g'),
          retry: FAST_RETRY,
          batch: {
            types: ['TrainingStarted'],
            handle: async (events) => {
              const runIds = events.map((e) => (e as ConsumedEvent<'TrainingStarted'>).payload.runId);
              if (runIds.includes('bad'))
                throw new LoopgateError({ code: 'training.bad_run', message: 'bad run', kind: 'invalid' });
              handled.push(...runIds);
            },
          },
        })
        .start();
      const sample = sampleEvents().TrainingStarted;
      await env.bus.publish(
        ['a', 'b', 'bad', 'c'].map((runId) => ({ type: 'TrainingStarted' as const, payload: { ...sample, runId } })),
      );

      await waitFor('the good events handled', () => handled.length === 3);
      expect(handled).toEqual(['a', 'b', 'c']);
      const [letter] = await waitFor('one dead letter', () => dlq.length === 1 && dlq);
      expect(letter.headers[DLQ_HEADER.errorCode]).toBe('training.bad_run');
    });
  });

  it('dead-letters the events a batch handler refuses and keeps the rest', async () => {
    const topic = `${env.prefix}training.runs`;
    const dlq = await recordTopic(env.bus, `${topic}.dlq`);
    const applied: string[] = [];
    await env.bus
      .consumer({
        groupId: uniqueName('g'),
        batch: {
          types: ['TrainingStarted'],
          handle: async (events) => {
            const typed = events as Array<ConsumedEvent<'TrainingStarted'>>;
            applied.push(...typed.filter((e) => e.payload.seed >= 0).map((e) => e.payload.runId));
            return typed
              .filter((e) => e.payload.seed < 0)
              .map((e) => ({
                eventId: e.metadata.eventId,
                error: new LoopgateError({ code: 'training.negative_seed', message: 'seed < 0', kind: 'invalid' }),
              }));
          },
        },
      })
      .start();
    const sample = sampleEvents().TrainingStarted;
    await env.bus.publish(
      [1, -1, 2].map((seed) => ({
        type: 'TrainingStarted' as const,
        payload: { ...sample, runId: `run${seed}`, seed },
      })),
    );

    const [letter] = await waitFor('the refused event dead-lettered', () => dlq.length === 1 && dlq);
    expect(applied).toEqual(['run1', 'run2']);
    expect(letter.headers[DLQ_HEADER.errorCode]).toBe('training.negative_seed');
  });

  describe('transactional outbox', () => {
    it('emits nothing for a rolled-back transaction', async () => {
      const outbox = new Outbox(env.bus.publisher);
      await expect(
        db.dataSource.transaction(async (manager) => {
          await outbox.add(manager, [{ type: 'TrainingStarted', payload: sampleEvents().TrainingStarted }]);
          throw new Error('state change failed');
        }),
      ).rejects.toThrow('state change failed');

      const relay = new OutboxRelay(db.dataSource, env.bus.publisher, () => undefined);
      expect(await relay.relayOnce()).toBe(0);
      expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM "${db.schema}".outbox`)).toEqual([{ n: 0 }]);
    });

    it('publishes after a restart what was committed before a crash, in order, exactly as written', async () => {
      const outbox = new Outbox(env.bus.publisher);
      const sample = sampleEvents().TrainingStarted;
      const written = await db.dataSource.transaction(async (manager) => {
        await applyEffect(manager, 'state-change');
        return outbox.add(
          manager,
          [1, 2, 3].map((attempt) => ({
            type: 'TrainingStarted' as const,
            payload: { ...sample, attempt },
            correlationId: 'run-9',
          })),
        );
      });
      // The process dies here: committed, never relayed. A new process opens the same schema and relays.
      const restarted = await openTestDatabase(
        [...BUS_ENTITIES, Effect],
        [...BUS_MIGRATIONS, EffectTable1764320000001],
        db.schema,
      );
      cleanups.push(() => restarted.dataSource.destroy());
      const received: ConsumedEvent<'TrainingStarted'>[] = [];
      await env.bus
        .consumer({ groupId: uniqueName('g'), handlers: { TrainingStarted: async (e) => void received.push(e) } })
        .start();

      const relay = new OutboxRelay(restarted.dataSource, env.bus.publisher, () => undefined, { pollIntervalMs: 50 });
      relay.start();
      cleanups.push(() => relay.stop());

      await waitFor('three relayed events', () => received.length === 3);
      expect(received.map((e) => e.payload.attempt)).toEqual([1, 2, 3]);
      expect(received.map((e) => e.metadata)).toEqual(written);
      const pending = await restarted.dataSource.query(
        `SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE published_at IS NULL`,
      );
      expect(pending).toEqual([{ n: 0 }]);
    });
    it("relays 5,000 labels of one dataset in one batch: more than the broker takes in one partition's request", async () => {
      // The fuzzer's labels filled ingestion's outbox; its relay (batches of 5,000) was refused, then retried the same rows forever.
      const outbox = new Outbox(env.bus.publisher);
      const sample = sampleEvents().LabelObserved;
      await db.dataSource.transaction((manager) =>
        outbox.add(
          manager,
          // One key, so one partition, whichever field the topic is keyed by.
          Array.from({ length: 5_000 }, () => ({ type: 'LabelObserved' as const, payload: sample })),
        ),
      );
      const relay = new OutboxRelay(db.dataSource, env.bus.publisher, () => undefined, { batchSize: 5_000 });
      expect(await relay.relayOnce()).toBe(5_000);
      const pending = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE published_at IS NULL`,
      );
      expect(pending).toEqual([{ n: 0 }]);
    });

    it('keeps the order and publishes each event once with two relays on the same schema (two service instances)', async () => {
      const outbox = new Outbox(env.bus.publisher);
      const sample = sampleEvents().TrainingStarted;
      const received: number[] = [];
      await env.bus
        .consumer({
          groupId: uniqueName('g'),
          handlers: { TrainingStarted: async (e) => void received.push(e.payload.attempt) },
        })
        .start();
      const relays = [1, 2].map(
        () => new OutboxRelay(db.dataSource, env.bus.publisher, () => undefined, { pollIntervalMs: 10, batchSize: 7 }),
      );
      relays.forEach((relay) => {
        relay.start();
        cleanups.push(() => relay.stop());
      });

      for (let batch = 0; batch < 10; batch++) {
        await db.dataSource.transaction((manager) =>
          outbox.add(
            manager,
            Array.from({ length: 10 }, (_, i) => ({
              type: 'TrainingStarted' as const,
              payload: { ...sample, attempt: batch * 10 + i + 1 },
            })),
          ),
        );
      }

      await waitFor('100 relayed events', () => received.length >= 100);
      expect(received).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    });
  });

  describe('retention of the bus tables', () => {
    const HOUR = 3_600_000;
    const count = async (table: string, where = 'true') =>
      (await db.dataSource.query(`SELECT count(*)::int AS n FROM "${db.schema}".${table} WHERE ${where}`))[0].n;

    it('deletes published outbox rows past their retention and processed events past the dedupe window, nothing else', async () => {
      const outbox = new Outbox(env.bus.publisher);
      const sample = sampleEvents().TrainingStarted;
      await db.dataSource.transaction((manager) =>
        outbox.add(
          manager,
          Array.from({ length: 7 }, (_, attempt) => ({
            type: 'TrainingStarted' as const,
            payload: { ...sample, attempt },
          })),
        ),
      );
      const relay = new OutboxRelay(db.dataSource, env.bus.publisher, () => undefined, { batchSize: 5 });
      expect(await relay.relayOnce()).toBe(5); // two rows stay unpublished, however old
      const idempotent = new IdempotentHandler(db.dataSource, 'retention-test');
      for (let i = 0; i < 6; i++) await idempotent.runOnce(`event-${i}`, async () => undefined);
      // Four of the five published rows were published two hours ago; four processed events are 31 days old.
      await db.dataSource.query(
        `UPDATE "${db.schema}".outbox SET published_at = now() - interval '2 hours', created_at = now() - interval '3 hours'
         WHERE id IN (SELECT id FROM "${db.schema}".outbox WHERE published_at IS NOT NULL ORDER BY id LIMIT 4)`,
      );
      await db.dataSource.query(
        `UPDATE "${db.schema}".outbox SET created_at = now() - interval '3 hours' WHERE published_at IS NULL`,
      );
      await db.dataSource.query(
        `UPDATE "${db.schema}".processed_events SET processed_at = now() - interval '31 days' WHERE event_id < 'event-4'`,
      );

      const retention = new BusRetention(db.dataSource, {
        publishedOutboxMs: HOUR,
        dedupeWindowMs: 30 * 24 * HOUR,
        batchSize: 3, // several statements per table
      });
      expect(await retention.prune()).toEqual({ outbox: 4, processedEvents: 4 });
      expect(await count('outbox', 'published_at IS NULL')).toBe(2);
      expect(await count('outbox', 'published_at IS NOT NULL')).toBe(1);
      expect(
        (await db.dataSource.query(`SELECT event_id FROM "${db.schema}".processed_events ORDER BY event_id`)).map(
          (r: { event_id: string }) => r.event_id,
        ),
      ).toEqual(['event-4', 'event-5']);
      expect(await retention.prune()).toEqual({ outbox: 0, processedEvents: 0 });
      // A redelivery inside the window is still recognised.
      expect(await idempotent.runOnce('event-5', async () => undefined)).toBe('duplicate');
    });
  });
});
