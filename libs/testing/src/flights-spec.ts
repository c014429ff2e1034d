import { randomBytes } from 'node:crypto';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { FLIGHTS_SPEC } from '@loopgate/datasets';

/**
 * FLIGHTS_SPEC as ingestion announces it (its defaults filled in), for tests that start a consumer of
 * ingest.specs without ingestion.
 */
export function announcedFlightsSpec(overrides: Partial<DatasetSpecRegistered> = {}): DatasetSpecRegistered {
  return {
    datasetId: 'flights', version: 1, specHash: randomBytes(32).toString('hex'),
    fields: FLIGHTS_SPEC.fields.map((f) => ({ name: f.name, type: f.type, nullable: 'nullable' in f ? f.nullable : false, min: 'min' in f ? f.min : null, max: 'max' in f ? f.max : null, allowedValues: null })),
    entityKey: FLIGHTS_SPEC.entityKey, eventTimeField: FLIGHTS_SPEC.eventTimeField, labelField: FLIGHTS_SPEC.labelField,
    segmentFields: [...FLIGHTS_SPEC.segmentFields], sensitiveFields: [],
    freshnessSlaMs: null, sealing: { maxRows: null, windowMs: null },
    checks: { maxViolationRate: 0.01, maxNullRate: 0.05, maxDuplicateRate: 0.01, maxMissingLabelRate: 0.5, minClassShare: 0.02, psiWarn: 0.1, psiFail: 0.25, minRowsForShift: 1000 },
    ...overrides,
  };
}
