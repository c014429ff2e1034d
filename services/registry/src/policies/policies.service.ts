import { Injectable } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { DEFAULT_POLICY, policyVersion, promotionPolicySchema, type PromotionPolicy } from './promotion-policy';
import { PoliciesRepository } from './policies.repository';
import { type PolicyView } from './policies.routes';

@Injectable()
export class PoliciesService {
  constructor(
    private readonly policies: PoliciesRepository,
    private readonly logger: JsonLogger,
  ) {}

  /** Declares a model's policy; the same policy again is the same version (created: false). */
  async declare(
    modelName: string,
    policy: PromotionPolicy,
    actor: string,
  ): Promise<{ created: boolean; policy: PolicyView }> {
    const version = policyVersion(policy);
    const created = await this.policies.insert({ modelName, version, policy, definedBy: actor, createdAt: new Date() });
    if (created)
      this.logger.event('info', `promotion policy ${version} declared for ${modelName}`, { approval: policy.approval });
    else await this.policies.touch(modelName, version);
    return { created, policy: { modelName, version, policy, declared: true } };
  }

  async current(modelName: string): Promise<PolicyView> {
    const found = await this.policies.latest(modelName);
    if (!found) return { modelName, version: policyVersion(DEFAULT_POLICY), policy: DEFAULT_POLICY, declared: false };
    // Parsed again so a policy stored before a field was added gets that field's default; its version stays the one it was declared under.
    return { modelName, version: found.version, policy: promotionPolicySchema.parse(found.policy), declared: true };
  }
}
