import { type Command } from 'commander';
import { type LoopgateClient, LoopgateApiError, unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { CliUsageError, EXIT } from '../shared/exit-codes';
import { readDocument } from '../shared/files';
import { type Declarations, DeclarationsSchema, type DeclaredObject, planOf, printedPlan } from './declarations';

type Json = Record<string, unknown>;

/** How one kind of declared object is read and written, in the order objects are applied. */
interface Handler {
  read(client: LoopgateClient, name: string): Promise<unknown>;
  write(
    client: LoopgateClient,
    name: string,
    body: Json,
    declared: { readonly datasets: ReadonlySet<string> },
  ): Promise<unknown>;
}

/** How long a write waits for what the same declarations created to reach the service that needs it. */
const PROPAGATION_TIMEOUT_MS = 60_000;

const HANDLERS: Record<DeclaredObject['kind'], Handler> = {
  'dataset spec': {
    read: (c, datasetId) =>
      unwrap(c.ingestion.GET('/v1/datasets/{datasetId}/specs/latest', { params: { path: { datasetId } } })),
    write: (c, datasetId, body) =>
      unwrap(
        c.ingestion.POST('/v1/datasets/{datasetId}/specs', { params: { path: { datasetId } }, body: body as never }),
      ),
  },
  'feature set': {
    // Compared as it was declared: its id, its dataset and its definition's features.
    read: async (c, featureSetId) => {
      const current = await unwrap(
        c.features.GET('/v1/feature-sets/{featureSetId}', { params: { path: { featureSetId } } }),
      );
      return { ...current.definition, datasetId: current.datasetId };
    },
    // The features service learns a dataset's spec from ingestion's event: one applied just before may be on its way.
    write: (c, _name, body, declared) =>
      retryWhile(
        (error) => error.code === 'features.unknown_dataset' && declared.datasets.has(String(body.datasetId)),
        () => unwrap(c.features.POST('/v1/feature-sets', { body: body as never })),
      ),
  },
  'model training config': {
    read: (c, modelName) => unwrap(c.training.GET('/v1/models/{modelName}', { params: { path: { modelName } } })),
    write: (c, modelName, body) =>
      unwrap(c.training.PUT('/v1/models/{modelName}', { params: { path: { modelName } }, body: body as never })),
  },
  'promotion policy': {
    read: async (c, modelName) =>
      (await unwrap(c.registry.GET('/v1/models/{modelName}/policy', { params: { path: { modelName } } }))).policy,
    write: (c, modelName, body) =>
      unwrap(c.registry.PUT('/v1/models/{modelName}/policy', { params: { path: { modelName } }, body: body as never })),
  },
  'monitoring policy': {
    read: async (c, modelName) =>
      (await unwrap(c.monitoring.GET('/v1/models/{modelName}/monitoring-policy', { params: { path: { modelName } } })))
        .policy,
    write: (c, modelName, body) =>
      unwrap(
        c.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', {
          params: { path: { modelName } },
          body: body as never,
        }),
      ),
  },
};

/** plan and apply: declarations kept as code, shown as a diff per object and applied idempotently. */
export function registerDeclarations(program: Command, context: () => CliContext, exit: (code: number) => void): void {
  program
    .command('plan')
    .description('show what applying the declarations would change, a diff per object (exit 2 when something would)')
    .requiredOption('-f, --file <path>', 'the declarations, YAML or JSON')
    .action(async (o: { file: string }) => {
      const ctx = context();
      const changes = planOf(await declaredObjects(ctx.client(), parse(o.file)));
      ctx.out.write(ctx.out.json ? `${JSON.stringify(changes, null, 2)}\n` : printedPlan(changes));
      if (changes.some((c) => c.action !== 'unchanged')) exit(EXIT.planHasChanges);
    });

  program
    .command('apply')
    .description('apply the declarations: create or update what differs, leave the rest (safe to run again)')
    .requiredOption('-f, --file <path>', 'the declarations, YAML or JSON')
    .action(async (o: { file: string }) => {
      const ctx = context();
      const client = ctx.client();
      const declarations = parse(o.file);
      const objects = await declaredObjects(client, declarations);
      const changes = planOf(objects);
      const declared = { datasets: new Set(Object.keys(declarations.datasets)) };
      for (const [i, change] of changes.entries()) {
        if (change.action === 'unchanged') continue;
        await HANDLERS[change.kind].write(client, change.name, objects[i]!.declared, declared);
        ctx.note(`${change.action === 'create' ? 'created' : 'updated'} ${change.kind} ${change.name}`);
      }
      ctx.out.write(
        ctx.out.json
          ? `${JSON.stringify(changes, null, 2)}\n`
          : printedPlan(changes).replace(/objects to change\n$/, 'objects changed\n'),
      );
    });
}

function parse(file: string): Declarations {
  const parsed = DeclarationsSchema.safeParse(readDocument(file));
  if (!parsed.success)
    throw new CliUsageError(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Every declared object with what the services hold for it, in the order they are applied. */
async function declaredObjects(client: LoopgateClient, declarations: Declarations): Promise<DeclaredObject[]> {
  const wanted: Array<Omit<DeclaredObject, 'current'>> = [
    ...Object.entries(declarations.datasets).map(([name, d]) => ({
      kind: 'dataset spec' as const,
      name,
      declared: d.spec,
    })),
    ...declarations.featureSets.map((f) => ({
      kind: 'feature set' as const,
      name: f.featureSetId,
      declared: f as Json,
    })),
    ...Object.entries(declarations.models).flatMap(([name, m]) => [
      ...(m.training ? [{ kind: 'model training config' as const, name, declared: m.training }] : []),
      ...(m.promotionPolicy ? [{ kind: 'promotion policy' as const, name, declared: m.promotionPolicy }] : []),
      ...(m.monitoringPolicy ? [{ kind: 'monitoring policy' as const, name, declared: m.monitoringPolicy }] : []),
    ]),
  ];
  return Promise.all(
    wanted.map(async (object) => ({ ...object, current: await currentOf(HANDLERS[object.kind], client, object.name) })),
  );
}

async function currentOf(handler: Handler, client: LoopgateClient, name: string): Promise<Json | null> {
  try {
    return (await handler.read(client, name)) as Json;
  } catch (error) {
    if (error instanceof LoopgateApiError && error.status === 404) return null;
    throw error;
  }
}

/** Retries a write refused for a reason that passes (an event on its way between services), up to PROPAGATION_TIMEOUT_MS. */
async function retryWhile<T>(passing: (error: LoopgateApiError) => boolean, write: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + PROPAGATION_TIMEOUT_MS;
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof LoopgateApiError) || !passing(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
