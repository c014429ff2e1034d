import { type DatasetSpecRegistered, type FieldType } from '@loopgate/contracts';
import { type FieldProblem, type ServingContract } from '@loopgate/ml';
import { LoopgateError } from '@loopgate/errors';
import { identifiesRowsByContent, rowIdOf } from '@loopgate/dataset-specs';

/** The key callers route a row by (canary split, events): any row may carry it besides the spec's fields. */
export const ROUTING_KEY = 'entityId';

/**
 * What a row sent to a model must look like, from the spec of the dataset the model scores: serving
 * refuses a row it would otherwise have to guess about (a missing field imputed, a field of another
 * dataset ignored).
 */
export interface RowContract {
  readonly datasetId: string;
  readonly specVersion: number;
  /** The platform's __row_id for a dataset without ids: a row is then identified by its content. */
  readonly entityKey: string;
  readonly labelField: string | null;
  /** Every field a row may carry: the spec's fields, its label and the routing key. */
  readonly known: ReadonlySet<string>;
  /** Fields each row must carry: what the model reads, and the segment and sensitive fields monitoring groups by. */
  readonly required: readonly string[];
  /** The spec's type of every field. */
  readonly types: Readonly<Record<string, FieldType>>;
  /** The segment and sensitive fields, carried with each prediction whether the model reads them or not. */
  readonly carried: readonly string[];
  /** Of the required fields, those the spec lets be null: missing or null, they reach the model as null and it imputes them. */
  readonly nullable: ReadonlySet<string>;
}

export class ContractMismatchError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'serving.contract_mismatch', message, kind: 'invalid' });
  }
}

/** The contract of a model's rows; a model that reads a field its dataset does not have cannot be served. */
export function rowContractOf(model: ServingContract, spec: DatasetSpecRegistered): RowContract {
  const fields = new Map(spec.fields.map((f) => [f.name, f]));
  const foreign = model.inputs.filter((i) => !fields.has(i.name)).map((i) => i.name);
  if (foreign.length > 0) {
    throw new ContractMismatchError(
      `the model reads ${foreign.map((f) => `'${f}'`).join(', ')}, which spec v${spec.version} of dataset '${spec.datasetId}' does not declare`,
    );
  }
  const required = [
    ...new Set([...model.inputs.map((i) => i.name), ...spec.segmentFields, ...spec.sensitiveFields]),
  ].filter((name) => fields.has(name));
  return {
    datasetId: spec.datasetId,
    specVersion: spec.version,
    entityKey: spec.entityKey,
    labelField: spec.labelField,
    known: new Set([...fields.keys(), ROUTING_KEY]),
    required,
    types: Object.fromEntries(spec.fields.map((f) => [f.name, f.type])),
    carried: [...new Set([...spec.segmentFields, ...spec.sensitiveFields])].filter((name) => fields.has(name)),
    nullable: new Set(required.filter((name) => fields.get(name)!.nullable)),
  };
}

/** The entity a row is about: the routing key when sent, else the spec's entity key, else (a dataset without ids) the row's content. */
export function entityOf(contract: RowContract, row: Readonly<Record<string, unknown>>): string | null {
  if (row[ROUTING_KEY] === undefined && identifiesRowsByContent(contract)) {
    const { [ROUTING_KEY]: _routing, ...content } = row;
    return rowIdOf(content, contract.labelField);
  }
  const id = row[ROUTING_KEY] ?? row[contract.entityKey];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** Every field of every row that breaks the contract: unknown, or missing or null where the spec does not allow null. */
export function rowProblems(
  contract: RowContract,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  rows.forEach((row, i) => {
    for (const field in row) {
      if (!contract.known.has(field))
        problems.push({
          row: i,
          field,
          problem: `is no field of dataset '${contract.datasetId}' (spec v${contract.specVersion})`,
        });
    }
    for (const field of contract.required) {
      const value = row[field];
      if ((value === undefined || value === null) && !contract.nullable.has(field)) {
        problems.push({
          row: i,
          field,
          problem: `is ${value === null ? 'null' : 'missing'}, and the spec does not declare it nullable`,
        });
      }
    }
  });
  return problems;
}
