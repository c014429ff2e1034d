import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type LoadedModel } from '../deployments/loaded-model';
import { DeploymentService } from '../deployments/deployment.service';
import { PredictionService } from '../predictions/prediction.service';
import { NotDeployedError } from '../predictions/predictions.errors';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import {
  type InferRequest,
  type InferTensor,
  inputsMetadata,
  outputsMetadata,
  outputsOfAnswers,
  rowsOfInputs,
  type TensorMetadata,
} from './open-inference-tensors';

export interface ModelMetadata {
  readonly name: string;
  readonly versions: string[];
  readonly platform: string;
  readonly inputs: TensorMetadata[];
  readonly outputs: TensorMetadata[];
}

export interface InferResponse {
  readonly model_name: string;
  /** Set when one version answered every row (a canary split or a fallback may answer some rows with another: see the `version` output). */
  readonly model_version?: string;
  readonly id: string;
  readonly outputs: InferTensor[];
}

/**
 * The Open Inference Protocol (KServe V2 REST) over serving's own path: the same routing (canary,
 * shadow, fallback), the same strict row contract, the same PredictionServed events.
 */
@Injectable()
export class OpenInferenceService {
  constructor(
    private readonly deployments: DeploymentService,
    private readonly predictions: PredictionService,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  metadata(modelName: string, version: number | null): ModelMetadata {
    const model = this.model(modelName, version);
    return {
      name: modelName,
      versions: this.deployedVersions(modelName).map(String),
      platform: 'onnxruntime_onnx',
      inputs: inputsMetadata(model.rows),
      outputs: outputsMetadata(model.contract.task, model.contract.classes.length),
    };
  }

  /** Whether the model (with no version: its production version) is deployed here; a 404 says which is not. */
  ready(modelName: string, version: number | null): { name: string; ready: true } {
    this.model(modelName, version);
    return { name: modelName, ready: true };
  }

  async infer(modelName: string, version: number | null, request: InferRequest): Promise<InferResponse> {
    const model = this.model(modelName, version);
    const rows = rowsOfInputs(request.inputs, model.rows, this.config.SERVING_MAX_ROWS);
    const answers =
      version === null
        ? await this.predictions.predict(modelName, rows)
        : await this.predictions.predictWith(modelName, version, rows);
    const versions = new Set(answers.map((a) => a.version));
    const single = versions.size === 1 ? [...versions][0] : null;
    return {
      model_name: modelName,
      ...(single !== null ? { model_version: String(single) } : {}),
      id: request.id ?? randomUUID(),
      outputs: outputsOfAnswers(answers, model.contract.task, model.contract.classes, request.outputs),
    };
  }

  /** The production version, or the named version in whatever role it is deployed. */
  private model(modelName: string, version: number | null): LoadedModel {
    const deployment = this.deployments.of(modelName);
    const model =
      version === null
        ? deployment.primary
        : [deployment.primary, deployment.canary?.model, deployment.shadow].find((m) => m?.version === version);
    if (!model) throw new NotDeployedError(modelName, version ?? undefined);
    return model;
  }

  private deployedVersions(modelName: string): number[] {
    const d = this.deployments.of(modelName);
    return [
      ...new Set([d.primary, d.canary?.model, d.shadow].filter((m): m is LoadedModel => !!m).map((m) => m.version)),
    ].sort((a, b) => a - b);
  }
}
