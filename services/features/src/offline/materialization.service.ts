import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DatasetSpecRegistered, type FeatureSetMaterialized } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { type ArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { LoopgateError } from '@loopgate/errors';
import { canonicalDefinition, referenceProfile, type Row } from '@loopgate/ml';
import { ARTIFACT_STORE, toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { FeatureSetsService } from '../definitions/feature-sets.service';
import { type FeatureSet } from '../definitions/feature-set.entity';
import { SnapshotsService } from '../snapshots/snapshots.service';
import { type KnownSnapshot } from '../snapshots/known-snapshot.entity';
import { OfflineStoreRepository } from './offline-store.repository';
import { type Materialization } from './materialization.entity';
import { featureRowsOf, keyOf, labelEventsOf, layoutOf, writeTrainingSet } from './training-set';
import { type MaterializationView } from './materializations.routes';

interface Origin {
  readonly causedBy?: EventMetadata;
  readonly actor?: string;
}

@Injectable()
export class MaterializationService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly featureSets: FeatureSetsService,
    private readonly specs: DatasetSpecsService,
    private readonly offline: OfflineStoreRepository,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {}

  /**
   * An accepted (or released) snapshot: its rows join the offline store, and every feature set of its
   * dataset gets a point-in-time training set, a reference profile and a FeatureSetMaterialized.
   */
  async onAccepted(snapshotId: string, status: 'ACCEPTED' | 'RELEASED', cause: EventMetadata): Promise<void> {
    const snapshot = await this.snapshots.awaitSealed(snapshotId);
    const spec = await this.specs.require(snapshot.datasetId, snapshot.specVersion);
    const rows = parseJsonLines(await this.store.read(snapshot.artifact), 'snapshot');
    const featureSets = await this.featureSets.latestOfDataset(snapshot.datasetId);
    const outcome = await this.idempotent.runOnce(cause.eventId, async (manager) => {
      await this.snapshots.setStatus(manager, snapshotId, status);
      await this.offline.insertFeatureRows(manager, snapshot.datasetId, snapshotId, featureRowsOf(rows, spec));
      if (spec.labelField === null) return;
      for (const featureSet of featureSets)
        await this.materializeIn(manager, featureSet, snapshot, spec, rows, { causedBy: cause });
    });
    if (outcome === 'duplicate') return;
    this.relay.wake();
    this.logger.event(
      'info',
      `snapshot ${snapshotId.slice(0, 12)} of ${snapshot.datasetId} ${status.toLowerCase()}: ${rows.length} rows stored offline`,
      {
        featureSets: featureSets.map((f) => `${f.featureSetId}@${f.version}`),
      },
    );
  }

  /** A quarantined or rejected snapshot is recorded as such and never materialized. */
  async onRefused(snapshotId: string, status: 'QUARANTINED' | 'REJECTED', cause: EventMetadata): Promise<void> {
    await this.snapshots.awaitSealed(snapshotId);
    const outcome = await this.idempotent.runOnce(cause.eventId, (manager) =>
      this.snapshots.setStatus(manager, snapshotId, status),
    );
    if (outcome === 'applied')
      this.logger.event(
        'warn',
        `snapshot ${snapshotId.slice(0, 12)} ${status.toLowerCase()}: no features will be built from it`,
      );
  }

  /** Materializes the latest version of a feature set on an accepted snapshot, on request (an existing one is returned as is). */
  async materialize(
    featureSetId: string,
    snapshotId: string,
    actor: string,
  ): Promise<{ created: boolean; materialization: MaterializationView }> {
    const featureSet = await this.featureSets.latest(featureSetId);
    const snapshot = await this.snapshots.requireAccepted(snapshotId);
    if (snapshot.datasetId !== featureSet.datasetId) {
      throw new LoopgateError({
        code: 'features.dataset_mismatch',
        message: `snapshot ${snapshotId} is of dataset '${snapshot.datasetId}', feature set '${featureSetId}' of '${featureSet.datasetId}'`,
        kind: 'invalid',
      });
    }
    const existing = await this.offline.findMaterialization(featureSet.featureSetId, featureSet.version, snapshotId);
    if (existing) return { created: false, materialization: view(existing) };
    const spec = await this.specs.require(snapshot.datasetId, snapshot.specVersion);
    if (spec.labelField === null)
      throw new LoopgateError({
        code: 'features.unlabelled_dataset',
        message: `dataset '${snapshot.datasetId}' declares no label: there is no training set to build`,
        kind: 'invalid',
      });
    const rows = parseJsonLines(await this.store.read(snapshot.artifact), 'snapshot');
    const materialization = await this.dataSource.transaction((manager) =>
      this.materializeIn(manager, featureSet, snapshot, spec, rows, { actor }),
    );
    this.relay.wake();
    return { created: true, materialization: view(materialization) };
  }

  async list(featureSetId: string, limit: number, before: Date | null): Promise<Page<MaterializationView>> {
    await this.featureSets.latest(featureSetId); // 404 for an unknown feature set
    return toPage(
      await this.offline.listMaterializations(featureSetId, limit + 1, before),
      limit,
      view,
      (item) => item.createdAt,
    );
  }

  /** Point in time: each label joins the latest features its entity had at the label's event time, never later ones. */
  private async materializeIn(
    manager: EntityManager,
    featureSet: FeatureSet,
    snapshot: KnownSnapshot,
    spec: DatasetSpecRegistered,
    rows: readonly Row[],
    origin: Origin,
  ): Promise<Materialization> {
    const started = performance.now();
    const layout = layoutOf(spec, featureSet.definition);
    const observed = await this.offline.labelsBetween(
      manager,
      snapshot.datasetId,
      snapshot.eventTimeFrom,
      snapshot.eventTimeTo,
    );
    const labels = labelEventsOf(rows, observed, spec);
    const own = new Map(featureRowsOf(rows, spec).map((r) => [keyOf(r), r.values]));
    const asOf = await this.offline.featuresAsOf(
      manager,
      snapshot.datasetId,
      labels.filter((l) => !own.has(keyOf(l))),
    );
    const trainingSet = writeTrainingSet(
      layout,
      labels.map((label) => ({ label, features: own.get(keyOf(label)) ?? asOf.get(keyOf(label)) ?? null })),
    );
    const artifact = await this.store.put(trainingSet.bytes);
    const materialization: Materialization = {
      featureSetId: featureSet.featureSetId,
      version: featureSet.version,
      snapshotId: snapshot.snapshotId,
      datasetId: snapshot.datasetId,
      trainingSet: { uri: artifact.uri, sha256: artifact.sha256, sizeBytes: artifact.sizeBytes },
      rowCount: trainingSet.rows.length,
      labelsWithoutFeatures: trainingSet.labelsWithoutFeatures,
      profile: referenceProfile(featureSet.definition, trainingSet.rows),
      durationMs: Math.round(performance.now() - started),
      createdAt: new Date(),
    };
    if (!(await this.offline.insertMaterialization(manager, materialization))) return materialization;
    const payload: FeatureSetMaterialized = {
      featureSetId: materialization.featureSetId,
      version: materialization.version,
      snapshotId: materialization.snapshotId,
      datasetId: materialization.datasetId,
      trainingSet: materialization.trainingSet,
      rowCount: materialization.rowCount,
      profile: materialization.profile,
      definition: canonicalDefinition(featureSet.definition),
      entityKey: layout.entityKey,
      eventTimeField: layout.eventTimeField,
      labelField: layout.labelField,
      segmentFields: [...spec.segmentFields],
      sensitiveFields: [...spec.sensitiveFields],
      labelsWithoutFeatures: materialization.labelsWithoutFeatures,
    };
    await this.outbox.add(manager, [{ type: 'FeatureSetMaterialized', payload, ...origin }]);
    this.logger.event(
      'info',
      `feature set ${featureSet.featureSetId}@${featureSet.version} materialized on ${snapshot.snapshotId.slice(0, 12)}`,
      {
        rows: materialization.rowCount,
        labelsWithoutFeatures: materialization.labelsWithoutFeatures,
        durationMs: materialization.durationMs,
      },
    );
    return materialization;
  }
}

function view(materialization: Materialization): MaterializationView {
  return { ...materialization, createdAt: materialization.createdAt.toISOString() };
}
