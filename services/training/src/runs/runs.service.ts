import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type FeatureSetMaterialized, type TrainingCompleted, type TrainingRequested } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { gatedMetricsOf, type ModelTask, parseTrainerParams } from '@loopgate/ml';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { ModelsRepository } from '../models/models.repository';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { codeVersion } from './code-version';
import { RunsRepository, type RunFilter } from './runs.repository';
import { IMPORT_ALGORITHM, type Run } from './run.entity';
import { type TrainingOutcome } from './training-job';
import { compareRuns, type RunComparison } from './run-comparison';
import { UnknownRunError } from './runs.errors';
import { type RunView } from './runs.routes';

@Injectable()
export class RunsService {
  /** The git commit and versions every run records (a model trained elsewhere too: the code that evaluated it). */
  readonly codeVersion: string;

  constructor(
    private readonly runs: RunsRepository,
    private readonly models: ModelsRepository,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
  ) {
    this.codeVersion = codeVersion(config.LOOPGATE_GIT_COMMIT);
  }

  /**
   * A TrainingRequested becomes a queued run, once per request id. A request that cannot run (no
   * such model, bad trainer params) becomes a failed run with its TrainingFailed, so it is answered.
   */
  async enqueue(request: TrainingRequested, meta: EventMetadata): Promise<'queued' | 'refused' | 'duplicate'> {
    let result = 'duplicate' as 'queued' | 'refused' | 'duplicate';
    await this.idempotent.runOnce(meta.eventId, async (manager) => {
      const model = await this.models.find(request.modelName, manager);
      const algorithm = request.algorithm ?? model?.algorithm ?? 'unknown';
      const params = { ...(model?.params ?? {}), ...request.params };
      const run: Run = {
        runId: randomUUID(),
        requestId: request.requestId,
        modelName: request.modelName,
        reason: request.reason,
        requestedBy: request.requestedBy,
        requestEventId: meta.eventId,
        triggerEventId: meta.causationId,
        correlationId: meta.correlationId,
        status: 'QUEUED',
        attempt: 0,
        nextAttemptAt: new Date(),
        leaseUntil: null,
        task: model?.task ?? 'binary',
        algorithm,
        requestedParams: params,
        effectiveParams: null,
        seed: request.seed ?? model?.seed ?? 0,
        timeoutMs: model?.timeoutMs ?? this.config.TRAINING_TIMEOUT_MS,
        featureSetId: request.featureSetId,
        featureSetVersion: request.featureSetVersion,
        snapshotId: request.snapshotId,
        codeVersion: this.codeVersion,
        metrics: null,
        segmentMetrics: null,
        biasMetrics: null,
        classes: null,
        confusionMatrix: null,
        crossValidation: null,
        modelArtifact: null,
        trainingSet: null,
        trainRows: null,
        holdoutRows: null,
        durationMs: null,
        errorCode: null,
        errorMessage: null,
        createdAt: new Date(),
        startedAt: null,
        finishedAt: null,
      };
      const refusal =
        algorithm === IMPORT_ALGORITHM
          ? importNotRetrained(request)
          : model
            ? trainerRefusal(run.task, algorithm, params)
            : new LoopgateError({
                code: 'training.unknown_model',
                message: `model '${request.modelName}' has no training config`,
                kind: 'not_found',
              });
      if (refusal)
        Object.assign(run, {
          status: 'FAILED',
          attempt: 1,
          errorCode: refusal.code,
          errorMessage: refusal.message,
          finishedAt: new Date(),
        });
      if (!(await this.runs.insert(manager, run))) return;
      result = refusal ? 'refused' : 'queued';
      if (refusal)
        await this.outbox.add(manager, [
          {
            type: 'TrainingFailed',
            payload: {
              runId: run.runId,
              requestId: run.requestId,
              modelName: run.modelName,
              errorCode: refusal.code,
              message: refusal.message,
              attempt: 1,
              willRetry: false,
            },
            causedBy: meta,
          },
        ]);
    });
    if (result === 'refused') this.relay.wake();
    return result;
  }

