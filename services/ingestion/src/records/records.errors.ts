import { LoopgateError } from '@loopgate/errors';

export interface RowProblem {
  /** Index of the record in the request, or null for a problem with the request itself. */
  readonly row: number | null;
  readonly field: string;
  readonly message: string;
}

const LISTED_PROBLEMS = 1_000;

export class InvalidRecordsError extends LoopgateError {
  constructor(readonly problems: RowProblem[]) {
    const rows = new Set(problems.map((p) => p.row)).size;
    const listed = problems.slice(0, LISTED_PROBLEMS);
    super({
      code: 'ingestion.invalid_records',
      message: `${problems.length} problem(s) in ${rows} place(s)${problems.length > listed.length ? ` (the first ${listed.length} are listed)` : ''}; nothing was accepted`,
      kind: 'invalid',
      details: { problems: listed, total: problems.length },
    });
  }
}

export class TooManyRecordsError extends LoopgateError {
  constructor(count: number, limit: number) {
    super({
      code: 'ingestion.too_many_records',
      message: `${count} records in one request; the limit is ${limit}`,
      kind: 'invalid',
      details: { count, limit },
    });
  }
}

/** 503: the outbox holds more unpublished events than INGEST_MAX_OUTBOX_BACKLOG; nothing was accepted. */
export class IngestionBackloggedError extends LoopgateError {
  constructor(backlog: number, limit: number) {
    super({
      code: 'ingestion.backlogged',
      message: `${backlog} accepted records are still waiting to be published (more than INGEST_MAX_OUTBOX_BACKLOG, ${limit}); nothing of this request was accepted, send it again shortly`,
      kind: 'unavailable',
      details: { backlog, limit, retryAfterSeconds: 5 },
    });
  }
}
