import { z } from 'zod';
import { type SealReason } from '@loopgate/contracts';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { datasetParams } from '../specs/dataset-id';

const SEAL_REASONS = ['ROW_COUNT', 'TIME_WINDOW', 'REQUEST'] as const satisfies readonly SealReason[];

export const SnapshotViewSchema = z
  .object({
    snapshotId: z
      .string()
      .meta({ description: 'SHA-256 of the dataset, its spec and the content: the same rows always give the same id' }),
    datasetId: z.string(),
    specVersion: z.number().int(),
    rowCount: z.number().int(),
    eventTimeFrom: timestamp(),
    eventTimeTo: timestamp(),
    schemaFingerprint: z.string().meta({ description: "changes exactly when the columns' names or types do" }),
    uri: z.string().meta({ description: 'where the artifact store keeps the snapshot file (JSON lines)' }),
    sha256: z.string(),
    sizeBytes: z.number().int(),
    sealReason: z.enum(SEAL_REASONS),
    sealedAt: timestamp(),
  })
  .meta({ id: 'Snapshot' });

export type SnapshotView = z.output<typeof SnapshotViewSchema>;

const DatasetStatsSchema = z
  .object({
    datasetId: z.string(),
    records: z.number().int().meta({ description: 'records accepted, sealed or not' }),
    pending: z.number().int().meta({ description: 'records waiting for a snapshot' }),
    snapshots: z.number().int(),
    labels: z.number().int().meta({ description: 'labels observed after their records' }),
    firstEventTime: timestamp().nullable(),
    lastEventTime: timestamp().nullable(),
  })
  .meta({ id: 'DatasetStats' });

export type DatasetStats = z.output<typeof DatasetStatsSchema>;

export const sealSnapshots = route({
  summary: 'Seal what is waiting now, one snapshot per spec version',
  params: datasetParams,
  response: z.object({ snapshots: z.array(SnapshotViewSchema) }).meta({ id: 'SealedSnapshots' }),
  status: 201,
  responses: { 404: 'the dataset has no registered spec', 409: 'no records are waiting for a snapshot' },
});

export const listSnapshots = route({
  summary: "A dataset's snapshots, newest first",
  params: datasetParams,
  query: z.object(pageQuery),
  response: pageOf(SnapshotViewSchema),
});

export const datasetStats = route({
  summary: 'How many records, pending records, snapshots and labels a dataset has',
  params: datasetParams,
  response: DatasetStatsSchema,
  responses: { 404: 'the dataset has no registered spec' },
});

export const findSnapshot = route({
  summary: 'One sealed snapshot',
  params: z.object({ snapshotId: z.string().meta({ description: 'a snapshot id (64 hex digits)' }) }),
  response: SnapshotViewSchema,
  responses: { 404: 'the snapshot is unknown' },
});