  /**
   * Takes the oldest due run (counting an attempt) and announces TrainingStarted; null when none is due.
   * A killed or crashed process is noticed at once; the lease (renewed while the run trains) only
   * matters when the service itself died.
   */
  async claimNext(now = new Date()): Promise<Run | null> {
    const claimed = await this.dataSource.transaction(async (manager) => {
      const due = await this.runs.nextDue(manager, now);
      if (!due) return null;
      const run: Run = {
        ...due,
        status: 'RUNNING',
        attempt: due.attempt + 1,
        leaseUntil: this.leaseFrom(now),
        startedAt: due.startedAt ?? now,
      };
      await this.runs.update(manager, run.runId, {
        status: run.status,
        attempt: run.attempt,
        leaseUntil: run.leaseUntil,
        startedAt: run.startedAt,
      });
      await this.outbox.add(manager, [
        {
          type: 'TrainingStarted',
          payload: {
            runId: run.runId,
            requestId: run.requestId,
            modelName: run.modelName,
            algorithm: run.algorithm,
            seed: run.seed,
            attempt: run.attempt,
          },
          causedBy: causeOf(run),
        },
      ]);
      return run;
    });
    if (claimed) this.relay.wake();
    return claimed;
  }

  async succeed(
    run: Run,
    trainingSet: FeatureSetMaterialized,
    outcome: TrainingOutcome,
    durationMs: number,
  ): Promise<void> {
    const finished: Partial<Run> = {
      status: 'SUCCEEDED',
      leaseUntil: null,
      featureSetVersion: trainingSet.version,
      snapshotId: trainingSet.snapshotId,
      trainingSet: trainingSet.trainingSet,
      effectiveParams: outcome.effectiveParams,
      metrics: outcome.metrics,
      segmentMetrics: outcome.segmentMetrics,
      biasMetrics: outcome.biasMetrics,
      classes: outcome.classes,
      confusionMatrix: outcome.confusionMatrix,
      crossValidation: outcome.crossValidation,
      modelArtifact: outcome.model,
      trainRows: outcome.trainRows,
      holdoutRows: outcome.holdoutRows,
      durationMs,
      errorCode: null,
      errorMessage: null,
      finishedAt: new Date(),
    };
    const completed: TrainingCompleted = {
      runId: run.runId,
      requestId: run.requestId,
      modelName: run.modelName,
      task: run.task,
      algorithm: run.algorithm,
      snapshotId: trainingSet.snapshotId,
      featureSetVersion: trainingSet.version,
      codeVersion: run.codeVersion,
      seed: run.seed,
      params: outcome.effectiveParams,
      metrics: outcome.metrics,
      segmentMetrics: outcome.segmentMetrics,
      model: outcome.model,
      durationMs,
      biasMetrics: outcome.biasMetrics,
      trainingSet: trainingSet.trainingSet,
      reason: run.reason,
      requestedBy: run.requestedBy,
      trainRows: outcome.trainRows,
      holdoutRows: outcome.holdoutRows,
      classes: outcome.classes,
      confusionMatrix: outcome.confusionMatrix,
    };
    const held = await this.dataSource.transaction(async (manager) => {
      if (!(await this.runs.updateHeld(manager, run, finished))) return false;
      await this.outbox.add(manager, [{ type: 'TrainingCompleted', payload: completed, causedBy: causeOf(run) }]);
      return true;
    });
    if (!held) return this.lostLease(run);
    this.relay.wake();
    const headline = gatedMetricsOf(run.task)[0];
    this.logger.event('info', `run ${run.runId} of ${run.modelName} succeeded`, {
      task: run.task,
      [headline]: outcome.metrics[headline],
      durationMs,
      model: outcome.model.sha256.slice(0, 12),
      attempt: run.attempt,
    });
  }

  /** A retriable failure with attempts left goes back to the queue after a doubling backoff; otherwise the run fails for good. */
  async fail(run: Run, error: unknown): Promise<void> {
    const known = error instanceof LoopgateError ? error : null;
    const code = known?.code ?? 'training.unexpected';
    const message = (error as Error)?.message ?? String(error);
    const willRetry = (known ? known.retriable : true) && run.attempt < this.config.TRAINING_MAX_ATTEMPTS;
    const backoff = this.config.TRAINING_RETRY_BACKOFF_MS * 2 ** (run.attempt - 1);
    const held = await this.dataSource.transaction(async (manager) => {
      const changed = await this.runs.updateHeld(manager, run, {
        status: willRetry ? 'QUEUED' : 'FAILED',
        leaseUntil: null,
        errorCode: code,
        errorMessage: message,
        nextAttemptAt: new Date(Date.now() + (willRetry ? backoff : 0)),
        finishedAt: willRetry ? null : new Date(),
      });
      if (!changed) return false;
      await this.outbox.add(manager, [
        {
          type: 'TrainingFailed',
          payload: {
            runId: run.runId,
            requestId: run.requestId,
            modelName: run.modelName,
            errorCode: code,
            message,
            attempt: run.attempt,
            willRetry,
          },
          causedBy: causeOf(run),
        },
      ]);
      return true;
    });
    if (!held) return this.lostLease(run);
    this.relay.wake();
    this.logger.event(
      willRetry ? 'warn' : 'error',
      `run ${run.runId} of ${run.modelName} failed (attempt ${run.attempt}): ${message}`,
      { code, willRetry, ...(willRetry ? { retryInMs: backoff } : {}) },
    );
  }

