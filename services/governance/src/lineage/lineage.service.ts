import { Injectable } from '@nestjs/common';
import { LineageRepository, type LoggedEvent } from './lineage.repository';
import { NotInAuditLogError } from './lineage.errors';
import { type ModelLineage, type PredictionLineage, type SnapshotLineage } from './lineage.routes';

const VERDICTS = ['SnapshotValidated', 'SnapshotQuarantined', 'SnapshotReleased', 'SnapshotRejected'];
const SIGNALS = ['QualityDegraded', 'DriftDetected', 'SloBreached'];

/** One step of a lineage: the event that says it, with who and when. */
type Step = ModelLineage['model'];

const step = (event: LoggedEvent): Step => ({
  type: event.type,
  eventId: event.eventId,
  time: event.time,
  actor: event.actor,
  payload: event.payload,
});

/**
 * "What produced this prediction?" and "what did this snapshot produce?", answered from the audit
 * log, where every service's events are: model version -> run -> request (and the recommendation
 * behind it) -> training set -> snapshot -> its records, with every gate, load test and approval.
 */
@Injectable()
export class LineageService {
  constructor(private readonly log: LineageRepository) {}

  async ofPrediction(predictionId: string): Promise<PredictionLineage> {
    const [served] = await this.log.find('PredictionServed', { predictionId }, 1);
    if (!served)
      throw new NotInAuditLogError(
        `prediction '${predictionId}'`,
        'serving announces a sample of its predictions (SERVING_PREDICTION_SAMPLE_RATE), and the log may not have caught up yet',
      );
    return {
      prediction: step(served),
      ...(await this.ofModelVersion(String(served.payload.modelName), Number(served.payload.version))),
    };
  }

  async ofModelVersion(modelName: string, version: number): Promise<ModelLineage> {
    const [registered] = await this.log.find('VersionRegistered', { modelName, version }, 1);
    if (!registered) throw new NotInAuditLogError(`${modelName} v${version}`, 'no VersionRegistered for it');
    const { runId, snapshotId, featureSetVersion } = registered.payload as {
      runId: string;
      snapshotId: string;
      featureSetVersion: string;
    };
    const [run] = await this.log.find('TrainingCompleted', { runId }, 1);
    const requestId = run ? String(run.payload.requestId) : null;
    const [request] = requestId ? await this.log.find('TrainingRequested', { requestId }, 1) : [];
    const [recommendation] = requestId
      ? await this.log.find('RetrainRecommended', { recommendationId: requestId }, 1)
      : [];
    const signals = recommendation ? await this.signalsOf(recommendation.payload.signalIds as string[]) : [];
    const [trainingSet] = await this.log.find('FeatureSetMaterialized', { snapshotId, version: featureSetVersion }, 1);
    const [snapshot] = await this.log.find('SnapshotSealed', { snapshotId }, 1);
    const approvalsAsked = await this.log.find('ApprovalRequired', { modelName, version });
    const decisions = (
      await Promise.all(
        approvalsAsked.flatMap((a) =>
          ['ApprovalGranted', 'ApprovalRejected'].map((type) =>
            this.log.find(type, { approvalId: String(a.payload.approvalId) }),
          ),
        ),
      )
    ).flat();
    return {
      model: step(registered),
      run: run ? step(run) : null,
      request: request ? step(request) : null,
      recommendation: recommendation ? { step: step(recommendation), signals: signals.map(step) } : null,
      trainingSet: trainingSet ? step(trainingSet) : null,
      snapshot: snapshot ? step(snapshot) : null,
      dataVerdicts: (await Promise.all(VERDICTS.map((type) => this.log.find(type, { snapshotId })))).flat().map(step),
      gates: (await this.log.find('GateEvaluated', { modelName, version })).map(step),
      loadTests: (await this.log.find('LoadTestCompleted', { modelName, version })).map(step),
      approvals: [...approvalsAsked, ...decisions].sort((a, b) => a.sequence - b.sequence).map(step),
      stages: (await this.log.find('StageChanged', { modelName, version })).map(step),
    };
  }

  /** Everything a snapshot led to: its verdicts, training sets, runs, model versions, their stages and how many predictions each served. */
  async ofSnapshot(snapshotId: string): Promise<SnapshotLineage> {
    const [snapshot] = await this.log.find('SnapshotSealed', { snapshotId }, 1);
    if (!snapshot) throw new NotInAuditLogError(`snapshot '${snapshotId}'`, 'no SnapshotSealed for it');
    const runs = await this.log.find('TrainingCompleted', { snapshotId });
    const models: SnapshotLineage['models'] = [];
    for (const run of runs) {
      const [registered] = await this.log.find('VersionRegistered', { runId: String(run.payload.runId) }, 1);
      if (!registered) continue;
      const { modelName, version } = registered.payload as { modelName: string; version: number };
      models.push({
        modelName,
        version,
        runId: String(run.payload.runId),
        stages: (await this.log.find('StageChanged', { modelName, version })).map((s) => String(s.payload.toStage)),
        predictionsAnnounced: await this.log.count('PredictionServed', { modelName, version }),
      });
    }
    return {
      snapshot: step(snapshot),
      dataVerdicts: (await Promise.all(VERDICTS.map((type) => this.log.find(type, { snapshotId })))).flat().map(step),
      trainingSets: (await this.log.find('FeatureSetMaterialized', { snapshotId })).map(step),
      runs: runs.map(step),
      models,
    };
  }

  private async signalsOf(signalIds: readonly string[]): Promise<LoggedEvent[]> {
    return (
      await Promise.all(signalIds.flatMap((signalId) => SIGNALS.map((type) => this.log.find(type, { signalId }, 1))))
    ).flat();
  }
}
