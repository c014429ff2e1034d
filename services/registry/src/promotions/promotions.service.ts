import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type ApprovalGranted,
  type ApprovalRejected,
  type GateResult,
  type LoadTestCompleted,
  type ModelStage,
  type RollbackRecommended,
  type RollbackTrigger,
  type VersionRegistered,
} from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata, type OutgoingEvent } from '@loopgate/bus';
import { JsonLogger } from '@loopgate/telemetry';
import { VersionsRepository } from '../versions/versions.repository';
import { VersionsService, view } from '../versions/versions.service';
import { type ModelVersion } from '../versions/model-version.entity';
import { EXCLUSIVE_STAGES, isAllowed } from '../versions/stage-transitions';
import { IllegalTransitionError } from '../versions/versions.errors';
import { PoliciesService } from '../policies/policies.service';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { evaluateGates } from './promotion-gates';
import { PromotionsRepository } from './promotions.repository';
import { type ApprovalStatus } from './approval.entity';
import { type GateEvaluation } from './gate-evaluation.entity';
import { GatesFailedError, NoPreviousProductionError } from './promotions.errors';
import { type ApprovalView, type GateEvaluationView, type PromotionOutcome } from './promotions.routes';

export interface PromotionRequest {
  readonly targetStage: ModelStage;
  readonly trafficPercent: number | null;
  readonly reason: string;
  /** Ask an approver to override failed gates (the policy must allow it). */
  readonly override: boolean;
}

interface Origin {
  readonly actor: string;
  readonly causedBy?: EventMetadata;
}

