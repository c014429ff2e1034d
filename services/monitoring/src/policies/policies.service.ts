import { Injectable } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { zodProblems } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { LineageRepository } from '../lineage/lineage.repository';
import { DEFAULT_MONITORING_POLICY, monitoringPolicySchema, monitoringPolicyVersion, type MonitoringPolicy } from './monitoring-policy';
import { PoliciesRepository } from './policies.repository';

export interface MonitoringPolicyView {
  readonly modelName: string;
  readonly version: string;
  readonly policy: MonitoringPolicy;
  /** False for the default policy of a model that declared none. */
  readonly declared: boolean;
  /** What the declaration could not check yet (segment fields, before the model's dataset is known). */
  readonly warnings?: string[];
}

/** Policies are read on every window; they change rarely, so each is cached for a few seconds. */
const CACHE_MS = 5_000;

@Injectable()
export class PoliciesService {
  private readonly cache = new Map<string, { view: MonitoringPolicyView; until: number }>();

  constructor(
    private readonly policies: PoliciesRepository,
    private readonly lineage: LineageRepository,
    private readonly specs: DatasetSpecsService,
    private readonly logger: JsonLogger,
  ) {}

  async declare(modelName: string, body: unknown, actor: string): Promise<MonitoringPolicyView> {
    const parsed = monitoringPolicySchema.safeParse(body);
    const problems = parsed.success ? [] : zodProblems(parsed.error);
    const checked = parsed.success ? await this.segmentFieldProblems(modelName, parsed.data.quality.segmentFields) : { problems: [], warnings: [] };
    problems.push(...checked.problems);
    if (!parsed.success || problems.length > 0) {
      throw new LoopgateError({ code: 'monitoring.invalid_policy', message: problems.join('; '), kind: 'invalid', details: { problems } });
    }
    const version = monitoringPolicyVersion(parsed.data);
    await this.policies.save({ modelName, version, policy: parsed.data, definedBy: actor, updatedAt: new Date() });
    this.cache.delete(modelName);
    this.logger.event('info', `monitoring policy ${version} declared for ${modelName}`);
    return { modelName, version, policy: parsed.data, declared: true, ...(checked.warnings.length > 0 ? { warnings: checked.warnings } : {}) };
  }

  /**
   * Segment fields must be fields of the model's dataset (serving carries each row's segment and
   * sensitive fields, and the model's inputs). Before a version of the model is known, its dataset is
   * not: the fields are then taken as declared, with a warning.
   */
  private async segmentFieldProblems(modelName: string, segmentFields: readonly string[]): Promise<{ problems: string[]; warnings: string[] }> {
    if (segmentFields.length === 0) return { problems: [], warnings: [] };
    const dataset = await this.lineage.datasetOf(modelName);
    if (!dataset) return { problems: [], warnings: [`quality.segmentFields: not checked: no version of '${modelName}' is known yet, so neither is its dataset`] };
    const spec = await this.specs.require(dataset.datasetId, dataset.specVersion);
    const fields = spec.fields.map((f) => f.name);
    const problems = segmentFields.flatMap((field, i) => (fields.includes(field) ? [] : [`quality.segmentFields.${i}: '${field}' is not a field of dataset '${dataset.datasetId}' (its fields: ${fields.join(', ')})`]));
    return { problems, warnings: [] };
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
