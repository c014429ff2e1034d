import { type ReplayStage } from './replay-plan';

/** A service's base URL and the token to call it with. */
export interface Endpoint {
  readonly url: string;
  readonly token: string;
}

export interface DeclarationsCopied {
  readonly specs: number;
  readonly featureSets: number;
  readonly models: number;
  readonly policies: number;
}

type Json = Record<string, unknown>;

/**
 * What people declared over HTTP and no topic carries: dataset specs, feature-set definitions, model
 * training configs and promotion policies. Copied from the source services as they are now, oldest
 * version first (spec versions are numbered, feature-set versions are content hashes: both come out
 * the same); a change made after the incident is copied too - the report says so.
 */
export async function copyDeclarations(
  source: Partial<Record<ReplayStage, Endpoint>>,
  target: Partial<Record<ReplayStage, Endpoint>>,
  scope: { datasets: readonly string[]; featureSets: readonly string[] },
): Promise<DeclarationsCopied> {
  let specs = 0;
  let featureSets = 0;
  const inScope = new Set(scope.featureSets);
  for (const dataset of scope.datasets) {
    if (target.ingestion) {
      for (const spec of (
        await pages(need(source, 'ingestion'), `/v1/datasets/${dataset}/specs`, 'before')
      ).reverse()) {
        const { datasetId: _d, version: _v, specHash: _h, registeredBy: _r, createdAt: _c, ...declared } = spec;
        await send(target.ingestion, 'POST', `/v1/datasets/${dataset}/specs`, declared);
        specs++;
      }
    }
    if (!target.features) continue;
    for (const featureSet of (
      await pages(need(source, 'features'), `/v1/feature-sets?datasetId=${encodeURIComponent(dataset)}`, 'before')
    ).reverse()) {
      inScope.add(String(featureSet.featureSetId));
      await sendOnceSpecArrived(target.features, '/v1/feature-sets', {
        featureSetId: featureSet.featureSetId,
        datasetId: featureSet.datasetId,
        features: (featureSet.definition as Json).features,
      });
      featureSets++;
    }
  }
  let models = 0;
  let policies = 0;
  if (target.training || target.registry) {
    for (const model of await pages(need(source, 'training'), '/v1/models', 'after')) {
      if (!inScope.has(String(model.featureSetId))) continue;
      const name = String(model.modelName);
      if (target.training) {
        const {
          featureSetId,
          algorithm,
          params,
          seed,
          holdoutFraction,
          minSegmentSize,
          timeoutMs,
          trainOnNewFeatureSet,
          retrainOn,
        } = model;
        // No schedule: the replay's runs are the ones its inputs cause.
        await send(target.training, 'PUT', `/v1/models/${name}`, {
          featureSetId,
          algorithm,
          params,
          seed,
          holdoutFraction,
          minSegmentSize,
          timeoutMs,
          trainOnNewFeatureSet,
          retrainOn,
          scheduleEveryMs: null,
        });
        models++;
      }
      if (target.registry && source.registry) {
        const policy = (await send(source.registry, 'GET', `/v1/models/${name}/policy`)) as Json;
        if (!policy.declared) continue;
        await send(target.registry, 'PUT', `/v1/models/${name}/policy`, policy.policy);
        policies++;
      }
    }
  }
  return { specs, featureSets, models, policies };
}

function need(source: Partial<Record<ReplayStage, Endpoint>>, stage: ReplayStage): Endpoint {
  const endpoint = source[stage];
  if (!endpoint)
    throw new Error(
      `the replay needs the source's ${stage} service to copy what was declared there (--source ${stage}=<url>)`,
    );
  return endpoint;
}

/** Every item of a paged list (`next` goes into the cursor parameter). */
async function pages(endpoint: Endpoint, path: string, cursor: 'before' | 'after'): Promise<Json[]> {
  const items: Json[] = [];
  for (let next: unknown = null; ;) {
    const separator = path.includes('?') ? '&' : '?';
    const page = (await send(
      endpoint,
      'GET',
      `${path}${separator}limit=100${next === null ? '' : `&${cursor}=${encodeURIComponent(String(next))}`}`,
    )) as { items: Json[]; next: unknown };
    items.push(...page.items);
    if (page.next === null || page.next === undefined) return items;
    next = page.next;
  }
}

/** Features learns a spec from ingestion's event, a moment after ingestion registered it. */
async function sendOnceSpecArrived(endpoint: Endpoint, path: string, body: unknown): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await send(endpoint, 'POST', path, body);
      return;
    } catch (error) {
      if (!(error as Error).message.includes('features.unknown_dataset') || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function send(endpoint: Endpoint, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${endpoint.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${endpoint.url}${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
