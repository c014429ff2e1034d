import { DEFAULT_MONITORING_POLICY } from '../policies/monitoring-policy';
import { judgeQuality, type LabelledPrediction } from './quality-judgement';

/** 400 predictions per airport; at SFO the scores say nothing about the outcome. */
function window(): LabelledPrediction[] {
  return ['ORD', 'SFO', 'ATL'].flatMap((origin) => Array.from({ length: 400 }, (_, i) => {
    const label = i % 4 === 0 ? 1 : 0;
    const score = origin === 'SFO' ? (i % 7) / 7 : label === 1 ? 0.6 + (i % 10) / 50 : 0.1 + (i % 10) / 50;
    return { score, label, inputs: { origin } };
  }));
}

describe('quality judgement', () => {
  const policy = { ...DEFAULT_MONITORING_POLICY.quality, segmentFields: ['origin'], minSegmentSize: 200, floors: { auc: 0.7 } };

  it('reports the drop in the one segment where it happened', () => {
    const judgement = judgeQuality(window(), policy);
    expect(judgement.size).toBe(1_200);
    expect(judgement.segments.map((s) => s.segment)).toEqual(['origin=ATL', 'origin=ORD', 'origin=SFO']);
    expect(judgement.violations).toEqual([expect.objectContaining({ metric: 'auc', segment: 'origin=SFO', threshold: 0.7, sampleSize: 400 })]);
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
});
