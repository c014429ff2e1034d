import { compareOutputs, descendantsOf, type ObservedEvent } from './replay-comparison';

const event = (
  id: string,
  causationId: string | null,
  type: string,
  timestamp: number,
  payload: Record<string, unknown> = {},
): ObservedEvent => ({ id, causationId, type, timestamp, payload });

describe('replay comparison', () => {
  it('keeps the outputs whose causes reach a replayed input, and nothing else', () => {
    const events = [
      event('r1', null, 'RecordIngested', 1),
      event('r2', null, 'RecordIngested', 2),
      event('other', null, 'RecordIngested', 3),
      event('s1', 'r2', 'SnapshotSealed', 4),
      event('v1', 's1', 'SnapshotValidated', 5),
      event('f1', 'v1', 'FeatureSetMaterialized', 6),
      event('s2', 'other', 'SnapshotSealed', 7),
      event('orphan', 'missing', 'TrainingRequested', 8),
    ];
    expect(descendantsOf(events, new Set(['r1', 'r2'])).map((e) => e.id)).toEqual(['s1', 'v1', 'f1']);
  });

  it('pairs each stage in order: the same model bytes match, a different snapshot and a missing run are named', () => {
    const model = (sha256: string) => ({ modelName: 'delay', model: { sha256 } });
    const original = [
      event('a', null, 'SnapshotSealed', 1, { datasetId: 'flights', snapshotId: 'aa', rowCount: 10 }),
      event('b', null, 'TrainingCompleted', 2, model('m1')),
      event('c', null, 'TrainingCompleted', 3, model('m2')),
    ];
    const replayed = [
      event('x', null, 'SnapshotSealed', 9, { datasetId: 'flights', snapshotId: 'ab', rowCount: 11 }),
      event('y', null, 'TrainingCompleted', 10, model('m1')),
    ];
    expect(compareOutputs(original, replayed)).toEqual([
      {
        type: 'SnapshotSealed',
        position: 1,
        original: 'flights snapshot aa (10 rows)',
        replayed: 'flights snapshot ab (11 rows)',
        same: false,
      },
      {
        type: 'TrainingCompleted',
        position: 1,
        original: 'delay: model sha256 m1',
        replayed: 'delay: model sha256 m1',
        same: true,
      },
      { type: 'TrainingCompleted', position: 2, original: 'delay: model sha256 m2', replayed: null, same: false },
    ]);
  });
});
