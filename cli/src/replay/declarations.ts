import { createLoopgateClient, type LoopgateClient, unwrap } from '@loopgate/client';
import { type ReplayStage } from './replay-plan';

/** The stages one side of a replay runs (the original's, the replay namespace's), and the client to call them. */
export interface ReplaySide {
  readonly client: LoopgateClient;
  readonly stages: ReadonlySet<ReplayStage>;
}

export function replaySide(urls: Partial<Record<ReplayStage, string>>, token: string): ReplaySide {
  return {
    client: createLoopgateClient({ urls, credentials: { token } }),
    stages: new Set(Object.keys(urls) as ReplayStage[]),
  };
}

export interface DeclarationsCopied {
  readonly specs: number;
  readonly featureSets: number;
  readonly models: number;
  readonly policies: number;
}

/**
 * What people declared over HTTP and no topic carries: dataset specs, feature-set definitions, model
 * training configs and promotion policies. Copied from the source services as they are now, oldest
 * version first (spec versions are numbered, feature-set versions are content hashes: both come out
 * the same); a change made after the incident is copied too - the report says so.
 */
export async function copyDeclarations(
  source: ReplaySide,
  target: ReplaySide,
  scope: { datasets: readonly string[]; featureSets: readonly string[] },
): Promise<DeclarationsCopied> {
  const copied = { specs: 0, featureSets: 0, models: 0, policies: 0 };
  const inScope = new Set(scope.featureSets);
  for (const datasetId of scope.datasets) {
    if (target.stages.has('ingestion')) copied.specs += await copySpecs(source, target, datasetId);
    if (!target.stages.has('features')) continue;
    need(source, 'features');
    const featureSets = await everyPage((before?: string) =>
      source.client.features.GET('/v1/feature-sets', { params: { query: { datasetId, limit: 100, before } } }),
    );
    for (const featureSet of featureSets.reverse()) {
      inScope.add(featureSet.featureSetId);
      await onceSpecArrived(() =>
        target.client.features.POST('/v1/feature-sets', {
          body: {
            featureSetId: featureSet.featureSetId,
            datasetId: featureSet.datasetId,
            features: featureSet.definition.features,
          },
        }),
      );
      copied.featureSets++;
    }
  }
  if (!target.stages.has('training') && !target.stages.has('registry')) return copied;
  need(source, 'training');
  const models = await everyPage((after?: string) =>
    source.client.training.GET('/v1/models', { params: { query: { limit: 100, after } } }),
  );
  for (const model of models) {
    if (!inScope.has(model.featureSetId)) continue;
    const path = { modelName: model.modelName };
    if (target.stages.has('training')) {
      const { modelName: _n, lastScheduledSlot: _s, updatedBy: _u, createdAt: _c, updatedAt: _a, ...config } = model;
      // No schedule: the replay's runs are the ones its inputs cause.
      await unwrap(
        target.client.training.PUT('/v1/models/{modelName}', {
          params: { path },
          body: { ...config, scheduleEveryMs: null },
        }),
      );
      copied.models++;
    }
    if (!target.stages.has('registry') || !source.stages.has('registry')) continue;
    const policy = await unwrap(source.client.registry.GET('/v1/models/{modelName}/policy', { params: { path } }));
    if (!policy.declared) continue;
    await unwrap(
      target.client.registry.PUT('/v1/models/{modelName}/policy', { params: { path }, body: policy.policy }),
    );
    copied.policies++;
  }
  return copied;
}

async function copySpecs(source: ReplaySide, target: ReplaySide, datasetId: string): Promise<number> {
  need(source, 'ingestion');
  const specs = await everyPage((before?: number) =>
    source.client.ingestion.GET('/v1/datasets/{datasetId}/specs', {
      params: { path: { datasetId }, query: { limit: 100, before } },
    }),
  );
  for (const spec of specs.reverse()) {
    const { datasetId: _d, version: _v, specHash: _h, registeredBy: _r, createdAt: _c, ...declared } = spec;
    await unwrap(
      target.client.ingestion.POST('/v1/datasets/{datasetId}/specs', {
        params: { path: { datasetId } },
        body: declared,
      }),
    );
  }
  return specs.length;
}

function need(source: ReplaySide, stage: ReplayStage): void {
  if (!source.stages.has(stage))
    throw new Error(
      `the replay needs the source's ${stage} service to copy what was declared there (--source ${stage}=<url>)`,
    );
}

/** Every item of a paged list (a page's `next` is the cursor of the next one). */
async function everyPage<T, C>(
  page: (
    cursor: C | undefined,
  ) => Promise<{ data?: { items: T[]; next: C | null }; error?: unknown; response: Response }>,
): Promise<T[]> {
  const items: T[] = [];
  for (let cursor: C | undefined; ;) {
    const answer = await unwrap(page(cursor));
    items.push(...answer.items);
    if (answer.next === null) return items;
    cursor = answer.next;
  }
}

/** Features learns a spec from ingestion's event, a moment after ingestion registered it. */
async function onceSpecArrived(post: () => Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await unwrap(post());
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'features.unknown_dataset' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
