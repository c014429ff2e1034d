import { chunksOf, MAX_REQUEST_BYTES, recordBytes } from './event-publisher';

const message = (valueBytes: number) => ({
  key: 'flights',
  value: Buffer.alloc(valueBytes),
  headers: { ce_type: 'LabelObserved', ce_id: 'f48e300d-91f3-44c5-8339-fc611fffea7a' },
});

describe('chunksOf', () => {
  it("splits 5,000 labels of one dataset (an outbox relay's batch) into requests the broker takes, in order", () => {
    const messages = Array.from({ length: 5_000 }, () => message(55));
    const chunks = chunksOf(messages, MAX_REQUEST_BYTES);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(messages);
    for (const chunk of chunks)
      expect(chunk.reduce((sum, m) => sum + recordBytes(m), 0)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it('keeps a small batch in one request and gives a message larger than the bound a request of its own', () => {
    expect(chunksOf([message(10), message(10)], MAX_REQUEST_BYTES)).toHaveLength(1);
    const big = message(MAX_REQUEST_BYTES);
    expect(chunksOf([message(10), big, message(10)], MAX_REQUEST_BYTES).map((c) => c.length)).toEqual([1, 1, 1]);
  });
});
