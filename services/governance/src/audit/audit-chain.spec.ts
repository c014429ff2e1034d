import { chain, firstBreak, GENESIS_HASH, type ChainedEntry } from './audit-chain';

const fact = (n: number) => ({
  eventId: `e${n}`,
  type: 'SnapshotSealed',
  topic: 'ingest.snapshots',
  partition: 0,
  offset: String(n),
  time: `2026-11-28T10:00:0${n}.000Z`,
  source: 'ingestion@0.1.0',
  actor: 'ingestion',
  correlationId: 'c',
  causationId: null,
  subject: 'flights',
  payload: `{"rowCount":${n}}`,
});
const genesis = { sequence: 0, hash: GENESIS_HASH };

describe('audit hash chain', () => {
  const entries = chain(genesis, [1, 2, 3, 4].map(fact));

  it('numbers entries from 1 and chains each to the one before', () => {
    expect(entries.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(entries[0].prevHash).toBe(GENESIS_HASH);
    expect(entries[2].prevHash).toBe(entries[1].hash);
    expect(firstBreak(genesis, entries)).toBeNull();
  });

  it('gives the same hashes for the same facts', () => {
    expect(chain(genesis, [1, 2, 3, 4].map(fact)).map((e) => e.hash)).toEqual(entries.map((e) => e.hash));
  });

  it('names an altered entry', () => {
    const altered: ChainedEntry[] = entries.map((e) => (e.sequence === 3 ? { ...e, payload: '{"rowCount":300}' } : e));
    expect(firstBreak(genesis, altered)).toEqual({
      sequence: 3,
      reason: 'entry 3 does not hash to its recorded hash: altered',
    });
  });

  it('names a removed entry', () => {
    expect(
      firstBreak(
        genesis,
        entries.filter((e) => e.sequence !== 2),
      ),
    ).toMatchObject({ sequence: 2, reason: expect.stringContaining('removed') });
  });

  it('names reordered entries, even renumbered', () => {
    const swapped = [entries[0], { ...entries[2], sequence: 2 }, { ...entries[1], sequence: 3 }, entries[3]];
    expect(firstBreak(genesis, swapped)).toMatchObject({
      sequence: 2,
      reason: expect.stringContaining('does not chain'),
    });
  });

  it('continues from a head', () => {
    const more = chain(entries[3], [fact(5)]);
    expect(more[0]).toMatchObject({ sequence: 5, prevHash: entries[3].hash });
    expect(firstBreak(entries[3], more)).toBeNull();
  });
});
