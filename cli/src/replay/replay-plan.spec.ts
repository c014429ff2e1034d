import { planReplay } from './replay-plan';

describe('planReplay', () => {
  it('runs the whole data-to-registry pipeline for records, with the decisions made outside it as context', () => {
    expect(planReplay(['ingest.records', 'ingest.labels'])).toEqual({
      inputs: ['ingest.records', 'ingest.labels'],
      stages: ['ingestion', 'validation', 'features', 'training', 'registry'],
      context: ['loadtest.results', 'monitoring.signals', 'governance.decisions'],
    });
  });

  it('runs training and the registry for training sets, with the specs, snapshots and data verdicts they read copied', () => {
    expect(planReplay(['features.sets'])).toEqual({
      inputs: ['features.sets'],
      stages: ['training', 'registry'],
      context: [
        'ingest.specs',
        'ingest.snapshots',
        'validation.reports',
        'loadtest.results',
        'monitoring.signals',
        'governance.decisions',
      ],
    });
  });

  it('runs only the stages asked for, with what they read from the others as context', () => {
    expect(planReplay(['features.sets'], ['training'])).toEqual({
      inputs: ['features.sets'],
      stages: ['training'],
      context: ['ingest.specs', 'ingest.snapshots', 'validation.reports', 'monitoring.signals'],
    });
    expect(() => planReplay(['features.sets'], ['ingestion'])).toThrow(
      /ingestion is not reached by features.sets \(reached: training, registry\)/,
    );
  });

  it('refuses a topic the catalog does not have, or one no stage reads', () => {
    expect(() => planReplay(['ingest.nope'])).toThrow(/not in the topic catalog: ingest.nope/);
    expect(() => planReplay(['serving.batches'])).toThrow(/no replayable stage/);
  });
});
