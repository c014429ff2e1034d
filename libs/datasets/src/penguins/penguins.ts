import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type IngestionComponents } from '@loopgate/client';

type DatasetSpecRequest = IngestionComponents['schemas']['DatasetSpecRequest'];

/** One real penguin of the Palmer Archipelago (vega-datasets' penguins.json): a static table, no id, no clock. */
export interface Penguin {
  readonly species: string;
  readonly island: string;
  readonly beakLengthMm: number | null;
  readonly beakDepthMm: number | null;
  readonly flipperLengthMm: number | null;
  readonly bodyMassG: number | null;
  /** MALE, FEMALE, null when unknown; one row of the file has '.' (kept: validation counts it). */
  readonly sex: string | null;
}

interface PenguinsJsonRow {
  readonly Species: string;
  readonly Island: string;
  readonly 'Beak Length (mm)': number | null;
  readonly 'Beak Depth (mm)': number | null;
  readonly 'Flipper Length (mm)': number | null;
  readonly 'Body Mass (g)': number | null;
  readonly Sex: string | null;
}

/** All 344 penguins, in file order (the package exports no data paths: its data directory sits beside build/). */
export async function readPenguins(): Promise<Penguin[]> {
  const rows = JSON.parse(
    await readFile(join(dirname(require.resolve('vega-datasets')), '..', 'data', 'penguins.json'), 'utf8'),
  ) as PenguinsJsonRow[];
  return rows.map((r) => ({
    species: r.Species,
    island: r.Island,
    beakLengthMm: r['Beak Length (mm)'],
    beakDepthMm: r['Beak Depth (mm)'],
    flipperLengthMm: r['Flipper Length (mm)'],
    bodyMassG: r['Body Mass (g)'],
    sex: r.Sex,
  }));
}

/**
 * The penguins dataset as Loopgate declares it (the body of POST /v1/datasets/penguins/specs): no
 * entity key and no event time, so ingestion identifies each row by its content and dates it by its
 * arrival; the label is a class name, its classes the allowed values; sex is the sensitive field.
 */
export const PENGUINS_SPEC = {
  fields: [
    { name: 'species', type: 'STRING', allowedValues: ['Adelie', 'Chinstrap', 'Gentoo'] },
    { name: 'island', type: 'STRING', allowedValues: ['Biscoe', 'Dream', 'Torgersen'] },
    { name: 'beakLengthMm', type: 'NUMBER', nullable: true, min: 0, max: 100 },
    { name: 'beakDepthMm', type: 'NUMBER', nullable: true, min: 0, max: 50 },
    { name: 'flipperLengthMm', type: 'NUMBER', nullable: true, min: 0, max: 300 },
    { name: 'bodyMassG', type: 'NUMBER', nullable: true, min: 0, max: 10_000 },
    { name: 'sex', type: 'STRING', nullable: true, allowedValues: ['FEMALE', 'MALE'] },
  ],
  labelField: 'species',
  segmentFields: ['island'],
  sensitiveFields: ['sex'],
} satisfies DatasetSpecRequest;
