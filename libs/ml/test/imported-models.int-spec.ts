import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { PENGUINS_SPEC } from '@loopgate/datasets';
import {
  adaptImportedModel,
  feedsForRows,
  type ImportedDataset,
  ImportedModelError,
  type ImportManifest,
  servingContract,
  unseenCategories,
} from '../src';

/** Models trained elsewhere (build_fixtures.py: scikit-learn + skl2onnx, LightGBM + onnxmltools), with what onnxruntime-python answered. */
const FIXTURES = join(__dirname, 'fixtures/imported');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected-scores.json'), 'utf8')) as {
  rows: Array<Record<string, unknown>>;
  outputs: Record<string, number[][]>;
};
const fixture = (name: string) => ({
  bytes: readFileSync(join(FIXTURES, `${name}.onnx`)),
  manifest: JSON.parse(readFileSync(join(FIXTURES, `${name}.manifest.json`), 'utf8')) as ImportManifest,
});

const penguins: ImportedDataset = {
  datasetId: 'penguins',
  fields: PENGUINS_SPEC.fields,
  labelField: PENGUINS_SPEC.labelField,
};
/** The same table declared with body mass as its label, for the regressor. */
const penguinsMass: ImportedDataset = {
  datasetId: 'penguins-mass',
  fields: PENGUINS_SPEC.fields,
  labelField: 'bodyMassG',
};