  /** Puts runs whose process was killed by a shutdown back in the queue, without counting the attempt. */
  async release(runs: readonly Run[]): Promise<void> {
    for (const run of runs) {
      await this.dataSource.transaction((manager) =>
        this.runs.updateHeld(manager, run, {
          status: 'QUEUED',
          attempt: run.attempt - 1,
          leaseUntil: null,
          nextAttemptAt: new Date(),
        }),
      );
    }
  }

  /** Keeps the attempts this instance runs claimed: another instance takes a run only once its service stopped renewing. */
  async renewLeases(runs: readonly Run[], now = new Date()): Promise<void> {
    await this.runs.renewLeases(runs, this.leaseFrom(now));
  }

  private leaseFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.TRAINING_LEASE_MS);
  }

  /** The attempt's lease lapsed and another attempt holds the run: its result is that one's, this one's is dropped. */
  private lostLease(run: Run): void {
    this.logger.event(
      'warn',
      `run ${run.runId} of ${run.modelName}: attempt ${run.attempt} lost its lease to a later attempt; its result is dropped`,
    );
  }

  /**
   * A run made outside the queue (a model trained elsewhere, evaluated by the import): stored with its
   * TrainingRequested (the run's requestEventId) and TrainingCompleted, the second caused by the first, in one transaction.
   * False when its request id is taken (the same import, already recorded).
   */
  async recordImport(
    run: Run,
    requested: TrainingRequested,
    completed: TrainingCompleted,
    actor: string,
  ): Promise<boolean> {
    const created = await this.dataSource.transaction(async (manager) => {
      if (!(await this.runs.insert(manager, run))) return false;
      await this.outbox.add(manager, [
        { type: 'TrainingRequested', payload: requested, actor, eventId: run.requestEventId },
        { type: 'TrainingCompleted', payload: completed, causedBy: causeOf(run), actor },
      ]);
      return true;
    });
    if (created) this.relay.wake();
    return created;
  }

  async findByRequest(requestId: string): Promise<RunView | null> {
    const [run] = await this.runs.list({ modelNames: null, status: null, requestId }, 1, null);
    return run ? view(run) : null;
  }

  async find(runId: string): Promise<RunView> {
    return view(await this.require(runId));
  }

  async list(filter: RunFilter, limit: number, before: Date | null): Promise<Page<RunView>> {
    return toPage(await this.runs.list(filter, limit + 1, before), limit, view, (item) => item.createdAt);
  }

  async compare(a: string, b: string): Promise<RunComparison> {
    return compareRuns(await this.require(a), await this.require(b));
  }

  private async require(runId: string): Promise<Run> {
    const run = await this.runs.find(runId);
    if (!run) throw new UnknownRunError(runId);
    return run;
  }
}

/** Every event of a run continues the correlation of its request and names it as cause. */
function causeOf(run: Run): Pick<EventMetadata, 'eventId' | 'correlationId'> {
  return { eventId: run.requestEventId, correlationId: run.correlationId };
}

/**
 * The TrainingRequested of an import is announced with its run, which it names: it only reaches the
 * queue again in a replay of the topic, where nothing can retrain a model trained elsewhere.
 */
function importNotRetrained(request: TrainingRequested): LoopgateError {
  return new LoopgateError({
    code: 'training.import_not_retrained',
    message: `model '${request.modelName}' was imported (file sha256 ${request.params.sourceSha256 ?? 'unknown'}), not trained here: it cannot be retrained; import the file again (POST /v1/models/${request.modelName}/imports) to register it`,
    kind: 'invalid',
  });
}

function trainerRefusal(task: ModelTask, algorithm: string, params: Record<string, string>): LoopgateError | null {
  try {
    parseTrainerParams(task, algorithm, params);
    return null;
  } catch (error) {
    return error as LoopgateError;
  }
}

function view(run: Run): RunView {
  const { leaseUntil: _lease, ...rest } = run;
  return {
    ...rest,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    nextAttemptAt: run.nextAttemptAt.toISOString(),
  };
}
