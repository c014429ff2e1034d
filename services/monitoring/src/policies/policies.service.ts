import { Injectable } from '@nestjs/common';
import { InvalidRequestError, type RequestProblem } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { LineageRepository } from '../lineage/lineage.repository';
import {
  DEFAULT_MONITORING_POLICY,
  monitoringPolicySchema,
  monitoringPolicyVersion,
  type MonitoringPolicy,
} from './monitoring-policy';
import { PoliciesRepository } from './policies.repository';
import { type MonitoringPolicyView } from './monitoring-policies.routes';

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

  /** A policy the route has parsed; its segment fields are checked here, against the model's dataset (422 in the route's shape). */
  async declare(modelName: string, policy: MonitoringPolicy, actor: string): Promise<MonitoringPolicyView> {
    const checked = await this.segmentFieldProblems(modelName, policy.quality.segmentFields);
    if (checked.problems.length > 0) throw new InvalidRequestError(checked.problems);
    const version = monitoringPolicyVersion(policy);
    await this.policies.save({ modelName, version, policy, definedBy: actor, updatedAt: new Date() });
    this.cache.delete(modelName);
    this.logger.event('info', `monitoring policy ${version} declared for ${modelName}`);
    return {
      modelName,
      version,
      policy,
      declared: true,
      ...(checked.warnings.length > 0 ? { warnings: checked.warnings } : {}),
    };
  }

  /**
   * Segment fields must be fields of the model's dataset (serving carries each row's segment and
   * sensitive fields, and the model's inputs). Before a version of the model is known, its dataset is
   * not: the fields are then taken as declared, with a warning.
   */
  private async segmentFieldProblems(
    modelName: string,
    segmentFields: readonly string[],
  ): Promise<{ problems: RequestProblem[]; warnings: string[] }> {
    if (segmentFields.length === 0) return { problems: [], warnings: [] };
    const dataset = await this.lineage.datasetOf(modelName);
    if (!dataset)
      return {
        problems: [],
        warnings: [
          `quality.segmentFields: not checked: no version of '${modelName}' is known yet, so neither is its dataset`,
        ],
      };
    const spec = await this.specs.require(dataset.datasetId, dataset.specVersion);
    const fields = spec.fields.map((f) => f.name);
    const problems = segmentFields.flatMap((field, i): RequestProblem[] =>
      fields.includes(field)
        ? []
        : [
            {
              in: 'body',
              path: `quality.segmentFields.${i}`,
              message: `'${field}' is not a field of dataset '${dataset.datasetId}'`,
              allowed: fields,
            },
          ],
    );
    return { problems, warnings: [] };
  }

  async current(modelName: string): Promise<MonitoringPolicyView> {
    const cached = this.cache.get(modelName);
    if (cached && cached.until > Date.now()) return cached.view;
    const found = await this.policies.find(modelName);
    // Stored policies are re-parsed so that fields added since they were declared get their defaults.
    const view = found
      ? { modelName, version: found.version, policy: monitoringPolicySchema.parse(found.policy), declared: true }
      : {
          modelName,
          version: monitoringPolicyVersion(DEFAULT_MONITORING_POLICY),
          policy: DEFAULT_MONITORING_POLICY,
          declared: false,
        };
    this.cache.set(modelName, { view, until: Date.now() + CACHE_MS });
    return view;
  }
}
