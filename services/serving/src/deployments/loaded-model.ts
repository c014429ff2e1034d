import { randomUUID } from 'node:crypto';
import { type FeedTensor, feedsForRows, servingContract, type ServingContract } from '@loopgate/ml';
import { type InferenceThreads } from './inference-threads';

/** One model version ready to score in the inference threads, with the contract read from its bytes. */
export class LoadedModel {
  private constructor(
    readonly modelName: string,
    readonly version: number,
    readonly sha256: string,
    readonly contract: ServingContract,
    private readonly threads: InferenceThreads,
    private readonly modelId: string,
  ) {}

  static async load(threads: InferenceThreads, modelName: string, version: number, sha256: string, bytes: Buffer): Promise<LoadedModel> {
    const contract = servingContract(bytes);
    const modelId = `${modelName}@${version}#${randomUUID()}`;
    await threads.load(modelId, bytes);
    const model = new LoadedModel(modelName, version, sha256, contract, threads, modelId);
    // A session's first run pays its initialization; a row of missing values pays it before traffic does.
    await threads.warmUp(modelId, feedsForRows(contract, [{}]).feeds, contract.output);
    return model;
  }

  score(feeds: Record<string, FeedTensor>): Promise<Float32Array> {
    return this.threads.run(this.modelId, feeds, this.contract.output);
  }

  release(): Promise<void> {
    return this.threads.release(this.modelId);
  }
}