@Injectable()
export class PromotionsService {
  constructor(
    private readonly versions: VersionsService,
    private readonly versionsRepository: VersionsRepository,
    private readonly policies: PoliciesService,
    private readonly evidence: EvidenceRepository,
    private readonly promotions: PromotionsRepository,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  /**
   * Evaluates the policy's gates for the target stage (GateEvaluated, always), then promotes, asks for
   * approval (ApprovalRequired), or refuses naming each failed gate and segment (409).
   */
  async promote(
    modelName: string,
    versionNumber: number,
    request: PromotionRequest,
    actor: string,
    causedBy?: EventMetadata,
  ): Promise<PromotionOutcome> {
    const version = await this.versions.require(modelName, versionNumber);
    if (!isAllowed(version.stage, request.targetStage))
      throw new IllegalTransitionError(modelName, versionNumber, version.stage, request.targetStage);
    if (request.targetStage === 'ARCHIVED') {
      const archived = await this.dataSource.transaction((manager) =>
        this.apply(manager, modelName, versionNumber, 'ARCHIVED', null, request.reason, { actor, causedBy }),
      );
      this.relay.wake();
      return { status: 'PROMOTED', version: view(archived), gates: [] };
    }
    const { policy, version: policyVersion } = await this.policies.current(modelName);
    const gates = await this.gatesFor(version, request.targetStage, policy);
    const passed = gates.every((g) => g.passed);
    const failed = gates.filter((g) => !g.passed);
    const needsApproval =
      policy.approval === 'always' || (!passed && policy.approval === 'override' && request.override);
    const evaluation: GateEvaluation = {
      evaluationId: randomUUID(),
      modelName,
      version: versionNumber,
      targetStage: request.targetStage,
      policyVersion,
      passed,
      gates,
      requestedBy: actor,
      createdAt: new Date(),
    };
    const outcome = await this.dataSource.transaction(async (manager): Promise<PromotionOutcome | null> => {
      await this.promotions.insertEvaluation(manager, evaluation);
      await this.outbox.add(manager, [
        {
          type: 'GateEvaluated',
          payload: {
            modelName,
            version: versionNumber,
            targetStage: request.targetStage,
            policyVersion,
            passed,
            gates,
          },
          actor,
          causedBy,
        },
      ]);
      if (needsApproval) {
        const approvalId = await this.requestApproval(manager, version, request, failed, actor, causedBy);
        return { status: 'AWAITING_APPROVAL', approvalId, gates };
      }
      if (!passed) return null;
      return {
        status: 'PROMOTED',
        version: view(
          await this.apply(
            manager,
            modelName,
            versionNumber,
            request.targetStage,
            request.trafficPercent,
            request.reason,
            { actor, causedBy },
          ),
        ),
        gates,
      };
    });
    this.relay.wake();
    if (!outcome) {
      this.logger.event('warn', `${modelName} v${versionNumber} blocked from ${request.targetStage}`, {
        failed: failed.map((g) => (g.segment ? `${g.gate}:${g.segment}` : g.gate)),
      });
      throw new GatesFailedError(modelName, versionNumber, request.targetStage, failed, policy.approval === 'override');
    }
    return outcome;
  }

  /** A new version under a policy with automatic release: tried as a canary; failed gates leave it a candidate, with the reason in GateEvaluated. */
  async releaseRegistered(event: VersionRegistered, cause: EventMetadata): Promise<void> {
    const { policy } = await this.policies.current(event.modelName);
    if (!policy.autoRelease) return;
    const version = await this.versionsRepository.find(event.modelName, event.version);
    if (version?.stage !== 'CANDIDATE') return; // released already (a redelivery), or moved by a person
    await this.releaseStep(
      event.modelName,
      event.version,
      {
        targetStage: 'CANARY',
        trafficPercent: policy.autoRelease.canaryPercent,
        reason: 'automatic release: new version',
        override: false,
      },
      cause,
    );
  }

  /** A passing load test of a canary under automatic release: tried for production. */
  async releaseLoadTested(test: LoadTestCompleted, cause: EventMetadata): Promise<void> {
    if (test.verdict !== 'PASS') return;
    const { policy } = await this.policies.current(test.modelName);
    if (!policy.autoRelease?.toProduction) return;
    const version = await this.versionsRepository.find(test.modelName, test.version);
    if (version?.stage !== 'CANARY') return;
    await this.evidence.recordLoadTest(test); // the gate reads it; the evidence consumer may not have stored it yet
    await this.releaseStep(
      test.modelName,
      test.version,
      {
        targetStage: 'PRODUCTION',
        trafficPercent: null,
        reason: `automatic release: load test passed at ${Math.round(test.rps)} rps, p99 ${test.p99Ms} ms`,
        override: false,
      },
      cause,
    );
  }

  private async releaseStep(
    modelName: string,
    version: number,
    request: PromotionRequest,
    cause: EventMetadata,
  ): Promise<void> {
    try {
      await this.promote(modelName, version, request, 'registry (automatic release)', cause);
    } catch (error) {
      if (!(error instanceof GatesFailedError)) throw error;
      // GateEvaluated says which gates and segments blocked it; the version stays where it is.
      this.logger.event(
        'warn',
        `automatic release of ${modelName} v${version} to ${request.targetStage} blocked: ${error.message}`,
      );
    }
  }

  /** A decision from governance on an approval this registry asked for; a granted one is carried out if still legal. */
  async decide(
    decision: (ApprovalGranted & { granted: true }) | (ApprovalRejected & { granted: false }),
    cause: EventMetadata,
  ): Promise<void> {
    await this.idempotent.runOnce(cause.eventId, async (manager) => {
      const approval = await this.promotions.findApproval(manager, decision.approvalId);
      if (!approval || approval.status !== 'PENDING') return; // not ours, or decided already
      if (!decision.granted) {
        await this.promotions.decide(manager, approval.approvalId, 'REJECTED', decision.decidedBy, decision.reason);
        return;
      }
      const current = await this.versionsRepository.find(approval.modelName, approval.version, manager);
      if (!current || !isAllowed(current.stage, approval.targetStage)) {
        await this.promotions.decide(
          manager,
          approval.approvalId,
          'OBSOLETE',
          decision.decidedBy,
          `granted, but ${approval.modelName} v${approval.version} is ${current?.stage ?? 'gone'} by now`,
        );
        return;
      }
      await this.promotions.decide(manager, approval.approvalId, 'GRANTED', decision.decidedBy, decision.reason);
      await this.apply(
        manager,
        approval.modelName,
        approval.version,
        approval.targetStage,
        approval.trafficPercent,
        `approved by ${decision.decidedBy}: ${decision.reason}`,
        { actor: decision.decidedBy, causedBy: cause },
      );
    });
    this.relay.wake();
  }

  /** Production returns to the previous production version: one RolledBack, with the stage changes it implies. */
  async rollback(
    modelName: string,
    trigger: RollbackTrigger,
    reason: string,
    origin: Origin,
  ): Promise<{ fromVersion: number; toVersion: number }> {
    const result = await this.dataSource.transaction(async (manager) => {
      await this.versionsRepository.lockModel(manager, modelName);
      const current = await this.versionsRepository.inStage(manager, modelName, 'PRODUCTION');
      if (!current) throw new NoPreviousProductionError(modelName);
      const previous = await this.versionsRepository.previousProduction(manager, modelName, current.version);
      if (previous === null) throw new NoPreviousProductionError(modelName);
      const restored = (await this.versionsRepository.find(modelName, previous, manager))!;
      const events = [
        ...(await this.move(manager, current, 'ARCHIVED', null, `rolled back: ${reason}`, origin.actor)),
        ...(await this.move(manager, restored, 'PRODUCTION', null, `restored by rollback: ${reason}`, origin.actor)),
        {
          type: 'RolledBack' as const,
          payload: { modelName, fromVersion: current.version, toVersion: previous, trigger, reason },
        },
      ];
      await this.outbox.add(
        manager,
        events.map((e) => ({ ...e, ...origin })),
      );
      return { fromVersion: current.version, toVersion: previous };
    });
    this.relay.wake();
    this.logger.event('warn', `${modelName} rolled back from v${result.fromVersion} to v${result.toVersion}`, {
      trigger,
      reason,
    });
    return result;
  }

  /** A rule found a version regressing: a canary is taken out; a production version is rolled back. */
  async onRollbackRecommended(event: RollbackRecommended, cause: EventMetadata): Promise<void> {
    const version = await this.versionsRepository.find(event.modelName, event.version);
    const reason = `${event.rule}: ${event.reason}`;
    const origin = { actor: `${cause.source} (${event.rule})`, causedBy: cause };
    if (version?.stage === 'PRODUCTION') {
      await this.rollback(event.modelName, 'AUTOMATIC', reason, origin);
    } else if (version?.stage === 'CANARY') {
      await this.dataSource.transaction(async (manager) => {
        await this.versionsRepository.lockModel(manager, event.modelName);
        const production = await this.versionsRepository.inStage(manager, event.modelName, 'PRODUCTION');
        const events: OutgoingEvent[] = await this.move(
          manager,
          version,
          'ARCHIVED',
          null,
          `canary rolled back: ${reason}`,
          origin.actor,
        );
        if (production)
          events.push({
            type: 'RolledBack',
            payload: {
              modelName: event.modelName,
              fromVersion: version.version,
              toVersion: production.version,
              trigger: 'AUTOMATIC',
              reason,
            },
          });
        await this.outbox.add(
          manager,
          events.map((e) => ({ ...e, ...origin })),
        );
      });
      this.relay.wake();
    } else {
      this.logger.event(
        'info',
        `rollback of ${event.modelName} v${event.version} recommended, but it is ${version?.stage ?? 'unknown'}: nothing to do`,
        { rule: event.rule },
      );
    }
  }

  async evaluations(modelName: string, version: number): Promise<GateEvaluationView[]> {
    return (await this.promotions.evaluations(modelName, version)).map((e) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
    }));
  }

  async approvals(status: ApprovalStatus | null, modelNames: string[] | null, limit: number): Promise<ApprovalView[]> {
    return (await this.promotions.approvals(status, modelNames, limit)).map((a) => ({
      ...a,
      createdAt: a.createdAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
    }));
  }

  private async gatesFor(
    version: ModelVersion,
    targetStage: ModelStage,
    policy: Awaited<ReturnType<PoliciesService['current']>>['policy'],
  ): Promise<GateResult[]> {
    const production = await this.versionsRepository.inStage(this.dataSource.manager, version.modelName, 'PRODUCTION');
    const loadTest = await this.evidence.latestLoadTest(version.modelName, version.version);
    return evaluateGates({
      targetStage,
      policy,
      candidate: version,
      production: production && production.version !== version.version ? production : null,
      dataVerdict: await this.evidence.verdict(version.snapshotId),
      loadTest,
    });
  }

  private async requestApproval(
    manager: EntityManager,
    version: ModelVersion,
    request: PromotionRequest,
    failed: readonly GateResult[],
    actor: string,
    causedBy: EventMetadata | undefined,
  ): Promise<string> {
    const approvalId = randomUUID();
    const failedGates = failed.map((g) => (g.segment ? `${g.gate} (${g.segment})` : g.gate));
    const reason =
      failed.length > 0
        ? `override of failed gates requested: ${request.reason}`
        : `the policy requires approval: ${request.reason}`;
    await this.promotions.insertApproval(manager, {
      approvalId,
      modelName: version.modelName,
      version: version.version,
      targetStage: request.targetStage,
      trafficPercent: request.trafficPercent,
      status: 'PENDING',
      reason,
      requestedBy: actor,
      failedGates,
      decidedBy: null,
      decisionReason: null,
      createdAt: new Date(),
      decidedAt: null,
    });
    await this.outbox.add(manager, [
      {
        type: 'ApprovalRequired',
        payload: {
          modelName: version.modelName,
          version: version.version,
          targetStage: request.targetStage,
          approvalId,
          reason,
          requestedBy: actor,
          failedGates,
        },
        actor,
        causedBy,
      },
    ]);
    return approvalId;
  }

  /** Moves a version to a stage; the holder of an exclusive stage goes to ARCHIVED first. */
  private async apply(
    manager: EntityManager,
    modelName: string,
    versionNumber: number,
    target: ModelStage,
    trafficPercent: number | null,
    reason: string,
    origin: Origin,
  ): Promise<ModelVersion> {
    await this.versionsRepository.lockModel(manager, modelName);
    const version = (await this.versionsRepository.find(modelName, versionNumber, manager))!;
    if (!isAllowed(version.stage, target))
      throw new IllegalTransitionError(modelName, versionNumber, version.stage, target);
    const events: OutgoingEvent[] = [];
    const holder = EXCLUSIVE_STAGES.includes(target)
      ? await this.versionsRepository.inStage(manager, modelName, target)
      : null;
    if (holder && holder.version !== versionNumber)
      events.push(
        ...(await this.move(manager, holder, 'ARCHIVED', null, `replaced by v${versionNumber}`, origin.actor)),
      );
    events.push(
      ...(await this.move(manager, version, target, target === 'CANARY' ? trafficPercent : null, reason, origin.actor)),
    );
    await this.outbox.add(
      manager,
      events.map((e) => ({ ...e, ...origin })),
    );
    this.logger.event('info', `${modelName} v${versionNumber}: ${version.stage} -> ${target}`, { reason });
    return {
      ...version,
      stage: target,
      trafficPercent: target === 'CANARY' ? trafficPercent : null,
      stageChangedAt: new Date(),
    };
  }

  private async move(
    manager: EntityManager,
    version: ModelVersion,
    to: ModelStage,
    trafficPercent: number | null,
    reason: string,
    actor: string,
  ): Promise<OutgoingEvent[]> {
    await this.versionsRepository.setStage(manager, version, to, trafficPercent, reason, actor);
    return [
      {
        type: 'StageChanged',
        payload: {
          modelName: version.modelName,
          version: version.version,
          fromStage: version.stage,
          toStage: to,
          trafficPercent,
          model: version.model,
          reason,
        },
      },
    ];
  }
}
