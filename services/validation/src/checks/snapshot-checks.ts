import { type CheckResult, type CheckStatus, type DatasetSpecRegistered, type FieldSpec } from '@loopgate/contracts';
import { datesRowsByArrival, platformColumnsOf } from '@loopgate/dataset-specs';
import { columnPsi, type ColumnProfile, type Row } from './column-profile';

export type DatasetSpec = DatasetSpecRegistered;

/** What the last accepted snapshot of the dataset looked like: the baseline for schema and shift checks. */
export interface AcceptedBaseline {
  readonly snapshotId: string;
  readonly schemaFingerprint: string;
  readonly profiles: Record<string, ColumnProfile>;
}

export interface CheckInput {
  readonly spec: DatasetSpec;
  readonly rows: readonly Row[];
  readonly schemaFingerprint: string;
  readonly eventTimeTo: number;
  readonly now: number;
  readonly baseline: AcceptedBaseline | null;
}

/** Every data-contract check of a snapshot, each with what it measured and the threshold it used. */
export function runChecks(input: CheckInput): CheckResult[] {
  const { spec } = input;
  const fresh = freshness(input);
  return [
    ...schemaChecks(input),
    ...spec.fields.flatMap((field) => fieldChecks(field, input)),
    duplicates(input),
    ...(fresh ? [fresh] : []),
    ...labelChecks(input),
    ...shiftChecks(input),
  ];
}

export function verdictOf(results: readonly CheckResult[]): 'PASS' | 'WARN' | 'FAIL' {
  if (results.some((r) => r.status === 'FAIL')) return 'FAIL';
  return results.some((r) => r.status === 'WARN') ? 'WARN' : 'PASS';
}

const result = (
  check: string,
  field: string | null,
  status: CheckStatus,
  measured: number | null,
  threshold: number | null,
  detail: string,
): CheckResult => ({
  check,
  field,
  status,
  measured,
  threshold,
  detail,
});

const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function schemaChecks({ spec, rows, schemaFingerprint, baseline }: CheckInput): CheckResult[] {
  const expected = new Set([...platformColumnsOf(spec), ...spec.fields.map((f) => f.name)]);
  const present = new Map<string, number>();
  for (const row of rows) for (const key of Object.keys(row)) present.set(key, (present.get(key) ?? 0) + 1);
  const results: CheckResult[] = [];
  for (const name of expected) {
    const missing = share(rows.length - (present.get(name) ?? 0), rows.length);
    results.push(
      result(
        'schema.missing_column',
        name,
        missing > 0 ? 'FAIL' : 'PASS',
        missing,
        0,
        missing > 0 ? `column is absent from ${pct(missing)} of rows` : 'present in every row',
      ),
    );
  }
  for (const [name, count] of present) {
    if (!expected.has(name))
      results.push(
        result('schema.extra_column', name, 'FAIL', share(count, rows.length), 0, 'column is not in the dataset spec'),
      );
  }
  if (baseline && baseline.schemaFingerprint !== schemaFingerprint) {
    results.push(
      result(
        'schema.changed_since_accepted',
        null,
        'WARN',
        null,
        null,
        `column names or types differ from the last accepted snapshot ${baseline.snapshotId.slice(0, 12)}`,
      ),
    );
  }
  return results;
}

function matchesType(field: FieldSpec, value: unknown): boolean {
  switch (field.type) {
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value);
    case 'INTEGER':
    case 'TIMESTAMP':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'STRING':
      return typeof value === 'string';
    case 'BOOLEAN':
      return typeof value === 'boolean';
  }
}

function fieldChecks(field: FieldSpec, { spec, rows }: CheckInput): CheckResult[] {
  const { maxViolationRate, maxNullRate } = spec.checks;
  let nulls = 0;
  let wrongType = 0;
  let outOfRange = 0;
  let notAllowed = 0;
  const allowed = field.allowedValues ? new Set(field.allowedValues) : null;
  let absent = 0;
  for (const row of rows) {
    const value = row[field.name];
    if (value === undefined) {
      absent++; // reported once, by schema.missing_column
      continue;
    }
    if (value === null) {
      nulls++;
      continue;
    }
    if (!matchesType(field, value)) {
      wrongType++;
      continue;
    }
    if (
      typeof value === 'number' &&
      ((field.min !== null && value < field.min) || (field.max !== null && value > field.max))
    )
      outOfRange++;
    if (allowed && !allowed.has(value as string)) notAllowed++;
  }
  if (absent === rows.length) return [];
  const nonNull = rows.length - absent - nulls;
  const results: CheckResult[] = [];
  const typeShare = share(wrongType, nonNull);
  results.push(
    result(
      'schema.type',
      field.name,
      typeShare > maxViolationRate ? 'FAIL' : 'PASS',
      typeShare,
      maxViolationRate,
      `${pct(typeShare)} of values are not ${field.type}`,
    ),
  );
  // A label's nulls are rows still waiting for it: label.missing_rate measures them, with its own threshold.
  if (field.name !== spec.labelField) results.push(nullRate(field, share(nulls, rows.length - absent), maxNullRate));
  if (field.min !== null || field.max !== null) {
    const rangeShare = share(outOfRange, nonNull - wrongType);
    results.push(
      result(
        'range',
        field.name,
        rangeShare > maxViolationRate ? 'FAIL' : 'PASS',
        rangeShare,
        maxViolationRate,
        `${pct(rangeShare)} outside [${field.min ?? '-inf'}, ${field.max ?? 'inf'}]`,
      ),
    );
  }
  if (allowed) {
    const allowedShare = share(notAllowed, nonNull - wrongType);
    results.push(
      result(
        'allowed_values',
        field.name,
        allowedShare > maxViolationRate ? 'FAIL' : 'PASS',
        allowedShare,
        maxViolationRate,
        `${pct(allowedShare)} outside the allowed values`,
      ),
    );
  }
  return results;
}

