import { ALLOWED_TRANSITIONS, isAllowed } from './stage-transitions';

describe('stage transitions', () => {
  it('lets a candidate go to canary, shadow or the archive, and to production only through one of them', () => {
    expect(ALLOWED_TRANSITIONS.CANDIDATE).toEqual(['CANARY', 'SHADOW', 'ARCHIVED']);
    expect(isAllowed('CANDIDATE', 'PRODUCTION')).toBe(false);
    expect(isAllowed('CANARY', 'PRODUCTION')).toBe(true);
    expect(isAllowed('SHADOW', 'PRODUCTION')).toBe(true);
  });

  it('never goes back to candidate, and leaves production or the archive only by replacement or rollback', () => {
    expect(isAllowed('CANARY', 'CANDIDATE')).toBe(false);
    expect(isAllowed('PRODUCTION', 'ARCHIVED')).toBe(false);
    expect(isAllowed('ARCHIVED', 'PRODUCTION')).toBe(false);
  });
});
