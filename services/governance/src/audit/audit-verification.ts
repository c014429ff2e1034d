import { type ChainBreak, firstBreak, GENESIS_HASH, type ChainedEntry } from './audit-chain';
import { type SignedCheckpoints } from './signed-checkpoints';

const PAGE = 5_000;

/** What verification reads: the log in sequence order, one entry by number. */
export interface AuditLogReader {
  after(sequence: number, limit: number): Promise<ChainedEntry[]>;
  entry(sequence: number): Promise<ChainedEntry | null>;
}

export interface Verification {
  readonly ok: boolean;
  readonly entries: number;
  readonly headHash: string;
  /** The first bad entry, when the chain is broken. */
  readonly firstBreak: ChainBreak | null;
  /** Checkpoints compared, the first one the log no longer matches, and those not taken (not signed by governance). */
  readonly checkpoints: {
    readonly checked: number;
    readonly unverified: number;
    readonly mismatch: { sequence: number; expected: string; found: string | null } | null;
  };
}

/**
 * Walks the whole chain a page at a time, then compares checkpoints (heads governance signed and
 * published earlier) with the entries they name: a log rewritten and re-hashed from some entry on
 * still differs from them.
 */
export async function verifyAuditLog(
  log: AuditLogReader,
  { checkpoints, unverified }: SignedCheckpoints,
): Promise<Verification> {
  let previous = { sequence: 0, hash: GENESIS_HASH };
  let broken: ChainBreak | null = null;
  for (;;) {
    const page = await log.after(previous.sequence, PAGE);
    if (page.length === 0) break;
    broken = firstBreak(previous, page);
    if (broken) break;
    previous = page[page.length - 1];
  }
  let mismatch: Verification['checkpoints']['mismatch'] = null;
  for (const checkpoint of checkpoints) {
    const entry = await log.entry(checkpoint.sequence);
    if (entry?.hash !== checkpoint.headHash) {
      mismatch = { sequence: checkpoint.sequence, expected: checkpoint.headHash, found: entry?.hash ?? null };
      break;
    }
  }
  return {
    ok: !broken && !mismatch,
    entries: previous.sequence,
    headHash: previous.hash,
    firstBreak: broken,
    checkpoints: { checked: checkpoints.length, unverified, mismatch },
  };
}
