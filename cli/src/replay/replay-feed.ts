import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { unwrap } from '@loopgate/client';
import { type ReplaySide } from './declarations';
import { type ReplayNamespace } from './replay-namespace';

/** Where a person asked ingestion to seal (SnapshotSealed, reason REQUEST): the replay asks at the same point. */
export interface SealPoint {
  readonly timestamp: number;
  readonly datasetId: string;
}

const codec = new EventCodec();
const BATCH = 2_000;

/**
 * Writes the copied messages into the namespace in their original order (inputs and context merged by
 * timestamp), each on its original partition with its original id and headers, plus where it came
 * from. Order across topics matters (a recommendation training holds before the training set it waits
 * for): when the next message is on another topic, every stage reading the last one handles it first.
 * At each seal point it waits until the replayed ingestion holds every record and label copied so far,
 * then asks for the seal.
 */
export async function feedNamespace(
  namespace: ReplayNamespace,
  messages: readonly RecordedMessage[],
  sourcePrefix: string,
  seals: readonly SealPoint[],
  target: ReplaySide,
): Promise<{ sent: number; sealed: number }> {
  const sealing = target.stages.has('ingestion');
  const copied = { records: new Map<string, number>(), labels: new Map<string, number>() };
  let batch: RecordedMessage[] = [];
  let next = 0;
  let sealed = 0;
  const flush = async () => {
    await namespace.bus.publisher.sendStored(
      batch.map((m) => ({
        topic: `${namespace.prefix}${m.topic.slice(sourcePrefix.length)}`,
        partition: m.partition,
        key: m.key,
        value: m.value,
        headers: { ...m.headers, 'loopgate-replay-of': `${m.topic}/${m.partition}/${m.offset}` },
      })),
    );
    batch = [];
  };
  let lastTopic: string | null = null;
  for (const message of messages) {
    if (lastTopic !== null && lastTopic !== message.topic) {
      await flush();
      await handled(namespace, lastTopic.slice(sourcePrefix.length));
    }
    lastTopic = message.topic;
    while (next < seals.length && seals[next]!.timestamp <= message.timestamp) {
      await flush();
      if (sealing) await seal(target, seals[next]!.datasetId, copied);
      sealed++;
      next++;
    }
    count(message, copied);
    batch.push(message);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  for (; next < seals.length; next++, sealed++) if (sealing) await seal(target, seals[next]!.datasetId, copied);
  return { sent: messages.length, sealed };
}

async function handled(namespace: ReplayNamespace, catalogTopic: string): Promise<void> {
  const topic = `${namespace.prefix}${catalogTopic}`;
  const ends = await namespace.bus.admin.endOffsets(topic);
  const deadline = Date.now() + 120_000;
  while (!(await namespace.bus.admin.groupsCaughtUp(namespace.prefix, topic, ends))) {
    if (Date.now() > deadline) throw new Error(`the replayed stages did not handle ${topic} within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function count(message: RecordedMessage, copied: { records: Map<string, number>; labels: Map<string, number> }): void {
  const type = message.headers[HEADER.type];
  if (type !== 'RecordIngested' && type !== 'LabelObserved') return;
  const datasetId = (codec.decode(message.value).payload as { datasetId: string }).datasetId;
  const tally = type === 'RecordIngested' ? copied.records : copied.labels;
  tally.set(datasetId, (tally.get(datasetId) ?? 0) + 1);
}

async function seal(
  target: ReplaySide,
  datasetId: string,
  copied: { records: Map<string, number>; labels: Map<string, number> },
): Promise<void> {
  const ingestion = target.client.ingestion;
  const path = { datasetId };
  const records = copied.records.get(datasetId) ?? 0;
  const labels = copied.labels.get(datasetId) ?? 0;
  const deadline = Date.now() + 300_000;
  for (;;) {
    const stats = await unwrap(ingestion.GET('/v1/datasets/{datasetId}/stats', { params: { path } }));
    if (stats.records >= records && stats.labels >= labels) break;
    if (Date.now() > deadline)
      throw new Error(
        `the replayed ingestion holds ${stats.records} of ${records} records and ${stats.labels} of ${labels} labels of ${datasetId} after 300 s`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const sealed = await ingestion.POST('/v1/datasets/{datasetId}/snapshots', { params: { path } });
  // 409: nothing waits (the original sealed records this replay does not hold); the report shows the difference.
  if (sealed.response.status !== 409) await unwrap(sealed);
}
