import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type FeatureDefinition, MODEL_DATASET } from '@loopgate/ml';
import { datesRowsByArrival } from '@loopgate/dataset-specs';
import { PeriodicJob } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { InputsService } from '../inputs/inputs.service';
import { ModelsRepository } from '../models/models.repository';
import { UnknownModelError } from '../models/models.errors';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { RunsService } from './runs.service';
import { type Run } from './run.entity';
import { TrainingProcess } from './training-process';
import { AttemptsExhaustedError, TimeSplitWithoutClockError, UnlabelledTrainingSetError } from './runs.errors';

/**
 * Runs due runs, at most TRAINING_CONCURRENCY at a time, each in its own process with its time limit.
 * Woken by new requests and finished runs, and by a timer for backoffs and abandoned runs.
 */
@Injectable()
export class TrainingQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly active = new Map<string, Run>();
  private readonly executions = new Set<Promise<void>>();
  /** Runs whose process the shutdown killed: put back in the queue (a run that ended meanwhile is not). */
  private readonly interrupted: Run[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Renews the leases of the runs under way, so no other instance takes them while they train. */
  private readonly leases: PeriodicJob;
  private filling = false;
  private refill = false;
  private stopping = false;

  constructor(
    private readonly runs: RunsService,
    private readonly inputs: InputsService,
    private readonly models: ModelsRepository,
    private readonly process: TrainingProcess,
    private readonly logger: JsonLogger,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
  ) {
    this.leases = new PeriodicJob(
      {
        name: 'renewing the leases of running training runs',
        everyMs: Math.floor(config.TRAINING_LEASE_MS / 3),
        log: logger.event.bind(logger),
      },
      () => this.runs.renewLeases([...this.active.values()]),
    );
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.TRAINING_POLL_MS);
    this.leases.start();
    this.wake();
  }

  /** Fills free slots with due runs; a call while filling makes the filling go round once more. */
  wake(): void {
    if (this.stopping) return;
    if (this.filling) {
      this.refill = true;
      return;
    }
    this.filling = true;
    void this.fill()
      .catch((error: unknown) =>
        this.logger.event(
          'error',
          `could not take training runs from the queue, will retry: ${(error as Error).message}`,
        ),
      )
      .finally(() => {
        this.filling = false;
        if (this.refill) {
          this.refill = false;
          this.wake();
        }
      });
  }

  private async fill(): Promise<void> {
    while (!this.stopping && this.active.size < this.config.TRAINING_CONCURRENCY) {
      const run = await this.runs.claimNext();
      if (!run) return;
      this.active.set(run.runId, run);
      const execution = this.execute(run).finally(() => {
        this.active.delete(run.runId);
        this.executions.delete(execution);
        this.wake();
      });
      this.executions.add(execution);
    }
  }

  private async execute(run: Run): Promise<void> {
    const started = performance.now();
    try {
      if (run.attempt > this.config.TRAINING_MAX_ATTEMPTS) throw new AttemptsExhaustedError(run.attempt - 1);
      const model = await this.models.find(run.modelName);
      if (!model) throw new UnknownModelError(run.modelName);
      const trainingSet = await this.inputs.trainingSetFor(run.featureSetId, run.featureSetVersion, run.snapshotId);
      if (trainingSet.labelField === null)
        throw new UnlabelledTrainingSetError(trainingSet.featureSetId, trainingSet.snapshotId);
      if (model.split === 'time' && datesRowsByArrival(trainingSet))
        throw new TimeSplitWithoutClockError(model.modelName, trainingSet.datasetId);
      const outcome = await this.process.run(
        {
          artifactStoreUri: this.config.ARTIFACT_STORE_URI,
          trainingSet: trainingSet.trainingSet,
          task: run.task,
          definition: JSON.parse(trainingSet.definition) as FeatureDefinition,
          labelField: trainingSet.labelField,
          algorithm: run.algorithm,
          params: run.requestedParams,
          split: { strategy: model.split, holdoutFraction: model.holdoutFraction, seed: run.seed },
          folds: model.folds,
          minSegmentSize: model.minSegmentSize,
          segmentFields: trainingSet.segmentFields,
          sensitiveFields: trainingSet.sensitiveFields,
          metadata: {
            [MODEL_DATASET]: trainingSet.datasetId,
            'loopgate.feature_set': `${trainingSet.featureSetId}@${trainingSet.version}`,
          },
        },
        run.timeoutMs,
      );
      const effectiveParams = {
        ...outcome.effectiveParams,
        holdoutFraction: String(model.holdoutFraction),
        split: model.split,
        ...(model.folds === null ? {} : { folds: String(model.folds) }),
      };
      await this.runs.succeed(
        run,
        trainingSet,
        { ...outcome, effectiveParams },
        Math.round(performance.now() - started),
      );
    } catch (error) {
      if (this.stopping) {
        this.interrupted.push(run); // killed by the shutdown: put back below, not a failure of the run
        return;
      }
      await this.runs.fail(run, error);
    }
  }

  /**
   * The first thing a shutdown does (the database and the bus stay open until onApplicationShutdown):
   * the runs are killed at once and put back, not left to finish while the rest of the service stops.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.leases.stop();
    this.process.killAll();
    await Promise.allSettled([...this.executions]);
    // Only what the kill interrupted: a run that finished as the shutdown began is done, and putting it
    // back too would train and announce it twice.
    await this.runs.release(this.interrupted);
    if (this.interrupted.length > 0)
      this.logger.event(
        'warn',
        `shutdown interrupted ${this.interrupted.length} training run(s); they are queued again`,
      );
  }
}
