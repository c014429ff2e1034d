import { createHash } from 'node:crypto';
import { canonicalJson } from '@loopgate/artifacts';

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit entry says about one event: who, what, when, why (cause), in which run (correlation). */
export interface AuditFacts {
  readonly sequence: number;
  readonly eventId: string;
  readonly type: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly time: string;
  readonly source: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly subject: string | null;
  /** The event's payload as canonical JSON (sorted keys): the bytes the hash covers. */
  readonly payload: string;
}

export interface ChainedEntry extends AuditFacts {
  readonly prevHash: string;
  readonly hash: string;
}

/** sha256 of the previous entry's hash and this entry's facts: changing, removing or moving any entry breaks every hash after it. */
export function entryHash(prevHash: string, facts: AuditFacts): string {
  const {
    sequence,
    eventId,
    type,
    topic,
    partition,
    offset,
    time,
    source,
    actor,
    correlationId,
    causationId,
    subject,
    payload,
  } = facts;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        sequence,
        eventId,
        type,
        topic,
        partition,
        offset,
        time,
        source,
        actor,
        correlationId,
        causationId,
        subject,
        payload,
      }),
    )
    .digest('hex');
}

/** Chains new facts onto a head (sequence and hash of the last entry). */
export function chain(
  head: { sequence: number; hash: string },
  facts: ReadonlyArray<Omit<AuditFacts, 'sequence'>>,
): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prevHash = head.hash;
  let sequence = head.sequence;
  for (const fact of facts) {
    sequence++;
    const withSequence = { ...fact, sequence };
    const hash = entryHash(prevHash, withSequence);
    entries.push({ ...withSequence, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

export interface ChainBreak {
  readonly sequence: number;
  readonly reason: string;
}

/**
 * Checks a run of entries in sequence order against the entry before them (or the genesis): each must
 * follow the previous one's number, name its hash, and hash to what it says. The first entry that does
 * not is the first bad one.
 */
export function firstBreak(
  previous: { sequence: number; hash: string },
  entries: readonly ChainedEntry[],
): ChainBreak | null {
  let expected = previous;
  for (const entry of entries) {
    if (entry.sequence !== expected.sequence + 1) {
      return {
        sequence: expected.sequence + 1,
        reason: `entry ${expected.sequence + 1} is missing (the next entry is ${entry.sequence}): removed`,
      };
    }
    if (entry.prevHash !== expected.hash)
      return {
        sequence: entry.sequence,
        reason: `entry ${entry.sequence} does not chain to entry ${expected.sequence}: removed, inserted or reordered`,
      };
    if (entryHash(entry.prevHash, entry) !== entry.hash)
      return {
        sequence: entry.sequence,
        reason: `entry ${entry.sequence} does not hash to its recorded hash: altered`,
      };
    expected = entry;
  }
  return null;
}