async function serve(
  model: Uint8Array,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<{ values: Float32Array; columns: number }> {
  const contract = servingContract(model);
  const { feeds, problems } = feedsForRows(contract, rows);
  expect(problems).toEqual([]);
  const session = await InferenceSession.create(Buffer.from(model));
  const tensors = Object.fromEntries(
    Object.entries(feeds).map(([name, f]) => [name, new Tensor(f.type, f.data, f.dims)]),
  );
  const output = (await session.run(tensors))[contract.output];
  return { values: output.data as Float32Array, columns: output.dims[1] };
}

function maxDifference(actual: { values: Float32Array; columns: number }, reference: number[][]): number {
  let max = 0;
  reference.forEach((row, i) =>
    row.forEach((value, j) => (max = Math.max(max, Math.abs(actual.values[i * actual.columns + j] - value)))),
  );
  return max;
}

describe('models trained elsewhere, served as Loopgate serves its own', () => {
  const datasets: Record<string, ImportedDataset> = {
    'penguins-sklearn-pipeline': penguins,
    'penguins-lightgbm': penguins,
    'penguins-mass-sklearn-gbr': penguinsMass,
  };

  it.each([
    ['penguins-sklearn-pipeline', 'one input per field'],
    ['penguins-lightgbm', 'one [N, 4] tensor'],
    ['penguins-mass-sklearn-gbr', 'one [N, 3] tensor'],
  ])('%s (%s) answers what onnxruntime-python answers, within 1e-5', async (name) => {
    const dataset = datasets[name];
    const { bytes, manifest } = fixture(name);
    const { model, provenance } = adaptImportedModel(bytes, manifest, dataset);
    const contract = servingContract(model);
    expect(contract.task).toBe(manifest.task);
    expect(contract.inputs.map((i) => i.name).sort()).toEqual(Object.values(manifest.inputs.fields).sort());
    if (manifest.task === 'multiclass') expect(contract.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(provenance.producerName).toMatch(/skl2onnx|OnnxMLTools/);
    const served = await serve(model, expected.rows);
    expect(served.columns).toBe(expected.outputs[name][0].length);
    expect(maxDifference(served, expected.outputs[name])).toBeLessThan(1e-5);
    // The same file and manifest give the same model bytes.
    expect(Buffer.from(adaptImportedModel(bytes, manifest, dataset).model).equals(Buffer.from(model))).toBe(true);
  });

  it("keeps the pipeline's one-hot categories where serving counts unseen ones", () => {
    const { bytes, manifest } = fixture('penguins-sklearn-pipeline');
    const contract = servingContract(adaptImportedModel(bytes, manifest, penguins).model);
    expect([...contract.categories.island].sort()).toEqual(['Biscoe', 'Dream', 'Torgersen']);
    expect(unseenCategories(contract, [{ island: 'Biscoe' }, { island: 'Anvers' }])).toEqual([[], ['island']]);
  });

  it('refuses what it cannot serve, naming every input and output at fault', () => {
    const { bytes, manifest } = fixture('penguins-sklearn-pipeline');
    const fields = manifest.inputs.kind === 'per_field' ? manifest.inputs.fields : {};
    const wrong: ImportManifest = {
      ...manifest,
      inputs: {
        kind: 'per_field',
        fields: {
          ...Object.fromEntries(Object.entries(fields).filter(([input]) => input !== 'body_mass_g')),
          bill_length_mm: 'beakLength',
          bill_depth_mm: 'species',
          flipper: 'flipperLengthMm',
        },
      },
      outputs: { probabilities: 'probability' },
      classes: ['Adelie', 'Gentoo'],
    };
    const problems = refusal(() => adaptImportedModel(bytes, wrong, penguins));
    expect(problems).toEqual(
      expect.arrayContaining([
        { at: 'inputs.body_mass_g', message: 'is a graph input the manifest maps to no field' },
        { at: 'inputs.bill_length_mm', message: "maps to 'beakLength', which is not a field of dataset 'penguins'" },
        {
          at: 'inputs.bill_depth_mm',
          message: "maps to 'species', the dataset's label: a model may not read what it predicts",
        },
        {
          at: 'inputs.flipper',
          message: expect.stringContaining("names no input of the graph (its inputs: 'island', 'bill_length_mm'"),
        },
        {
          at: 'outputs.probabilities',
          message: "names no output of the graph (its outputs: 'label', 'probabilities')",
        },
      ]),
    );
    expect(problems.map((p) => p.at)).not.toContain('classes');
  });

  it('refuses probabilities as a ZipMap, saying how to convert without it', () => {
    const { manifest } = fixture('penguins-sklearn-pipeline');
    const zipmap = readFileSync(join(FIXTURES, 'penguins-sklearn-zipmap.onnx'));
    expect(
      refusal(() =>
        adaptImportedModel(
          zipmap,
          { ...manifest, outputs: { label: 'output_label', probabilities: 'output_probability' } },
          penguins,
        ),
      ),
    ).toEqual([
      {
        at: 'outputs.probabilities',
        message:
          "'output_probability' is a sequence of maps (ZipMap), not a tensor: convert the model without it (skl2onnx options {'zipmap': False}, onnxmltools zipmap=False)",
      },
    ]);
  });

  it('refuses a tensor of the wrong width, a regression without a value, and bytes that are no model', () => {
    const { bytes, manifest } = fixture('penguins-lightgbm');
    const narrow = {
      ...manifest,
      inputs: { kind: 'tensor' as const, name: 'measurements', fields: ['beakLengthMm', 'island'] },
    };
    expect(refusal(() => adaptImportedModel(bytes, narrow, penguins))).toEqual([
      { at: 'inputs.measurements', message: 'has shape [N, 4]; the manifest lists 2 fields for [N, 2]' },
      {
        at: 'inputs.measurements.1',
        message: "column 1 is 'island', a STRING field: a numeric tensor takes NUMBER or INTEGER fields",
      },
    ]);
    const regression = {
      ...manifest,
      task: 'regression' as const,
      classes: undefined,
      outputs: { probabilities: 'probabilities' },
    };
    expect(refusal(() => adaptImportedModel(bytes, regression, penguins)).map((p) => p.at)).toEqual([
      'outputs.value',
      'outputs.probabilities',
    ]);
    expect(refusal(() => adaptImportedModel(Buffer.from('not onnx at all'), manifest, penguins))[0].at).toBe('model');
    expect(refusal(() => adaptImportedModel(bytes, manifest, penguinsMass))).toContainEqual({
      at: 'datasetId',
      message: "is 'penguins', the spec given is of 'penguins-mass'",
    });
  });
});

function refusal(adapt: () => unknown): Array<{ at: string; message: string }> {
  try {
    adapt();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportedModelError);
    return [...(error as ImportedModelError).problems];
  }
  throw new Error('the import was not refused');
}
