import { parseReplayOptions } from './replay-options';

const env = { LOOPGATE_TOKEN: 't', ARTIFACT_STORE_URI: 'file:///tmp/a' };

describe('parseReplayOptions', () => {
  it('reads a time range, sources and defaults', () => {
    const options = parseReplayOptions(
      [
        '--from',
        '2026-11-28T10:00:00Z',
        '--to',
        '1764330000000',
        '--source',
        'training=http://t:1/',
        '--namespace',
        'replay-a',
        '--keep',
      ],
      env,
    );
    expect(options).toMatchObject({
      topics: ['ingest.records', 'ingest.labels'],
      from: { time: Date.parse('2026-11-28T10:00:00Z') },
      to: { time: 1_764_330_000_000 },
      namespace: 'replay-a',
      keep: true,
      json: false,
      idleMs: 5_000,
      sourceToken: 't',
      stages: null,
    });
    expect(options.sources).toMatchObject({ training: 'http://t:1', ingestion: 'http://127.0.0.1:3001' });
  });

  it('reads offsets for one topic', () => {
    expect(parseReplayOptions(['--topics', 'features.sets', '--from', '0:12', '--to', '0:14'], env)).toMatchObject({
      from: { offsets: { 0: '12' } },
      to: { offsets: { 0: '14' } },
    });
  });

  it('says what is wrong', () => {
    expect(() => parseReplayOptions(['--from', 'yesterday'], env)).toThrow(/--from is an ISO time/);
    expect(() => parseReplayOptions(['--from', '0:1'], env)).toThrow(/offsets name the partitions of one topic/);
    expect(() => parseReplayOptions(['--colour', 'red'], env)).toThrow(/unknown option --colour/);
    expect(() => parseReplayOptions(['--stages', 'training,serving'], env)).toThrow(
      /--stages takes stages of .*; got serving/,
    );
    expect(() => parseReplayOptions(['--source', 'serving=http://x'], env)).toThrow(/--source takes <stage>=<url>/);
    expect(() => parseReplayOptions([], { ARTIFACT_STORE_URI: 'x' })).toThrow(/LOOPGATE_TOKEN is not set/);
  });
});
