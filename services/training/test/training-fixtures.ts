import { randomBytes } from 'node:crypto';
import { type EventBus } from '@loopgate/bus';
import { type ArtifactStore } from '@loopgate/artifacts';
import { type FeatureSetMaterialized } from '@loopgate/contracts';
import { readFlights } from '@loopgate/datasets';
import { canonicalDefinition, definitionVersion, type FeatureDefinition } from '@loopgate/ml';

export type Row = Record<string, unknown>;
export type Verdict = 'SnapshotValidated' | 'SnapshotQuarantined';

export const flightsDefinition = (featureSetId: string): FeatureDefinition => ({
  featureSetId,
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 30, encoding: 'onehot' },
    {
      kind: 'categorical',
      name: 'destination_delay_rate',
      source: 'destination',
      minFrequency: 10,
      encoding: 'target',
    },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
});

/** 16,000 real flights of 1-11 January 2001, every 12th, in time order (as features writes training sets), with their delay in minutes. */
export async function januaryFlights(): Promise<Row[]> {
  return (await readFlights(0, 192_000))
    .filter((_, i) => i % 12 === 0)
    .map((f, i) => ({
      flightId: `2001-${i * 12}`,
      date: f.date,
      destination: f.destination,
      distance: f.distance,
      origin: f.origin,
      delayed: f.delay > 15 ? 1 : 0,
      delayMinutes: f.delay,
    }));
}

/** A validation verdict, then a training set written and announced as the features service does for a snapshot. */
export async function announceTrainingSet(
  bus: EventBus,
  store: ArtifactStore,
  featureSetId: string,
  rows: Row[],
  verdict: Verdict = 'SnapshotValidated',
  sensitiveFields: string[] = [],
  {
    labelField = 'delayed',
    definition = flightsDefinition(featureSetId),
  }: { labelField?: string; definition?: FeatureDefinition } = {},
): Promise<FeatureSetMaterialized & { eventId: string }> {
  const snapshotId = randomBytes(32).toString('hex');
  const reportId = randomBytes(16).toString('hex');
  await bus.publish([
    verdict === 'SnapshotValidated'
      ? { type: verdict, payload: { snapshotId, datasetId: 'flights', reportId, verdict: 'PASS', checks: [] } }
      : { type: verdict, payload: { snapshotId, datasetId: 'flights', reportId, checks: [] } },
  ]);
  const artifact = await store.put(Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join('')));
  const event: FeatureSetMaterialized = {
    featureSetId,
    version: definitionVersion(definition),
    snapshotId,
    datasetId: 'flights',
    trainingSet: artifact,
    rowCount: rows.length,
    profile: [],
    definition: canonicalDefinition(definition),
    entityKey: 'flightId',
    eventTimeField: 'date',
    labelField,
    segmentFields: ['origin'],
    sensitiveFields,
    labelsWithoutFeatures: 0,
  };
  const [published] = await bus.publish([{ type: 'FeatureSetMaterialized', payload: event }]);
  return { ...event, eventId: published.eventId };
}
