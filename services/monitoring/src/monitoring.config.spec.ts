import { loadMonitoringConfig } from './monitoring.config';

describe('monitoring config', () => {
  it('has the issue defaults: PSI 0.1 to warn, 0.25 to alarm', () => {
    expect(loadMonitoringConfig({})).toMatchObject({
      MONITORING_PSI_WARN: 0.1,
      MONITORING_PSI_ALERT: 0.25,
      MONITORING_WINDOW_SIZE: 5_000,
      MONITORING_MIN_WINDOW: 1_000,
    });
  });

  it('refuses a warning threshold at or above the alarm threshold, saying which', () => {
    expect(() => loadMonitoringConfig({ MONITORING_PSI_WARN: '0.3', MONITORING_PSI_ALERT: '0.25' })).toThrow(
      /MONITORING_PSI_WARN.*must be below MONITORING_PSI_ALERT/,
    );
  });
});
