import { randomBytes } from 'node:crypto';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { FLIGHTS_SPEC, PENGUINS_SPEC } from '@loopgate/datasets';

/** A spec as a team declares it: the fields' and the spec's defaults left out. */
interface DeclaredSpec {
  readonly fields: ReadonlyArray<{
    readonly name: string;
    readonly type: DatasetSpecRegistered['fields'][number]['type'];
    readonly nullable?: boolean;
    readonly min?: number;
    readonly max?: number;
    readonly allowedValues?: readonly string[];
  }>;
  readonly entityKey?: string;
  readonly eventTimeField?: string;
  readonly labelField?: string;
  readonly segmentFields?: readonly string[];
  readonly sensitiveFields?: readonly string[];
}

/** A declared spec as ingestion announces it (its defaults filled in), for tests that start a consumer of ingest.specs without ingestion. */
export function announcedSpec(
  datasetId: string,
  spec: DeclaredSpec,
  overrides: Partial<DatasetSpecRegistered> = {},
): DatasetSpecRegistered {
  return {
    datasetId,
    version: 1,
    specHash: randomBytes(32).toString('hex'),
    fields: spec.fields.map((f) => ({
      name: f.name,
      type: f.type,
      nullable: f.nullable ?? false,
      min: f.min ?? null,
      max: f.max ?? null,
      allowedValues: f.allowedValues ? [...f.allowedValues] : null,
    })),
    entityKey: spec.entityKey ?? ROW_ID_FIELD,
    eventTimeField: spec.eventTimeField ?? ARRIVAL_TIME_FIELD,
    labelField: spec.labelField ?? null,
    segmentFields: [...(spec.segmentFields ?? [])],
    sensitiveFields: [...(spec.sensitiveFields ?? [])],
    freshnessSlaMs: null,
    sealing: { maxRows: null, windowMs: null },
    checks: {
      maxViolationRate: 0.01,
      maxNullRate: 0.05,
      maxDuplicateRate: 0.01,
      maxMissingLabelRate: 0.5,
      minClassShare: 0.02,
      psiWarn: 0.1,
      psiFail: 0.25,
      minRowsForShift: 1000,
    },
    ...overrides,
  };
}

export function announcedFlightsSpec(overrides: Partial<DatasetSpecRegistered> = {}): DatasetSpecRegistered {
  return announcedSpec('flights', FLIGHTS_SPEC, overrides);
}

export function announcedPenguinsSpec(overrides: Partial<DatasetSpecRegistered> = {}): DatasetSpecRegistered {
  return announcedSpec('penguins', PENGUINS_SPEC, overrides);
}
