import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { promote } from './promotions.routes';

const params = { modelName: 'delay', version: '2' };
const problemsOf = (body: unknown, version = '2'): InvalidRequestError['problems'] => {
  try {
    parseRouteInput(promote, { params: { ...params, version }, query: {}, body });
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems;
    throw error;
  }
  throw new Error('accepted');
};

describe('promotion request', () => {
  it('takes the version as a number and fills the defaults', () => {
    const input = parseRouteInput(promote, {
      params,
      query: {},
      body: { targetStage: 'CANARY', trafficPercent: 10, reason: 'better AUC' },
    });
    expect({ params: input.params, body: input.body }).toEqual({
      params: { modelName: 'delay', version: 2 },
      body: { targetStage: 'CANARY', trafficPercent: 10, reason: 'better AUC', override: false },
    });
  });

  it('asks a canary for its traffic, and refuses traffic to any other stage', () => {
    expect(problemsOf({ targetStage: 'CANARY', reason: 'no traffic given' })).toEqual([
      { in: 'body', path: 'trafficPercent', message: 'a canary needs trafficPercent (1-100)' },
    ]);
    expect(problemsOf({ targetStage: 'SHADOW', trafficPercent: 5, reason: 'shadow it' })).toEqual([
      { in: 'body', path: 'trafficPercent', message: 'only a canary takes trafficPercent' },
    ]);
  });

  it('names every problem of the path and the body at once, the cross-field ones with the others', () => {
    expect(
      problemsOf({ targetStage: 'SHADOW', trafficPercent: 5, reason: 'short', override: true, force: true }, '0'),
    ).toEqual([
      { in: 'path', path: 'version', message: 'Too small: expected number to be >=1' },
      {
        in: 'body',
        path: '',
        message: "has unknown key 'force'",
        allowed: ['targetStage', 'trafficPercent', 'reason', 'override'],
      },
      { in: 'body', path: 'trafficPercent', message: 'only a canary takes trafficPercent' },
      { in: 'body', path: 'reason', message: 'an override needs a written reason of at least 10 characters' },
    ]);
    expect(problemsOf({ targetStage: 'LIVE', reason: 'x' })).toEqual([
      {
        in: 'body',
        path: 'targetStage',
        message: 'is not an allowed value',
        allowed: ['CANARY', 'SHADOW', 'PRODUCTION', 'ARCHIVED'],
      },
      { in: 'body', path: 'reason', message: 'say why, in a few words' },
    ]);
  });
});
