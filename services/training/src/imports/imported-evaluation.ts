import { InferenceSession, Tensor } from 'onnxruntime-node';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import {
  evaluatePredictions,
  type Evaluation,
  feedsForRows,
  type ImportManifest,
  type Row,
  servingContract,
} from '@loopgate/ml';
import { UnusableEvaluationLabelsError } from './imports.errors';

export interface ImportedEvaluation extends Evaluation {
  /** Rows with a label, which the metrics are taken on. */
  readonly evaluatedRows: number;
  /** Rows without a label: counted, not scored. */
  readonly unlabelledRows: number;
}

/**
 * Scores the snapshot's labelled rows with the adapted model in onnxruntime, fed as serving feeds it,
 * and judges the outputs as a trained model's holdout is judged. A label the model's task or classes
 * cannot take refuses the import, with how many and which.
 */
export async function evaluateImportedModel(
  model: Uint8Array,
  manifest: ImportManifest,
  spec: DatasetSpecRegistered,
  rows: readonly Row[],
  minSegmentSize: number,
): Promise<ImportedEvaluation> {
  const labelField = spec.labelField!;
  const labelled = rows.filter((r) => r[labelField] !== null && r[labelField] !== undefined);
  if (labelled.length === 0)
    throw new UnusableEvaluationLabelsError(
      `none of the snapshot's ${rows.length} rows has a ${labelField}: there is nothing to evaluate the model on`,
    );
  const labels = labelsOf(labelled, labelField, manifest);
  const contract = servingContract(model);
  const { feeds, problems } = feedsForRows(contract, labelled);
  if (problems.length > 0)
    throw new Error(
      `snapshot rows the model cannot be fed: ${problems
        .slice(0, 3)
        .map((p) => `row ${p.row} ${p.field} ${p.problem}`)
        .join('; ')}`,
    );
  const session = await InferenceSession.create(Buffer.from(model));
  try {
    const tensors = Object.fromEntries(
      Object.entries(feeds).map(([name, f]) => [name, new Tensor(f.type, f.data, f.dims)]),
    );
    const outputs = Float64Array.from((await session.run(tensors))[contract.output].data as Float32Array);
    const classCount = manifest.task === 'multiclass' ? contract.classes.length : 1;
    const evaluation = evaluatePredictions({ task: manifest.task, labels, outputs, classCount }, labelled, {
      segmentFields: spec.segmentFields,
      sensitiveFields: spec.sensitiveFields,
      minSegmentSize,
    });
    return { ...evaluation, evaluatedRows: labelled.length, unlabelledRows: rows.length - labelled.length };
  } finally {
    await session.release();
  }
}

/** Each label as the metrics read it: 0/1, the index of its class among the manifest's classes, or the value. */
function labelsOf(rows: readonly Row[], labelField: string, manifest: ImportManifest): Float64Array {
  const classes = new Map((manifest.classes ?? []).map((c, i) => [c, i]));
  const read: (v: unknown) => number | null = {
    binary: (v: unknown) => (v === true || v === 1 ? 1 : v === false || v === 0 ? 0 : null),
    multiclass: (v: unknown) => classes.get(String(v)) ?? null,
    regression: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null),
  }[manifest.task];
  const values = rows.map((r) => read(r[labelField]));
  const misfits = rows.filter((_, i) => values[i] === null).map((r) => JSON.stringify(r[labelField]));
  if (misfits.length > 0) {
    const expected = {
      binary: '0 or 1',
      multiclass: `one of the model's classes (${[...classes.keys()].join(', ')})`,
      regression: 'a finite number',
    }[manifest.task];
    throw new UnusableEvaluationLabelsError(
      `${misfits.length} of ${rows.length} labelled rows have a ${labelField} that is not ${expected} (${[...new Set(misfits)].slice(0, 5).join(', ')})`,
    );
  }
  return Float64Array.from(values as number[]);
}
