import { Inject, Injectable } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { MONITORING_CONFIG } from '../monitoring.tokens';
import { type MonitoringConfig } from '../monitoring.config';
import { SignalsRepository } from './signals.repository';

export interface Alert {
  /** Alerts with the same key are one alert: sent once per cool-down. */
  readonly dedupeKey: string;
  readonly type: string;
  readonly modelName: string;
  readonly summary: string;
  readonly signal: unknown;
}

const ATTEMPTS = 3;

/**
 * Sends alerts to the configured webhooks after their signals committed, once per key and cool-down
 * (the claim is in Postgres, so several instances and restarts send once). The topic is the durable
 * record; a webhook that stays down for three attempts is logged and skipped.
 */
@Injectable()
export class AlertWebhooks {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  async send(alerts: readonly Alert[]): Promise<void> {
    if (this.config.MONITORING_WEBHOOK_URLS.length === 0) return;
    for (const alert of alerts) {
      if (!(await this.signals.claimDelivery(alert.dedupeKey, this.config.MONITORING_ALERT_COOLDOWN_MS))) continue;
      await Promise.all(this.config.MONITORING_WEBHOOK_URLS.map((url) => this.post(url, alert)));
    }
  }

  private async post(url: string, alert: Alert): Promise<void> {
    const body = JSON.stringify({
      type: alert.type,
      modelName: alert.modelName,
      summary: alert.summary,
      dedupeKey: alert.dedupeKey,
      signal: alert.signal,
    });
    let failure = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        if (response.ok) return;
        failure = `answered ${response.status}`;
        if (response.status < 500) break; // the webhook refuses this alert: asking again will not help
      } catch (error) {
        failure = (error as Error).message;
      }
    }
    this.logger.event('warn', `alert not delivered to webhook ${url}: ${failure}`, { dedupeKey: alert.dedupeKey });
  }
}
