import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type SealReason } from '@loopgate/contracts';
import { Outbox, OutboxRelay, type ConsumedEvent, type RefusedEvent } from '@loopgate/bus';
import { type ArtifactStore } from '@loopgate/artifacts';
import { LoopgateError } from '@loopgate/errors';
import { ARTIFACT_STORE, toPage, type Page } from '@loopgate/service';
import { DatasetSpecsService } from '../specs/dataset-specs.service';
import { type SpecView } from '../specs/dataset-specs.routes';
import { schemaFingerprint } from '../specs/dataset-spec';
import { conformRow } from '../records/record-conformance';
import { InvalidRecordsError } from '../records/records.errors';
import { SnapshotsRepository } from './snapshots.repository';
import { buildSnapshotContent } from './snapshot-content';
import { type Snapshot } from './snapshot.entity';
import { type AcceptedRecord } from './accepted-record.entity';
import { InconsistentRecordError, NothingToSealError, UnknownSnapshotError } from './snapshots.errors';
import { type DatasetStats, type SnapshotView } from './snapshots.routes';

@Injectable()
export class SnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotsRepository,
    private readonly specs: DatasetSpecsService,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {}

  /**
   * Keeps the records that conform to their spec version until their snapshot is sealed; refuses the
   * others (they go to the dead-letter topic). Each record is kept once, however often it arrives.
   */
  async accept(events: ReadonlyArray<ConsumedEvent<'RecordIngested'>>): Promise<RefusedEvent[]> {
    const refused: RefusedEvent[] = [];
    const rows: Array<Omit<AcceptedRecord, 'receivedAt' | 'snapshotId'>> = [];
    const countSealed = new Set<string>();
    for (const event of events) {
      const { payload } = event;
      const spec = await this.specOrRefusal(payload.datasetId, payload.specVersion);
      if (spec instanceof LoopgateError) {
        refused.push({ eventId: event.metadata.eventId, error: spec });
        continue;
      }
      const result = conformRow(payload.values, spec, payload.eventTime);
      if (result.problems) {
        refused.push({
          eventId: event.metadata.eventId,
          error: new InvalidRecordsError(result.problems.map((p) => ({ row: 0, ...p }))),
        });
        continue;
      }
      if (result.record.entityId !== payload.entityId || result.record.eventTime !== payload.eventTime) {
        const error = new InconsistentRecordError(
          `entityId/eventTime (${payload.entityId}, ${payload.eventTime}) disagree with the values' ${spec.entityKey}/${spec.eventTimeField}`,
        );
        refused.push({ eventId: event.metadata.eventId, error });
        continue;
      }
      if (spec.sealing.maxRows !== null) countSealed.add(payload.datasetId);
      rows.push({
        eventId: event.metadata.eventId,
        datasetId: payload.datasetId,
        specVersion: payload.specVersion,
        entityId: payload.entityId,
        eventTime: new Date(payload.eventTime),
        values: result.record.values,
      });
    }
    if (rows.length > 0) {
      // accepted_records keeps every record for good (sealed ones too), keyed by event id: a redelivered record is a no-op insert.
      await this.dataSource.transaction((manager) => this.snapshots.insertRecords(manager, rows));
      // Counting waiting rows costs a scan of them: only datasets that seal by row count need it.
      if (countSealed.size > 0) await this.sealWhereRowCountReached([...countSealed]);
    }
    return refused;
  }

  /** Seals every waiting group of a dataset now (a request). */
  async sealNow(datasetId: string, actor: string): Promise<SnapshotView[]> {
    await this.specs.latest(datasetId); // 404 for a dataset nobody registered
    const groups = await this.snapshots.pendingGroups([datasetId]);
    const sealed: SnapshotView[] = [];
    for (const group of groups) {
      const snapshot = await this.seal(datasetId, group.specVersion, 'REQUEST', actor);
      if (snapshot) sealed.push(snapshot);
    }
    if (sealed.length === 0) throw new NothingToSealError(datasetId);
    return sealed;
  }

  /** Seals the groups whose oldest record has waited longer than their spec's window. */
  async sealWhereWindowElapsed(now: Date = new Date()): Promise<SnapshotView[]> {
    const sealed: SnapshotView[] = [];
    for (const group of await this.snapshots.pendingGroups()) {
      const { sealing } = await this.specs.cachedVersion(group.datasetId, group.specVersion);
      if (sealing.windowMs === null || now.getTime() - new Date(group.oldestReceivedAt).getTime() < sealing.windowMs)
        continue;
      const snapshot = await this.seal(group.datasetId, group.specVersion, 'TIME_WINDOW', 'ingestion');
      if (snapshot) sealed.push(snapshot);
    }
    return sealed;
  }

  async find(snapshotId: string): Promise<SnapshotView> {
    const snapshot = await this.snapshots.find(snapshotId);
    if (!snapshot) throw new UnknownSnapshotError(snapshotId);
    return toView(snapshot);
  }

  async list(datasetId: string, limit: number, before: Date | null): Promise<Page<SnapshotView>> {
    return toPage(await this.snapshots.list(datasetId, limit + 1, before), limit, toView, (s) => s.sealedAt);
  }

  async stats(datasetId: string): Promise<DatasetStats> {
    await this.specs.latest(datasetId);
    const stats = await this.snapshots.stats(datasetId);
    return {
      datasetId,
      ...stats,
      firstEventTime: stats.firstEventTime?.toISOString() ?? null,
      lastEventTime: stats.lastEventTime?.toISOString() ?? null,
    };
  }

  private async sealWhereRowCountReached(datasetIds: string[]): Promise<void> {
    for (const group of await this.snapshots.pendingGroups(datasetIds)) {
      const { sealing } = await this.specs.cachedVersion(group.datasetId, group.specVersion);
      if (sealing.maxRows !== null && group.pending >= sealing.maxRows)
        await this.seal(group.datasetId, group.specVersion, 'ROW_COUNT', 'ingestion');
    }
  }

  /**
   * Seals the waiting rows of one dataset and spec version: writes the canonical file to the artifact
   * store, assigns every row to the snapshot and announces SnapshotSealed, all in one transaction.
   */
  private async seal(
    datasetId: string,
    specVersion: number,
    reason: SealReason,
    actor: string,
  ): Promise<SnapshotView | null> {
    const spec = await this.specs.cachedVersion(datasetId, specVersion);
    const snapshot = await this.dataSource.transaction(async (manager) => {
      await this.snapshots.lockDataset(manager, datasetId);
      const rows = await this.snapshots.pendingRows(manager, datasetId, specVersion);
      if (rows.length === 0) return null;
      const content = buildSnapshotContent(spec, rows);
      // Written before the commit: if the transaction fails, an unreferenced file stays, harmless.
      const artifact = await this.store.put(content.bytes);
      const sealed = {
        snapshotId: snapshotIdOf(datasetId, spec.specHash, artifact.sha256),
        datasetId,
        specVersion,
        rowCount: content.rowCount,
        eventTimeFrom: new Date(content.eventTimeFrom),
        eventTimeTo: new Date(content.eventTimeTo),
        schemaFingerprint: schemaFingerprint(spec.fields),
        uri: artifact.uri,
        sha256: artifact.sha256,
        sizeBytes: artifact.sizeBytes,
        sealReason: reason,
        sealedAt: new Date(),
      };
      const isNew = await this.snapshots.insertSnapshot(manager, sealed);
      await this.snapshots.markSealed(
        manager,
        sealed.snapshotId,
        rows.map((r) => r.eventId),
      );
      if (isNew) {
        await this.outbox.add(manager, [
          {
            type: 'SnapshotSealed',
            payload: {
              snapshotId: sealed.snapshotId,
              datasetId,
              specVersion,
              rowCount: sealed.rowCount,
              eventTimeFrom: content.eventTimeFrom,
              eventTimeTo: content.eventTimeTo,
              schemaFingerprint: sealed.schemaFingerprint,
              artifact: { uri: artifact.uri, sha256: artifact.sha256, sizeBytes: artifact.sizeBytes },
              sealReason: reason,
            },
            // A snapshot starts a pipeline run: validation, features, training follow under its id. Its
            // cause is the last record it seals, so a model's causation chain reaches back to the data.
            correlationId: sealed.snapshotId,
            causedBy: { eventId: rows[rows.length - 1].eventId, correlationId: sealed.snapshotId },
            actor,
          },
        ]);
      }
      // The same content sealed before keeps its first seal; its rows now belong to it too.
      return isNew ? sealed : (await this.snapshots.find(sealed.snapshotId, manager))!;
    });
    if (snapshot) this.relay.wake();
    return snapshot && toView(snapshot);
  }

  private async specOrRefusal(datasetId: string, version: number): Promise<SpecView | LoopgateError> {
    try {
      return await this.specs.cachedVersion(datasetId, version);
    } catch (error) {
      if (error instanceof LoopgateError && error.kind === 'not_found') return error;
      throw error;
    }
  }
}

/**
 * The same rows of the same dataset under the same spec always get the same id: the content hash,
 * qualified by dataset and spec so that equal rows of two datasets stay two snapshots.
 */
export function snapshotIdOf(datasetId: string, specHash: string, contentSha256: string): string {
  return createHash('sha256').update(`${datasetId}\n${specHash}\n${contentSha256}`).digest('hex');
}

function toView(s: Snapshot): SnapshotView {
  return {
    snapshotId: s.snapshotId,
    datasetId: s.datasetId,
    specVersion: s.specVersion,
    rowCount: s.rowCount,
    eventTimeFrom: s.eventTimeFrom.toISOString(),
    eventTimeTo: s.eventTimeTo.toISOString(),
    schemaFingerprint: s.schemaFingerprint,
    uri: s.uri,
    sha256: s.sha256,
    sizeBytes: s.sizeBytes,
    sealReason: s.sealReason,
    sealedAt: s.sealedAt.toISOString(),
  };
}
