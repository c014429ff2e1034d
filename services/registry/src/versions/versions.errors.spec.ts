import { IllegalTransitionError } from './versions.errors';

describe('IllegalTransitionError', () => {
  it('refuses a candidate straight to production as a conflict naming the stages it may go to', () => {
    const error = new IllegalTransitionError('delay', 3, 'CANDIDATE', 'PRODUCTION');
    expect(error).toMatchObject({
      code: 'registry.illegal_transition',
      kind: 'conflict',
      details: { from: 'CANDIDATE', to: 'PRODUCTION', allowed: ['CANARY', 'SHADOW', 'ARCHIVED'] },
    });
    expect(error.message).toBe(
      'delay v3 cannot go from CANDIDATE to PRODUCTION: from CANDIDATE a version may go to CANARY, SHADOW, ARCHIVED (it reaches production through a canary or a shadow)',
    );
  });
});
