import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type DeploymentRole, type StageChanged } from '@loopgate/contracts';
import { EventBus, type EventMetadata } from '@loopgate/bus';
import { type ArtifactStore } from '@loopgate/artifacts';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { LoopgateError } from '@loopgate/errors';
import { MODEL_DATASET, servingContract } from '@loopgate/ml';
import { ARTIFACT_STORE } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { LoadedModel } from './loaded-model';
import { ContractMismatchError, rowContractOf } from './row-contract';
import { InferenceThreads } from './inference-threads';
import { NO_DEPLOYMENT, type ModelDeployment } from './model-deployments';
import { type DeploymentView } from './deployments.routes';

/** A replaced session is released after in-flight requests had time to finish with it. */
const RELEASE_AFTER_MS = 30_000;

/** Follows the registry's stage changes: loads each model after checking its sha256, and swaps it in whole. */
@Injectable()
export class DeploymentService implements OnApplicationShutdown {
  private readonly deployments = new Map<string, ModelDeployment>();
  private readonly releases = new Set<NodeJS.Timeout>();

  constructor(
    private readonly bus: EventBus,
    private readonly threads: InferenceThreads,
    private readonly specs: DatasetSpecsService,
    private readonly logger: JsonLogger,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  of(modelName: string): ModelDeployment {
    return this.deployments.get(modelName) ?? NO_DEPLOYMENT;
  }

  async follow(change: StageChanged, cause: EventMetadata): Promise<void> {
    const current = this.of(change.modelName);
    const role = roleOf(change.toStage);
    if (role === null) {
      this.swap(change.modelName, withoutVersion(current, change.version));
      return;
    }
    let model: LoadedModel;
    try {
      model = await this.load(change);
    } catch (error) {
      // Not yet (the dataset's spec still on its way, the store briefly down): the bus tries the change again.
      if (error instanceof LoopgateError && error.retriable) throw error;
      const code = error instanceof LoopgateError ? error.code : 'serving.model_unloadable';
      const message = (error as Error).message;
      this.logger.event('error', `${change.modelName} v${change.version} not deployed as ${role}: ${message}`, {
        code,
      });
      await this.bus.publish([
        {
          type: 'DeploymentFailed',
          payload: {
            modelName: change.modelName,
            version: change.version,
            role,
            errorCode: code,
            message,
            instanceId: this.config.SERVING_INSTANCE_ID,
          },
          causedBy: cause,
        },
      ]);
      return;
    }
    const next = this.of(change.modelName); // may have changed while loading
    const base = withoutVersion(next, change.version);
    this.swap(
      change.modelName,
      role === 'PRIMARY'
        ? {
            ...base,
            primary: model,
            previous: next.primary && next.primary.version !== change.version ? next.primary : next.previous,
          }
        : role === 'CANARY'
          ? { ...base, canary: { model, trafficPercent: change.trafficPercent ?? 0 } }
          : { ...base, shadow: model },
    );
    const trafficPercent =
      role === 'PRIMARY'
        ? 100 - (this.of(change.modelName).canary?.trafficPercent ?? 0)
        : role === 'CANARY'
          ? (change.trafficPercent ?? 0)
          : 0;
    await this.bus.publish([
      {
        type: 'DeploymentActivated',
        payload: {
          modelName: change.modelName,
          version: change.version,
          role,
          trafficPercent,
          modelSha256: change.model.sha256,
          instanceId: this.config.SERVING_INSTANCE_ID,
        },
        causedBy: cause,
      },
    ]);
    this.logger.event('info', `${change.modelName} v${change.version} serving as ${role}`, { trafficPercent });
  }

  /**
   * The version's bytes (refused when their sha256 differs from the registry's), checked against the
   * spec its dataset has now: the spec in force when the version is deployed is the one its rows must meet.
   */
  private async load(change: StageChanged): Promise<LoadedModel> {
    const bytes = await this.store.read(change.model);
    const contract = servingContract(bytes);
    const datasetId = contract.metadata[MODEL_DATASET];
    if (!datasetId)
      throw new ContractMismatchError(
        `the model does not name its dataset (metadata '${MODEL_DATASET}'): serving cannot check its rows`,
      );
    const rows = rowContractOf(contract, await this.specs.requireLatest(datasetId));
    return LoadedModel.load(this.threads, change.modelName, change.version, change.model.sha256, bytes, contract, rows);
  }

  views(): DeploymentView[] {
    const ref = (m: LoadedModel | null) => (m ? { version: m.version, sha256: m.sha256 } : null);
    return [...this.deployments].map(([modelName, d]) => ({
      modelName,
      primary: ref(d.primary),
      previous: ref(d.previous),
      shadow: ref(d.shadow),
      canary: d.canary ? { ...ref(d.canary.model)!, trafficPercent: d.canary.trafficPercent } : null,
    }));
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.releases) clearTimeout(timer);
    const models = new Set(
      [...this.deployments.values()]
        .flatMap((d) => [d.primary, d.previous, d.canary?.model, d.shadow])
        .filter((m): m is LoadedModel => m !== null && m !== undefined),
    );
    await Promise.allSettled([...models].map((m) => m.release()));
    await this.threads.stop();
  }

  /** Replaces the model's deployment in one assignment; sessions no longer referenced are released later. */
  private swap(modelName: string, next: ModelDeployment): void {
    const before = this.of(modelName);
    this.deployments.set(modelName, next);
    const kept = new Set([next.primary, next.previous, next.canary?.model, next.shadow]);
    for (const old of [before.primary, before.previous, before.canary?.model, before.shadow]) {
      if (!old || kept.has(old)) continue;
      const timer = setTimeout(() => {
        this.releases.delete(timer);
        void old.release().catch(() => undefined);
      }, RELEASE_AFTER_MS);
      this.releases.add(timer);
    }
  }
}

function roleOf(stage: StageChanged['toStage']): DeploymentRole | null {
  return stage === 'PRODUCTION' ? 'PRIMARY' : stage === 'CANARY' ? 'CANARY' : stage === 'SHADOW' ? 'SHADOW' : null;
}

/**
 * The deployment without a version in its canary and shadow roles. An archived primary keeps serving
 * until the next primary arrives (the registry archives it just before it announces its successor),
 * so a rollback or a release never leaves a moment without a model.
 */
function withoutVersion(d: ModelDeployment, version: number): ModelDeployment {
  return {
    primary: d.primary,
    previous: d.previous,
    canary: d.canary?.model.version === version ? null : d.canary,
    shadow: d.shadow?.version === version ? null : d.shadow,
  };
}
