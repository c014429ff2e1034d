import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type TrainingCompleted, type TrainingRequested } from '@loopgate/contracts';
import { artifactStoreFor, canonicalJson, parseJsonLines } from '@loopgate/artifacts';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { adaptImportedModel } from '@loopgate/ml';
import { JsonLogger } from '@loopgate/telemetry';
import { InputsService } from '../inputs/inputs.service';
import { ModelsRepository } from '../models/models.repository';
import { RunsService } from '../runs/runs.service';
import { type RunView } from '../runs/runs.routes';
import { IMPORT_ALGORITHM, type Run } from '../runs/run.entity';
import { recordedEvaluation } from '../runs/recorded-evaluation';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { evaluateImportedModel } from './imported-evaluation';
import { InvalidModelImportError } from './imports.errors';
import { type ModelImportRequest } from './model-import.request';

/** Smallest segment and sensitive group counted in the bias gap, when the model has no training config that says. */
const DEFAULT_MIN_SEGMENT_SIZE = 50;

/**
 * A model trained elsewhere becomes a run like any other: checked against its dataset's spec, wrapped
 * so serving feeds it as its own models, evaluated by the platform on an accepted snapshot (metrics
 * the uploader sends are never read), and announced as TrainingRequested then TrainingCompleted, so
 * the registry, its gates, canaries, load tests, monitoring and replay treat it as a trained version.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly inputs: InputsService,
    private readonly specs: DatasetSpecsService,
    private readonly models: ModelsRepository,
    private readonly runs: RunsService,
    private readonly logger: JsonLogger,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
  ) {}

  /** The run of the import; `created` false when the same file, manifest and snapshot were imported for this model before. */
  async importModel(
    modelName: string,
    bytes: Buffer,
    request: ModelImportRequest,
    actor: string,
  ): Promise<{ created: boolean; run: RunView }> {
    const started = performance.now();
    const { manifest, evaluationSnapshotId } = request;
    const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
    const requestId = `import-${createHash('sha256').update(canonicalJson({ modelName, sourceSha256, manifest, evaluationSnapshotId })).digest('hex').slice(0, 32)}`;
    const existing = await this.runs.findByRequest(requestId);
    if (existing) return { created: false, run: existing };

    const snapshot = await this.inputs.acceptedSnapshot(evaluationSnapshotId);
    if (snapshot.datasetId !== manifest.datasetId)
      throw new InvalidModelImportError([
        `manifest.datasetId: is '${manifest.datasetId}', snapshot ${evaluationSnapshotId} is of '${snapshot.datasetId}'`,
      ]);
    const spec = await this.specs.require(snapshot.datasetId, snapshot.specVersion);
    if (spec.labelField === null)
      throw new InvalidModelImportError([
        `manifest.datasetId: dataset '${spec.datasetId}' declares no label: a model cannot be evaluated on it`,
      ]);
    const { model, provenance } = adaptImportedModel(bytes, manifest, spec);
    const store = artifactStoreFor(this.config.ARTIFACT_STORE_URI);
    const evaluation = await evaluateImportedModel(
      model,
      manifest,
      spec,
      parseJsonLines(await store.read(snapshot.artifact), 'snapshot'),
      (await this.models.find(modelName))?.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE,
    );
    // The uploaded file is kept as it came, for audits; the adapted one is what is served.
    await store.put(bytes);
    const stored = await store.put(Buffer.from(model));

    const classes = manifest.task === 'multiclass' ? [...manifest.classes!] : [];
    const featureSetVersion = `onnx:${sourceSha256.slice(0, 16)}`;
    const params = {
      sourceSha256,
      producer: `${provenance.producerName} ${provenance.producerVersion}`.trim(),
      manifest: JSON.stringify(manifest),
    };
    const recorded = recordedEvaluation(evaluation);
    const durationMs = Math.round(performance.now() - started);
    const requested: TrainingRequested = {
      requestId,
      modelName,
      featureSetId: `imported:${spec.datasetId}`,
      featureSetVersion,
      reason: 'HUMAN_REQUEST',
      requestedBy: actor,
      params,
      snapshotId: evaluationSnapshotId,
      algorithm: IMPORT_ALGORITHM,
      seed: 0,
    };
    // The TrainingRequested announced with the run: the run names it, and TrainingCompleted continues its correlation.
    const requestEventId = randomUUID();
    const run: Run = {
      runId: randomUUID(),
      requestId,
      modelName,
      reason: requested.reason,
      requestedBy: actor,
      requestEventId,
      triggerEventId: null,
      correlationId: requestEventId,
      status: 'SUCCEEDED',
      attempt: 1,
      nextAttemptAt: new Date(),
      leaseUntil: null,
      task: manifest.task,
      algorithm: IMPORT_ALGORITHM,
      requestedParams: params,
      effectiveParams: params,
      seed: 0,
      timeoutMs: this.config.TRAINING_TIMEOUT_MS,
      featureSetId: requested.featureSetId,
      featureSetVersion,
      snapshotId: evaluationSnapshotId,
      codeVersion: this.runs.codeVersion,
      ...recorded,
      classes,
      crossValidation: null,
      modelArtifact: { uri: stored.uri, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
      trainingSet: null,
      trainRows: 0,
      holdoutRows: evaluation.evaluatedRows,
      durationMs,
      errorCode: null,
      errorMessage: null,
      createdAt: new Date(),
      startedAt: new Date(),
      finishedAt: new Date(),
    };
    const completed: TrainingCompleted = {
      runId: run.runId,
      requestId,
      modelName,
      task: run.task,
      algorithm: IMPORT_ALGORITHM,
      snapshotId: evaluationSnapshotId,
      featureSetVersion,
      codeVersion: this.runs.codeVersion,
      seed: 0,
      params,
      ...recorded,
      model: { uri: stored.uri, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
      durationMs,
      trainingSet: null,
      reason: run.reason,
      requestedBy: actor,
      trainRows: 0,
      holdoutRows: evaluation.evaluatedRows,
      classes,
    };
    const created = await this.runs.recordImport(run, requested, completed, actor);
    if (!created) return { created: false, run: (await this.runs.findByRequest(requestId))! };
    this.logger.event('info', `imported ${modelName} from ${params.producer || 'an unnamed producer'}`, {
      runId: run.runId,
      sourceSha256,
      evaluatedRows: evaluation.evaluatedRows,
      unlabelledRows: evaluation.unlabelledRows,
    });
    return { created: true, run: await this.runs.find(run.runId) };
  }
}
