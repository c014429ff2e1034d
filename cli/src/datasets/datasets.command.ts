import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { CliUsageError } from '../shared/exit-codes';
import { readDocument } from '../shared/files';
import { printList, printObject } from '../shared/output';

/** Each content type's name in ?format= (the route reads either). */
const FORMATS = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/vnd.apache.parquet': 'parquet',
} as const;

const CONTENT_TYPES: Readonly<Record<string, keyof typeof FORMATS>> = {
  '.csv': 'text/csv',
  '.ndjson': 'application/x-ndjson',
  '.jsonl': 'application/x-ndjson',
  '.parquet': 'application/vnd.apache.parquet',
};

/** datasets: specs, uploads, snapshots and their validation reports. */
export function registerDatasets(program: Command, context: () => CliContext): void {
  const datasets = program.command('datasets').description('datasets: specs, uploads, snapshots, validation reports');

  datasets
    .command('spec <dataset>')
    .description("show a dataset's latest spec, or register one from a file (-f): a change is a new version")
    .option('-f, --file <path>', 'the spec as JSON or YAML')
    .action(async (dataset: string, o: { file?: string }) => {
      const ctx = context();
      const ingestion = ctx.client().ingestion;
      const path = { params: { path: { datasetId: dataset } } };
      printObject(
        ctx.out,
        o.file
          ? await unwrap(
              ingestion.POST('/v1/datasets/{datasetId}/specs', { ...path, body: readDocument(o.file) as never }),
            )
          : await unwrap(ingestion.GET('/v1/datasets/{datasetId}/specs/latest', path)),
      );
    });

  datasets
    .command('upload <dataset> <file>')
    .description('upload rows from a CSV, NDJSON or Parquet file (streamed, with progress)')
    .option('--idempotency-key <key>', 'the same key answers the same upload once')
    .action(async (dataset: string, file: string, o: { idempotencyKey?: string }) => {
      const ctx = context();
      const contentType = CONTENT_TYPES[extname(file).toLowerCase()];
      if (!contentType)
        throw new CliUsageError(
          `${file}: the file type comes from its extension, one of ${Object.keys(CONTENT_TYPES).join(', ')}`,
        );
      const size = statSync(file).size;
      const bar =
        ctx.out.json || !process.stderr.isTTY
          ? null
          : new SingleBar({ format: 'upload [{bar}] {percentage}% {value}/{total} bytes', stream: process.stderr });
      bar?.start(size, 0);
      let sent = 0;
      const body = Readable.toWeb(
        createReadStream(file).on('data', (chunk) => bar?.update((sent += chunk.length))),
      ) as ReadableStream;
      try {
        const receipt = await unwrap(
          ctx.client().ingestion.POST('/v1/datasets/{datasetId}/uploads', {
            params: { path: { datasetId: dataset }, query: { format: FORMATS[contentType] } },
            // The file streams as it is read, for the progress bar; the document types the body as text.
            body: body as unknown as string,
            bodySerializer: () => body,
            headers: {
              'content-type': contentType,
              'content-length': String(size),
              ...(o.idempotencyKey ? { 'idempotency-key': o.idempotencyKey } : {}),
            },
            duplex: 'half',
          }),
        );
        bar?.stop();
        printObject(ctx.out, receipt);
      } finally {
        bar?.stop();
      }
    });

  datasets
    .command('seal <dataset>')
    .description('seal the rows received so far into a snapshot (validation follows)')
    .action(async (dataset: string) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(
          ctx
            .client()
            .ingestion.POST('/v1/datasets/{datasetId}/snapshots', { params: { path: { datasetId: dataset } } }),
        ),
      );
    });

  datasets
    .command('snapshots <dataset>')
    .description("a dataset's snapshots, newest first")
    .option('--limit <n>', 'page size', Number)
    .option('--before <cursor>', 'the next page')
    .action(async (dataset: string, o: { limit?: number; before?: string }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().ingestion.GET('/v1/datasets/{datasetId}/snapshots', {
          params: {
            path: { datasetId: dataset },
            query: { limit: o.limit ?? 20, ...(o.before ? { before: o.before } : {}) },
          },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['snapshot', (s) => s.snapshotId],
          ['rows', (s) => s.rowCount],
          ['sealed', (s) => s.sealedAt],
        ],
        page.next,
      );
    });

  datasets
    .command('report <snapshotId>')
    .description("a snapshot's validation report: every check with its value and threshold")
    .action(async (snapshotId: string) => {
      const ctx = context();
      const report = await unwrap(
        ctx.client().validation.GET('/v1/snapshots/{snapshotId}/report', { params: { path: { snapshotId } } }),
      );
      if (ctx.out.json) return printObject(ctx.out, report);
      ctx.out.write(`verdict ${report.verdict}\n`);
      printList(ctx.out, report.checks, [
        ['check', (c) => c.check],
        ['field', (c) => c.field],
        ['status', (c) => c.status],
        ['measured', (c) => c.measured],
        ['threshold', (c) => c.threshold],
      ]);
    });

  for (const decision of ['release', 'reject'] as const) {
    datasets
      .command(`${decision} <snapshotId>`)
      .description(`${decision} a quarantined snapshot (approvers)`)
      .requiredOption('--reason <text>', 'why, for the audit log')
      .action(async (snapshotId: string, o: { reason: string }) => {
        const ctx = context();
        printObject(
          ctx.out,
          await unwrap(
            ctx.client().validation.POST(`/v1/snapshots/{snapshotId}/${decision}`, {
              params: { path: { snapshotId } },
              body: { reason: o.reason },
            }),
          ),
        );
      });
  }
}
