import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { type FeatureDefinition, type Row, sourcesOf } from '@loopgate/ml';

/** The columns of a training set file: entity, event time, the columns features and evaluation read, then the label. */
export interface TrainingSetLayout {
  readonly entityKey: string;
  readonly eventTimeField: string;
  readonly labelField: string;
  readonly columns: readonly string[];
}

/** An outcome of an entity at a time: the label of a row, or one observed later for it. */
export interface LabelEvent {
  readonly entityId: string;
  readonly eventTime: number;
  /** A number, 0/1 for a boolean, or a class name. */
  readonly label: number | string;
}

/** A row of the offline store: what was known about an entity at a time (label excluded). */
export interface FeatureRow {
  readonly entityId: string;
  readonly eventTime: number;
  readonly values: Row;
}

export function layoutOf(spec: DatasetSpecRegistered, definition: FeatureDefinition): TrainingSetLayout {
  if (spec.labelField === null)
    throw new Error(`dataset '${spec.datasetId}' declares no label: it cannot give a training set`);
  const { entityKey, eventTimeField } = spec;
  const reserved = new Set([entityKey, eventTimeField, spec.labelField]);
  const columns = [...new Set([...sourcesOf(definition).keys(), ...spec.segmentFields, ...spec.sensitiveFields])]
    .filter((c) => !reserved.has(c))
    .sort();
  return { entityKey, eventTimeField, labelField: spec.labelField, columns };
}

export function featureRowsOf(rows: readonly Row[], spec: DatasetSpecRegistered): FeatureRow[] {
  return rows.map((row) => {
    const values: Record<string, unknown> = { ...row };
    if (spec.labelField !== null) delete values[spec.labelField];
    return { entityId: String(row[spec.entityKey]), eventTime: Number(row[spec.eventTimeField]), values };
  });
}

/** Each row's own label where it has one, and for the rest the labels observed separately. */
export function labelEventsOf(
  rows: readonly Row[],
  observed: readonly LabelEvent[],
  spec: DatasetSpecRegistered,
): LabelEvent[] {
  const events = new Map<string, LabelEvent>();
  const labelField = spec.labelField;
  if (labelField === null) return [];
  for (const row of rows) {
    const label = labelOf(row[labelField]);
    if (label === null) continue;
    const event = { entityId: String(row[spec.entityKey]), eventTime: Number(row[spec.eventTimeField]), label };
    events.set(keyOf(event), event);
  }
  for (const event of observed) if (!events.has(keyOf(event))) events.set(keyOf(event), event);
  return [...events.values()];
}

function labelOf(value: unknown): number | string | null {
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return typeof value === 'string' ? value : null;
}

export function keyOf(at: { readonly entityId: string; readonly eventTime: number }): string {
  return `${at.entityId}\u0000${at.eventTime}`;
}

/**
 * The training set as canonical JSON lines, sorted by event time then entity: each label with the
 * features its entity had at the label's event time (`features` null when none were known: left out).
 */
export function writeTrainingSet(
  layout: TrainingSetLayout,
  joined: ReadonlyArray<{ label: LabelEvent; features: Row | null }>,
): { bytes: Buffer; rows: Row[]; labelsWithoutFeatures: number } {
  const rows: Row[] = [];
  let labelsWithoutFeatures = 0;
  const ordered = [...joined].sort(
    (a, b) =>
      a.label.eventTime - b.label.eventTime ||
      (a.label.entityId < b.label.entityId ? -1 : a.label.entityId > b.label.entityId ? 1 : 0),
  );
  for (const { label, features } of ordered) {
    if (features === null) {
      labelsWithoutFeatures++;
      continue;
    }
    const row: Record<string, unknown> = {
      [layout.entityKey]: label.entityId,
      [layout.eventTimeField]: label.eventTime,
    };
    for (const column of layout.columns) row[column] = features[column] ?? null;
    row[layout.labelField] = label.label;
    rows.push(row);
  }
  return { bytes: Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join('')), rows, labelsWithoutFeatures };
}
