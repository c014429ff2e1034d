import { DEFAULT_MONITORING_POLICY } from '../policies/monitoring-policy';
import { judgeQuality, type LabelledPrediction } from './quality-judgement';

/** 400 predictions per airport; at SFO the scores say nothing about the outcome. */
function window(): LabelledPrediction[] {
  return ['ORD', 'SFO', 'ATL'].flatMap((origin) =>
    Array.from({ length: 400 }, (_, i) => {
      const label = i % 4 === 0 ? 1 : 0;
      const score = origin === 'SFO' ? (i % 7) / 7 : label === 1 ? 0.6 + (i % 10) / 50 : 0.1 + (i % 10) / 50;
      return { task: 'binary', score, probabilities: null, label, inputs: { origin } };
    }),
  );
}

describe('quality judgement', () => {
  const policy = {
    ...DEFAULT_MONITORING_POLICY.quality,
    segmentFields: ['origin'],
    minSegmentSize: 200,
    floors: { auc: 0.7 },
  };

  it('reports the drop in the one segment where it happened', () => {
    const judgement = judgeQuality(window(), policy);
    expect(judgement.size).toBe(1_200);
    expect(judgement.segments.map((s) => s.segment)).toEqual(['origin=ATL', 'origin=ORD', 'origin=SFO']);
    expect(judgement.violations).toEqual([
      expect.objectContaining({ metric: 'auc', segment: 'origin=SFO', threshold: 0.7, sampleSize: 400 }),
    ]);
    expect(judgement.metrics.auc).toBeGreaterThan(0.7);
  });

  it('does not judge segments smaller than the minimum', () => {
    const judgement = judgeQuality(window(), { ...policy, minSegmentSize: 500 });
    expect(judgement.segments).toEqual([]);
    expect(judgement.violations).toEqual([]);
  });

  it('applies ceilings to error metrics', () => {
    const judgement = judgeQuality(window(), { ...policy, floors: {}, ceilings: { ece: 0.01 } });
    expect(judgement.violations.find((v) => v.segment === null)).toMatchObject({ metric: 'ece', threshold: 0.01 });
  });

  it('judges a regression window on its own metrics, a ceiling on RMSE firing', () => {
    const regression = Array.from({ length: 300 }, (_, i): LabelledPrediction => ({
      task: 'regression',
      score: i + (i % 2 === 0 ? 8 : -8),
      probabilities: null,
      label: i,
      inputs: {},
    }));
    const judgement = judgeQuality(regression, {
      ...policy,
      segmentFields: [],
      floors: { r2: 0.9 },
      ceilings: { rmse: 5 },
    });
    expect(judgement).toMatchObject({ task: 'regression', unjudged: {} });
    expect(judgement.metrics.rmse).toBeCloseTo(8);
    expect(judgement.violations).toEqual([
      expect.objectContaining({ metric: 'rmse', segment: null, measured: judgement.metrics.rmse, threshold: 5 }),
    ]);
  });

  it('judges a multi-class window by the classes its predictions name, counting outcomes of a class the model lacks', () => {
    const multiclass = Array.from({ length: 300 }, (_, i): LabelledPrediction => {
      const label = [0, 10, 20][i % 3];
      const probabilities = {
        '0': label === 0 ? 0.8 : 0.1,
        '10': label === 10 ? 0.8 : 0.1,
        '20': label === 20 ? 0.8 : 0.1,
      };
      return { task: 'multiclass', score: 0.8, probabilities, label: i === 0 ? 30 : label, inputs: {} };
    });
    const judgement = judgeQuality(multiclass, {
      ...policy,
      segmentFields: [],
      floors: { accuracy: 0.9, macro_f1: 0.99 },
    });
    expect(judgement).toMatchObject({ task: 'multiclass', size: 300, unjudged: { unknown_class: 1 } });
    expect(judgement.metrics).toMatchObject({ accuracy: 1, count: 299 });
    expect(judgement.violations).toEqual([]);
  });
});
