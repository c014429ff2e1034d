import { ALLOWED_TRANSITIONS, isAllowed } from './stage-transitions';

describe('stage transitions', () => {
  it('lets a candidate go to canary, shadow, production or the archive', () => {
    expect(ALLOWED_TRANSITIONS.CANDIDATE).toEqual(['CANARY', 'SHADOW', 'PRODUCTION', 'ARCHIVED']);
    expect(isAllowed('CANARY', 'PRODUCTION')).toBe(true);
  });

  it('never goes back to candidate, and leaves production or the archive only by replacement or rollback', () => {
    expect(isAllowed('CANARY', 'CANDIDATE')).toBe(false);
    expect(isAllowed('PRODUCTION', 'ARCHIVED')).toBe(false);
    expect(isAllowed('ARCHIVED', 'PRODUCTION')).toBe(false);
  });
});
