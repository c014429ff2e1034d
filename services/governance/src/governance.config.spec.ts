import { loadGovernanceConfig } from './governance.config';

describe('governance config', () => {
  it('forbids self-approval and checkpoints every minute by default', () => {
    expect(loadGovernanceConfig({})).toMatchObject({
      PORT: 3008,
      GOVERNANCE_ALLOW_SELF_APPROVAL: false,
      GOVERNANCE_CHECKPOINT_INTERVAL_MS: 60_000,
    });
  });

  it('says which variable is wrong', () => {
    expect(() => loadGovernanceConfig({ GOVERNANCE_ALLOW_SELF_APPROVAL: 'yes' })).toThrow(
      /GOVERNANCE_ALLOW_SELF_APPROVAL/,
    );
  });
});
