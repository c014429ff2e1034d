import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { readDocument } from '../shared/files';
import { printList, printObject } from '../shared/output';

const STAGES = ['CANDIDATE', 'SHADOW', 'CANARY', 'PRODUCTION', 'ARCHIVED'] as const;
/** The stages a version can be moved to (CANDIDATE is where it starts). */
const TARGET_STAGES = ['SHADOW', 'CANARY', 'PRODUCTION', 'ARCHIVED'] as const;

/** models: training configs, runs, versions, promotions and imports of models trained elsewhere. */
export function registerModels(program: Command, context: () => CliContext): void {
  const models = program
    .command('models')
    .description('models: training configs, runs, versions, promotion, rollback, imports');

  models
    .command('list')
    .description('the models you may see')
    .option('--limit <n>', 'page size', Number)
    .option('--after <name>', 'the next page')
    .action(async (o: { limit?: number; after?: string }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().training.GET('/v1/models', {
          params: { query: { limit: o.limit ?? 50, ...(o.after ? { after: o.after } : {}) } },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['model', (m) => m.modelName],
          ['task', (m) => m.task],
          ['algorithm', (m) => m.algorithm],
          ['feature set', (m) => m.featureSetId],
          ['updated', (m) => m.updatedAt],
        ],
        page.next,
      );
    });

  models
    .command('config <model>')
    .description("show a model's training config, or set it from a file (-f)")
    .option('-f, --file <path>', 'the config as JSON or YAML')
    .action(async (model: string, o: { file?: string }) => {
      const ctx = context();
      const training = ctx.client().training;
      const config = o.file
        ? await unwrap(
            training.PUT('/v1/models/{modelName}', {
              params: { path: { modelName: model } },
              body: readDocument(o.file) as never,
            }),
          )
        : await unwrap(training.GET('/v1/models/{modelName}', { params: { path: { modelName: model } } }));
      printObject(ctx.out, config);
    });

  models
    .command('train <model>')
    .description('ask for a training run now')
    .option('--request-id <id>', 'an idempotency key')
    .option('--param <name=value...>', 'trainer params over the config')
    .action(async (model: string, o: { requestId?: string; param?: string[] }) => {
      const ctx = context();
      const params = Object.fromEntries((o.param ?? []).map((p) => p.split('=', 2) as [string, string]));
      printObject(
        ctx.out,
        await unwrap(
          ctx.client().training.POST('/v1/training-requests', {
            body: {
              modelName: model,
              reason: 'HUMAN_REQUEST',
              params,
              ...(o.requestId ? { requestId: o.requestId } : {}),
            },
          }),
        ),
      );
    });

  models
    .command('runs')
    .description('training runs, newest first')
    .option('--model <name>')
    .option('--status <status>')
    .option('--limit <n>', 'page size', Number)
    .option('--before <cursor>', 'the next page')
    .action(
      async (o: {
        model?: string;
        status?: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
        limit?: number;
        before?: string;
      }) => {
        const ctx = context();
        const query = {
          limit: o.limit ?? 20,
          ...(o.model ? { modelName: o.model } : {}),
          ...(o.status ? { status: o.status } : {}),
          ...(o.before ? { before: o.before } : {}),
        };
        const page = await unwrap(ctx.client().training.GET('/v1/runs', { params: { query } }));
        printList(
          ctx.out,
          page.items,
          [
            ['run', (r) => r.runId],
            ['model', (r) => r.modelName],
            ['status', (r) => r.status],
            ['algorithm', (r) => r.algorithm],
            ['metrics', (r) => mainMetric(r.metrics)],
            ['created', (r) => r.createdAt],
          ],
          page.next,
        );
      },
    );

  models
    .command('run <runId>')
    .description('one run: lineage, params, metrics, artifacts')
    .action(async (runId: string) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(ctx.client().training.GET('/v1/runs/{runId}', { params: { path: { runId } } })),
      );
    });

  models
    .command('compare <runA> <runB>')
    .description('what changed from run a to run b: setup, params, metrics overall and per segment')
    .action(async (a: string, b: string) => {
      const ctx = context();
      const comparison = await unwrap(ctx.client().training.GET('/v1/runs/compare', { params: { query: { a, b } } }));
      if (ctx.out.json) return printObject(ctx.out, comparison);
      printList(
        ctx.out,
        [...comparison.differences, ...comparison.params],
        [
          ['differs', (d) => d.name],
          ['a', (d) => d.a],
          ['b', (d) => d.b],
        ],
      );
      printList(ctx.out, comparison.metrics, [
        ['metric', (m) => m.name],
        ['a', (m) => m.a],
        ['b', (m) => m.b],
        ['b - a', (m) => m.delta],
      ]);
    });

  models
    .command('versions <model>')
    .description('registered versions with their stage')
    .option('--stage <stage>', STAGES.join(', '))
    .action(async (model: string, o: { stage?: (typeof STAGES)[number] }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().registry.GET('/v1/models/{modelName}/versions', {
          params: { path: { modelName: model }, query: { ...(o.stage ? { stage: o.stage } : {}) } },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['version', (v) => v.version],
          ['stage', (v) => v.stage],
          ['run', (v) => v.runId],
          ['sha256', (v) => v.model.sha256.slice(0, 12)],
          ['registered', (v) => v.registeredAt],
        ],
        page.next === null ? null : String(page.next),
      );
    });

  models
    .command('gates <model> <version>')
    .description("a version's gate evaluations, per segment")
    .action(async (model: string, version: string) => {
      const ctx = context();
      const evaluations = await unwrap(
        ctx.client().registry.GET('/v1/models/{modelName}/versions/{version}/gate-evaluations', {
          params: { path: { modelName: model, version: Number(version) } },
        }),
      );
      printList(ctx.out, evaluations, [
        ['to', (g) => g.targetStage],
        ['passed', (g) => g.passed],
        ['gates', (g) => g.gates],
        ['evaluated', (g) => g.createdAt],
      ]);
    });

  models
    .command('promote <model> <version>')
    .description('move a version to a stage (through its gates; an approval when the policy asks)')
    .requiredOption('--to <stage>', TARGET_STAGES.join(', '))
    .requiredOption('--reason <text>', 'why, for the audit log')
    .option('--traffic <percent>', "a canary's share", Number)
    .action(
      async (
        model: string,
        version: string,
        o: { to: (typeof TARGET_STAGES)[number]; reason: string; traffic?: number },
      ) => {
        const ctx = context();
        const body = {
          targetStage: o.to,
          reason: o.reason,
          override: false,
          ...(o.traffic !== undefined ? { trafficPercent: o.traffic } : {}),
        };
        printObject(
          ctx.out,
          await unwrap(
            ctx.client().registry.POST('/v1/models/{modelName}/versions/{version}/promotions', {
              params: { path: { modelName: model, version: Number(version) } },
              body,
            }),
          ),
        );
      },
    );

  models
    .command('rollback <model>')
    .description('production returns to the previous production version')
    .requiredOption('--reason <text>', 'why, for the audit log')
    .action(async (model: string, o: { reason: string }) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(
          ctx.client().registry.POST('/v1/models/{modelName}/rollback', {
            params: { path: { modelName: model } },
            body: { reason: o.reason },
          }),
        ),
      );
    });

  models
    .command('import <model>')
    .description('register a model trained elsewhere: an ONNX file and its manifest, evaluated by the platform')
    .requiredOption('--onnx <path>', 'the .onnx file')
    .requiredOption('--manifest <path>', 'the manifest, JSON or YAML')
    .action(async (model: string, o: { onnx: string; manifest: string }) => {
      const ctx = context();
      const form = new FormData();
      form.append('model', new Blob([readFileSync(o.onnx)]), basename(o.onnx));
      form.append(
        'manifest',
        new Blob([JSON.stringify(readDocument(o.manifest))], { type: 'application/json' }),
        'manifest.json',
      );
      const run = await unwrap(
        ctx.client().training.POST('/v1/models/{modelName}/imports', {
          params: { path: { modelName: model } },
          body: form as never,
          bodySerializer: () => form,
        }),
      );
      printObject(ctx.out, run);
    });
}

function mainMetric(metrics: Record<string, number> | null): string {
  if (!metrics) return '-';
  const name = ['auc', 'logLoss', 'rmse'].find((m) => metrics[m] !== undefined);
  return name ? `${name} ${metrics[name]!.toFixed(4)}` : '-';
}
