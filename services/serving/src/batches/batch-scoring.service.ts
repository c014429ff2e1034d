import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type BatchScored } from '@loopgate/contracts';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { type ArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { SealedSnapshotsService } from '@loopgate/dataset-specs';
import { ARTIFACT_STORE } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { DeploymentService } from '../deployments/deployment.service';
import { type LoadedModel } from '../deployments/loaded-model';
import { InvalidRowsError, NotDeployedError } from '../predictions/predictions.errors';
import { UnknownSnapshotError } from './batches.errors';

const CHUNK = 10_000;

export interface BatchRequest {
  /** A sealed snapshot; its own artifact holds the rows (the access guard checked its dataset). */
  readonly snapshotId: string;
  /** A deployed version (primary, canary or shadow); the primary when absent. */
  readonly version: number | null;
  /** The rows' field that identifies the entity, copied into each score line. */
  readonly entityKey: string | null;
}

/** Scores a whole file of rows (a sealed snapshot) with one deployed version into a file of scores, and announces it. */
@Injectable()
export class BatchScoringService {
  constructor(
    private readonly deployments: DeploymentService,
    private readonly sealed: SealedSnapshotsService,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  async score(modelName: string, request: BatchRequest, actor: string): Promise<BatchScored> {
    const model = this.modelFor(modelName, request.version);
    const snapshot = await this.sealed.find(request.snapshotId);
    if (!snapshot) throw new UnknownSnapshotError(request.snapshotId);
    const started = performance.now();
    const input = await this.store.read(snapshot.artifact); // verified against its sha256
    const rows = parseJsonLines(input, 'batch input');
    const lines: string[] = [];
    for (let from = 0; from < rows.length; from += CHUNK) {
      const chunk = rows.slice(from, from + CHUNK);
      const { feeds, problems } = model.feeds(chunk);
      if (problems.length > 0) throw new InvalidRowsError(problems.map((p) => ({ ...p, row: p.row + from })));
      const answers = model.answers(await model.score(feeds), chunk.length, this.config.SERVING_DECISION_THRESHOLD);
      chunk.forEach((row, i) => {
        const entityId = request.entityKey && row[request.entityKey] !== undefined ? row[request.entityKey] : null;
        lines.push(JSON.stringify({ row: from + i, entityId, ...answers[i] }));
      });
    }
    const output = await this.store.put(Buffer.from(lines.length > 0 ? `${lines.join('\n')}\n` : ''));
    const event: BatchScored = {
      batchId: randomUUID(),
      modelName,
      version: model.version,
      modelSha256: model.sha256,
      snapshotId: request.snapshotId,
      input: { uri: snapshot.artifact.uri, sha256: snapshot.artifact.sha256, sizeBytes: input.length },
      output: { uri: output.uri, sha256: output.sha256, sizeBytes: output.sizeBytes },
      rows: rows.length,
      durationMs: Math.round(performance.now() - started),
      requestedBy: actor,
    };
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, [{ type: 'BatchScored', payload: event, actor }]),
    );
    this.relay.wake();
    this.logger.event('info', `batch ${event.batchId}: ${rows.length} rows scored by ${modelName} v${model.version}`, {
      durationMs: event.durationMs,
    });
    return event;
  }

  private modelFor(modelName: string, version: number | null): LoadedModel {
    const deployment = this.deployments.of(modelName);
    const candidates = [deployment.primary, deployment.canary?.model, deployment.shadow];
    const model = version === null ? deployment.primary : candidates.find((m) => m?.version === version);
    if (!model) throw new NotDeployedError(modelName, version ?? undefined);
    return model;
  }
}