/** Rows that repeat an earlier one: same entity at the same time, or, in a table without a clock, the same entity (same content when it has no ids either). */
function nullRate(field: FieldSpec, nullShare: number, maxNullRate: number): CheckResult {
  if (!field.nullable)
    return result(
      'null_rate',
      field.name,
      nullShare > 0 ? 'FAIL' : 'PASS',
      nullShare,
      0,
      `${pct(nullShare)} null in a required column`,
    );
  return result(
    'null_rate',
    field.name,
    nullShare > maxNullRate ? 'WARN' : 'PASS',
    nullShare,
    maxNullRate,
    `${pct(nullShare)} null`,
  );
}

function duplicates({ spec, rows }: CheckInput): CheckResult {
  const seen = new Set<string>();
  let repeats = 0;
  const entity = spec.entityKey;
  // Arrival times tell nothing about sameness: in a table without a clock a repeat is the same entity.
  const time = datesRowsByArrival(spec) ? null : spec.eventTimeField;
  for (const row of rows) {
    const key = time === null ? String(row[entity]) : `${String(row[entity])}\u0000${String(row[time])}`;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  const measured = share(repeats, rows.length);
  const threshold = spec.checks.maxDuplicateRate;
  return result(
    'duplicates',
    null,
    measured > threshold ? 'FAIL' : 'PASS',
    measured,
    threshold,
    `${pct(measured)} of rows repeat an earlier (${time === null ? entity : `${entity}, ${time}`})`,
  );
}

function freshness({ spec, eventTimeTo, now }: CheckInput): CheckResult | null {
  if (spec.freshnessSlaMs === null) return null;
  const age = now - eventTimeTo;
  const hours = (ms: number) => `${(ms / 3_600_000).toFixed(1)} h`;
  return result(
    'freshness',
    spec.eventTimeField,
    age > spec.freshnessSlaMs ? 'FAIL' : 'PASS',
    age,
    spec.freshnessSlaMs,
    `newest event is ${hours(age)} old; the SLA allows ${hours(spec.freshnessSlaMs)}`,
  );
}

function labelChecks({ spec, rows }: CheckInput): CheckResult[] {
  if (spec.labelField === null) return [];
  const labels = rows
    .map((r) => r[spec.labelField!])
    .filter((v) => v !== null && v !== undefined)
    .map((v) => (typeof v === 'boolean' ? Number(v) : v));
  const missing = share(rows.length - labels.length, rows.length);
  const results = [
    result(
      'label.missing_rate',
      spec.labelField,
      missing > spec.checks.maxMissingLabelRate ? 'FAIL' : 'PASS',
      missing,
      spec.checks.maxMissingLabelRate,
      `${pct(missing)} of rows have no label`,
    ),
  ];
  const binary = labels.length > 0 && labels.every((l) => l === 0 || l === 1);
  if (binary) {
    const positives = labels.filter((l) => l === 1).length;
    const minority = Math.min(positives, labels.length - positives) / labels.length;
    const threshold = spec.checks.minClassShare;
    results.push(
      result(
        'label.class_balance',
        spec.labelField,
        minority < threshold ? 'FAIL' : 'PASS',
        minority,
        threshold,
        `the rarer class is ${pct(minority)} of labelled rows`,
      ),
    );
  }
  return results;
}

function shiftChecks({ spec, rows, baseline }: CheckInput): CheckResult[] {
  if (!baseline) return [];
  const { psiWarn, psiFail, minRowsForShift } = spec.checks;
  return spec.fields.flatMap((field) => {
    const reference = baseline.profiles[field.name];
    // Identifiers and event times differ by nature from one snapshot to the next: no shift to measure there. The label is monitoring's to judge.
    if (!reference || [spec.entityKey, spec.eventTimeField, spec.labelField].includes(field.name)) return [];
    const { psi, count } = columnPsi(field, reference, rows);
    if (reference.count < minRowsForShift || count < minRowsForShift) {
      return [
        result(
          'shift.psi',
          field.name,
          'PASS',
          null,
          psiFail,
          `not measured: fewer than ${minRowsForShift} values in one of the snapshots`,
        ),
      ];
    }
    const status: CheckStatus = psi >= psiFail ? 'FAIL' : psi >= psiWarn ? 'WARN' : 'PASS';
    return [
      result(
        'shift.psi',
        field.name,
        status,
        psi,
        status === 'WARN' ? psiWarn : psiFail,
        `PSI ${psi.toFixed(3)} against snapshot ${baseline.snapshotId.slice(0, 12)}`,
      ),
    ];
  });
}
