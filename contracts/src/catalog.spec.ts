import {
  DEAD_LETTER,
  EVENT_SCHEMAS,
  EVENT_TYPES,
  TOPICS,
  deadLetterTopicOf,
  keyOf,
  topicOf,
  type EventType,
} from './index';

const SERVICES = [
  'ingestion',
  'validation',
  'features',
  'training',
  'registry',
  'serving',
  'monitoring',
  'governance',
  'loadtests',
];

interface Named {
  type: string;
  name?: string;
  doc?: string;
  fields?: Array<{ name: string; type: unknown; doc?: string }>;
  items?: unknown;
  values?: unknown;
}

/** Every record and field, however deeply nested, must say what it is. */
function undocumented(type: unknown, path: string): string[] {
  if (Array.isArray(type)) return type.flatMap((t, i) => undocumented(t, `${path}|${i}`));
  if (typeof type !== 'object' || type === null) return [];
  const t = type as Named;
  if (t.type === 'array') return undocumented(t.items, `${path}[]`);
  if (t.type === 'map') return undocumented(t.values, `${path}{}`);
  if (t.type !== 'record' && t.type !== 'enum') return [];
  const missing = t.doc ? [] : [`${path} (${t.name})`];
  for (const field of t.fields ?? []) {
    if (!field.doc) missing.push(`${path}.${field.name}`);
    missing.push(...undocumented(field.type, `${path}.${field.name}`));
  }
  return missing;
}

describe('topic catalog', () => {
  it('puts every event type in exactly one topic', () => {
    const placements = TOPICS.flatMap((t) => t.events);
    expect([...placements].sort()).toEqual([...EVENT_TYPES].sort());
    expect(new Set(placements).size).toBe(placements.length);
  });

  it('gives every topic one known owner, a <domain>.<stream> name, partitions and retention', () => {
    for (const topic of TOPICS) {
      expect(SERVICES).toContain(topic.owner);
      for (const consumer of topic.consumers) expect(SERVICES).toContain(consumer);
      for (const producer of topic.producers ?? []) expect(SERVICES).toContain(producer);
      expect(topic.consumers).toContain('governance'); // the audit log reads every topic
      expect(topic.topic).toMatch(/^[a-z]+\.[a-z]+$/);
      expect(topic.partitions).toBeGreaterThan(0);
      expect(topic.retentionMs === -1 || topic.retentionMs > 0).toBe(true);
    }
    expect(deadLetterTopicOf('ingest.records')).toBe(`ingest.records${DEAD_LETTER.suffix}`);
  });

  it('keys every event of a topic by a required string field of every schema version', () => {
    for (const topic of TOPICS) {
      for (const eventType of topic.events) {
        for (const { version, schema } of EVENT_SCHEMAS[eventType]) {
          const field = (schema as Named).fields?.find((f) => f.name === topic.key);
          expect({ eventType, version, key: topic.key, type: field?.type }).toEqual({
            eventType,
            version,
            key: topic.key,
            type: 'string',
          });
        }
      }
    }
  });

  it('documents every record and field of every schema version', () => {
    const missing = EVENT_TYPES.flatMap((type) =>
      EVENT_SCHEMAS[type].flatMap((v) => undocumented(v.schema, `${type}.v${v.version}`)),
    );
    expect(missing).toEqual([]);
  });

  it('finds the topic and key of an event', () => {
    expect(topicOf('SnapshotSealed')).toBe('ingest.snapshots');
    expect(
      keyOf('TrainingStarted', {
        runId: 'r',
        requestId: 'q',
        modelName: 'flights-delay',
        algorithm: 'gbdt',
        seed: 1,
        attempt: 1,
      }),
    ).toBe('flights-delay');
    expect(() => keyOf('TrainingStarted', { modelName: '' } as never)).toThrow(/Kafka key of training.runs/);
    expect(() => topicOf('Nope' as EventType)).toThrow(/in no topic/);
  });
});
