import { z } from 'zod';
import { type ImportManifest, MODEL_TASKS } from '@loopgate/ml';
import { InvalidRequestError, nulProblems, requestProblems } from '@loopgate/service';

const name = z.string().min(1).max(256);

export const ImportManifestSchema = z
  .strictObject({
    task: z.enum(MODEL_TASKS),
    datasetId: name,
    inputs: z.discriminatedUnion('kind', [
      /** One graph input per field: graph input name -> spec field. */
      z.strictObject({
        kind: z.literal('per_field'),
        fields: z
          .record(name, name)
          .refine((f) => Object.keys(f).length > 0, 'map at least one graph input to a field'),
      }),
      /** One [N, F] numeric tensor; its columns, in order. */
      z.strictObject({ kind: z.literal('tensor'), name, fields: z.array(name).min(1) }),
    ]),
    outputs: z.strictObject({ label: name.optional(), probabilities: name.optional(), value: name.optional() }),
    classes: z.array(name).min(2).optional(),
    /** The accepted snapshot the platform evaluates the model on; its own metrics, never the uploader's. */
    evaluationSnapshotId: z.string().regex(/^[0-9a-f]{64}$/, 'must be a snapshot id (64 hex characters)'),
  })
  .meta({ id: 'ImportManifest' });

export type ModelImportRequest = { readonly manifest: ImportManifest; readonly evaluationSnapshotId: string };

/** The manifest part of an import, as JSON text: every problem at once. */
export function parseImportManifest(text: string | undefined): ModelImportRequest {
  if (text === undefined)
    throw new InvalidRequestError([
      { in: 'body', path: 'manifest', message: 'send the manifest (JSON) as the multipart part "manifest"' },
    ]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError([
      { in: 'body', path: 'manifest', message: `is not JSON (${(error as Error).message})` },
    ]);
  }
  const nul = nulProblems('body', json).map((p) => ({ ...p, path: p.path ? `manifest.${p.path}` : 'manifest' }));
  const parsed = ImportManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new InvalidRequestError([...nul, ...requestProblems('body', parsed.error, ImportManifestSchema, 'manifest')]);
  if (nul.length > 0) throw new InvalidRequestError(nul);
  const { evaluationSnapshotId, ...manifest } = parsed.data;
  return { manifest, evaluationSnapshotId };
}
