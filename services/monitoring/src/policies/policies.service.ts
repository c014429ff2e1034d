import { Injectable } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { zodProblems } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { DEFAULT_MONITORING_POLICY, monitoringPolicySchema, monitoringPolicyVersion, type MonitoringPolicy } from './monitoring-policy';
import { PoliciesRepository } from './policies.repository';

export interface MonitoringPolicyView {
  readonly modelName: string;
  readonly version: string;
  readonly policy: MonitoringPolicy;
  /** False for the default policy of a model that declared none. */
  readonly declared: boolean;
}

/** Policies are read on every window; they change rarely, so each is cached for a few seconds. */
const CACHE_MS = 5_000;

@Injectable()
export class PoliciesService {
  private readonly cache = new Map<string, { view: MonitoringPolicyView; until: number }>();

  constructor(
    private readonly policies: PoliciesRepository,
    private readonly logger: JsonLogger,
  ) {}

  async declare(modelName: string, body: unknown, actor: string): Promise<MonitoringPolicyView> {
    const parsed = monitoringPolicySchema.safeParse(body);
    if (!parsed.success) {
      const problems = zodProblems(parsed.error);
      throw new LoopgateError({ code: 'monitoring.invalid_policy', message: problems.join('; '), kind: 'invalid', details: { problems } });
    }
    const version = monitoringPolicyVersion(parsed.data);
    await this.policies.save({ modelName, version, policy: parsed.data, definedBy: actor, updatedAt: new Date() });
    this.cache.delete(modelName);
    this.logger.event('info', `monitoring policy ${version} declared for ${modelName}`);
    return { modelName, version, policy: parsed.data, declared: true };
  }

  async current(modelName: string): Promise<MonitoringPolicyView> {
    const cached = this.cache.get(modelName);
    if (cached && cached.until > Date.now()) return cached.view;
    const found = await this.policies.find(modelName);
    // Stored policies are re-parsed so that fields added since they were declared get their defaults.
    const view = found
      ? { modelName, version: found.version, policy: monitoringPolicySchema.parse(found.policy), declared: true }
      : { modelName, version: monitoringPolicyVersion(DEFAULT_MONITORING_POLICY), policy: DEFAULT_MONITORING_POLICY, declared: false };
    this.cache.set(modelName, { view, until: Date.now() + CACHE_MS });
    return view;
  }
}
