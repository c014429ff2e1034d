import { Injectable } from '@nestjs/common';
import { type ModelStage, type TrainingCompleted } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { VersionsRepository } from './versions.repository';
import { type ModelVersion } from './model-version.entity';
import { UnknownVersionError } from './versions.errors';
import { type VersionDescription, type VersionView } from './versions.routes';

@Injectable()
export class VersionsService {
  constructor(
    private readonly versions: VersionsRepository,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
  ) {}

  /** A completed run becomes the model's next version, a CANDIDATE, once per run. */
  async register(run: TrainingCompleted, cause: EventMetadata): Promise<void> {
    let registered: ModelVersion | null = null;
    await this.idempotent.runOnce(cause.eventId, async (manager) => {
      await this.versions.lockModel(manager, run.modelName);
      const now = new Date();
      const version: ModelVersion = {
        modelName: run.modelName,
        version: await this.versions.nextVersion(manager, run.modelName),
        runId: run.runId,
        snapshotId: run.snapshotId,
        featureSetVersion: run.featureSetVersion,
        codeVersion: run.codeVersion,
        algorithm: run.algorithm,
        task: run.task,
        classes: run.classes,
        model: run.model,
        metrics: run.metrics,
        segmentMetrics: run.segmentMetrics,
        biasMetrics: run.biasMetrics,
        stage: 'CANDIDATE',
        trafficPercent: null,
        registeredAt: now,
        stageChangedAt: now,
      };
      if (!(await this.versions.insert(manager, version))) return; // this run is registered already
      registered = version;
      await this.outbox.add(manager, [
        {
          type: 'VersionRegistered',
          payload: {
            modelName: version.modelName,
            version: version.version,
            runId: version.runId,
            snapshotId: version.snapshotId,
            featureSetVersion: version.featureSetVersion,
            codeVersion: version.codeVersion,
            model: run.model,
            metrics: version.metrics,
          },
          causedBy: cause,
        },
      ]);
    });
    if (!registered) return;
    this.relay.wake();
    const { modelName, version } = registered as ModelVersion;
    this.logger.event('info', `${modelName} v${version} registered as CANDIDATE`, {
      runId: run.runId,
      task: run.task,
      algorithm: run.algorithm,
    });
  }

  async require(modelName: string, version: number): Promise<ModelVersion> {
    const found = await this.versions.find(modelName, version);
    if (!found) throw new UnknownVersionError(modelName, version);
    return found;
  }

  async describe(modelName: string, version: number): Promise<VersionDescription> {
    const found = await this.require(modelName, version);
    const history = await this.versions.history(modelName, version);
    return {
      ...view(found),
      history: history.map(({ id: _id, ...change }) => ({ ...change, changedAt: change.changedAt.toISOString() })),
    };
  }

  async list(
    modelName: string,
    stage: ModelStage | null,
    limit: number,
    below: number | null,
  ): Promise<Page<VersionView, number>> {
    const rows = await this.versions.list(modelName, stage, limit + 1, below);
    const items = rows.slice(0, limit).map(view);
    return { items, next: rows.length > limit ? items[items.length - 1].version : null };
  }
}

export function view(version: ModelVersion): VersionView {
  return {
    ...version,
    registeredAt: version.registeredAt.toISOString(),
    stageChangedAt: version.stageChangedAt.toISOString(),
  };
}
