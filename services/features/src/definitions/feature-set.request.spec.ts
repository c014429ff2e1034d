import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { featureSetRequestOf } from './feature-set.request';
import { registerFeatureSet } from './feature-sets.routes';

const register = (body: unknown) => parseRouteInput(registerFeatureSet, { params: {}, query: {}, body }).body;
const problemsOf = (body: unknown) => {
  try {
    register(body);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems.map((p) => `${p.in} ${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('accepted');
};

describe('feature set request', () => {
  it('takes its example, as a dataset and the definition it versions', () => {
    const { datasetId, definition } = featureSetRequestOf(register(registerFeatureSet.example));
    expect(datasetId).toBe('flights');
    expect(definition.featureSetId).toBe('flights-delay');
    expect(definition.features.map((f) => f.kind)).toEqual(['numeric', 'categorical', 'datetime']);
  });

  it('names every problem of the shape in one answer, each with its path', () => {
    expect(
      problemsOf({
        featureSetId: 'X!',
        datasetId: 'accounts',
        features: [
          { kind: 'numeric', name: 'b', source: 'balance' },
          { kind: 'bucket', name: 'c', source: 'c', boundaries: [2, 1] },
        ],
      }),
    ).toEqual([
      'body featureSetId: a feature set id is 1-128 lower-case letters, digits, dot, dash or underscore',
      expect.stringMatching(/^body features\.0\.impute: /),
      'body features.1.boundaries: boundaries must be strictly ascending',
    ]);
    expect(
      problemsOf({ featureSetId: 'x', datasetId: 'accounts', features: [{ kind: 'text', name: 'b', source: 'b' }] }),
    ).toEqual([expect.stringMatching(/^body features\.0\.kind: /)]);
  });
});
