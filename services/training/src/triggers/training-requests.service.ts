import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type FeatureSetMaterialized, type RetrainRecommended, type TrainingRequested } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { JsonLogger } from '@loopgate/telemetry';
import { InputsService } from '../inputs/inputs.service';
import { ModelsRepository } from '../models/models.repository';
import { ModelsService } from '../models/models.service';
import { trainerProblems } from '../models/model-config.request';
import { RunsService } from '../runs/runs.service';
import { InvalidTrainingRequestError } from '../runs/runs.errors';
import { type TrainingRequestBody } from './training-request.request';
import { type RequestAnswer } from './training-requests.routes';

/** Turns every trigger (a person, a business event, a new feature set, a recommendation, a schedule) into TrainingRequested. */
@Injectable()
export class TrainingRequestsService {
  constructor(
    private readonly models: ModelsService,
    private readonly modelsRepository: ModelsRepository,
    private readonly inputs: InputsService,
    private readonly runs: RunsService,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  /** Checked before it is accepted: the model exists, its trainer takes the params, the snapshot is not refused. A known request id answers with its run. */
  async fromPerson(body: TrainingRequestBody, actor: string): Promise<{ accepted: boolean; answer: RequestAnswer }> {
    if (body.requestId) {
      const existing = await this.runs.list({ modelNames: null, status: null, requestId: body.requestId }, 1, null);
      if (existing.items.length > 0)
        return {
          accepted: false,
          answer: { requestId: body.requestId, status: existing.items[0].status, runId: existing.items[0].runId },
        };
    }
    const model = await this.models.require(body.modelName);
    const problems = trainerProblems(model.task, body.algorithm ?? model.algorithm, {
      ...model.params,
      ...body.params,
    });
    if (problems.length > 0) throw new InvalidTrainingRequestError(problems);
    await this.inputs.refuseIfNotAccepted(body.snapshotId ?? null);
    const request: TrainingRequested = {
      requestId: body.requestId ?? randomUUID(),
      modelName: model.modelName,
      featureSetId: model.featureSetId,
      featureSetVersion: body.featureSetVersion ?? null,
      reason: body.reason,
      requestedBy: actor,
      params: body.params,
      snapshotId: body.snapshotId ?? null,
      algorithm: body.algorithm ?? null,
      seed: body.seed ?? null,
    };
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, [{ type: 'TrainingRequested', payload: request, actor }]),
    );
    this.relay.wake();
    return { accepted: true, answer: { requestId: request.requestId, status: 'REQUESTED' } };
  }

  /**
   * A new training set: every model that trains on new feature sets of it is requested, once per (model,
   * materialization); so is every model whose retraining recommendation waited for it.
   */
  async fromMaterialization(event: FeatureSetMaterialized, meta: EventMetadata): Promise<void> {
    await this.inputs.rememberMaterialization(event);
    const onNew = await this.modelsRepository.trainedOnNewFeatureSets(event.featureSetId);
    const request = (
      modelName: string,
      requestId: string,
      reason: TrainingRequested['reason'],
      requestedBy: string,
    ): TrainingRequested => ({
      requestId,
      modelName,
      featureSetId: event.featureSetId,
      featureSetVersion: event.version,
      reason,
      requestedBy,
      params: {},
      snapshotId: event.snapshotId,
      algorithm: null,
      seed: null,
    });
    const outcome = await this.idempotent.runOnce(meta.eventId, async (manager) => {
      const retrains = (await this.modelsRepository.takeWaitingRetrains(manager, event.featureSetId)).map((w) =>
        request(w.modelName, w.recommendationId, 'RETRAIN_RECOMMENDED', w.requestedBy),
      );
      const requests = [
        ...retrains,
        // A model retrained for a recommendation is not trained a second time on the same training set.
        ...onNew
          .filter((m) => !retrains.some((r) => r.modelName === m.modelName))
          .map((m) =>
            request(
              m.modelName,
              stableId('materialized', m.modelName, event.featureSetId, event.version, event.snapshotId),
              'NEW_FEATURE_SET',
              meta.source,
            ),
          ),
      ];
      await this.outbox.add(
        manager,
        requests.map((payload) => ({ type: 'TrainingRequested' as const, payload, causedBy: meta })),
      );
    });
    if (outcome === 'applied') this.relay.wake();
  }

  /**
   * A retraining recommendation: its id is the request id, so a redelivered one trains once. A model that
   * retrains on the next training set keeps it until that set is materialized.
   */
  async fromRecommendation(event: RetrainRecommended, meta: EventMetadata): Promise<void> {
    const model = await this.modelsRepository.find(event.modelName);
    if (!model) {
      this.logger.event(
        'warn',
        `retraining recommended for model '${event.modelName}', which has no training config: nothing to train`,
        { rule: event.rule },
      );
      return;
    }
    const requestedBy = `${meta.source} (${event.rule})`;
    if (model.retrainOn === 'next_feature_set') {
      const waiting = await this.modelsRepository.waitForNextTrainingSet({
        modelName: model.modelName,
        recommendationId: event.recommendationId,
        requestedBy,
        receivedAt: new Date(),
      });
      this.logger.event(
        'info',
        waiting
          ? `retraining of ${model.modelName} waits for the next training set of '${model.featureSetId}'`
          : `retraining of ${model.modelName} already waits for the next training set`,
        { rule: event.rule },
      );
      return;
    }
    await this.emitOnce(meta, [
      {
        requestId: event.recommendationId,
        modelName: model.modelName,
        featureSetId: model.featureSetId,
        featureSetVersion: null,
        reason: 'RETRAIN_RECOMMENDED',
        requestedBy,
        params: {},
        snapshotId: null,
        algorithm: null,
        seed: null,
      },
    ]);
  }

  /** One request per model and schedule slot, even with several instances ticking. */
  async fromSchedule(now: Date): Promise<number> {
    let requested = 0;
    for (const model of await this.modelsRepository.scheduled()) {
      const slot = Math.floor(now.getTime() / model.scheduleEveryMs!);
      const claimed = await this.dataSource.transaction(async (manager) => {
        if (!(await this.modelsRepository.claimSlot(manager, model.modelName, slot))) return false;
        await this.outbox.add(manager, [
          {
            type: 'TrainingRequested',
            payload: {
              requestId: stableId('schedule', model.modelName, String(slot)),
              modelName: model.modelName,
              featureSetId: model.featureSetId,
              featureSetVersion: null,
              reason: 'SCHEDULE',
              requestedBy: 'training schedule',
              params: {},
              snapshotId: null,
              algorithm: null,
              seed: null,
            },
            actor: 'training schedule',
          },
        ]);
        return true;
      });
      if (claimed) requested++;
    }
    if (requested > 0) this.relay.wake();
    return requested;
  }

  private async emitOnce(cause: EventMetadata, requests: TrainingRequested[]): Promise<void> {
    if (requests.length === 0) return;
    const outcome = await this.idempotent.runOnce(cause.eventId, async (manager) => {
      await this.outbox.add(
        manager,
        requests.map((payload) => ({ type: 'TrainingRequested' as const, payload, causedBy: cause })),
      );
    });
    if (outcome === 'applied') this.relay.wake();
  }
}

/** A request id derived from what triggered it: the same trigger always asks for the same run. */
function stableId(kind: string, ...parts: string[]): string {
  return `${kind}:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}
