import { type EventPayloads, type EventType } from '@loopgate/contracts';
import { type LoopEventLog } from './loop-events';

/**
 * What makes an effect itself, per event type: two events with the same key are one effect counted
 * twice (an input handled again after a crash). Types a service may rightly repeat (a run started
 * again after its process died, a deployment loaded again at a start) have no key.
 */
const EFFECT_KEYS: { [T in EventType]?: (payload: EventPayloads[T], causationId: string | null) => string | null } = {
  SnapshotSealed: (p) => p.snapshotId,
  SnapshotValidated: (p) => `verdict of ${p.snapshotId}`,
  SnapshotQuarantined: (p) => `verdict of ${p.snapshotId}`,
  FeatureSetMaterialized: (p) => `${p.featureSetId} of ${p.snapshotId}`,
  TrainingRequested: (_p, causationId) => causationId && `request caused by ${causationId}`,
  TrainingCompleted: (p) => `end of run ${p.runId}`,
  VersionRegistered: (p) => `${p.modelName} v${p.version}`,
  StageChanged: (p) => `${p.modelName} v${p.version} ${p.fromStage} -> ${p.toStage}`,
  PredictionServed: (p) => p.predictionId,
  DriftDetected: (p) =>
    `${p.modelName} v${p.version} ${JSON.stringify(p.window)} ${p.features.map((f) => f.feature).join(',')}`,
  QualityDegraded: (p) => `${p.modelName} v${p.version} ${JSON.stringify(p.window)} ${p.metric} ${p.segment ?? ''}`,
  SloBreached: (p) => `${p.modelName} v${p.version} ${p.slo} ${JSON.stringify(p.window)}`,
  RetrainRecommended: (p) => `${p.modelName} ${p.rule} ${[...p.signalIds].sort().join(',')}`,
};

/** Every effect on the loop's topics that is there more than once, with how often. */
export function doubledEffects(events: LoopEventLog): string[] {
  const counts = new Map<string, number>();
  for (const event of events.events()) {
    const keyOf = EFFECT_KEYS[event.type] as
      ((payload: unknown, causationId: string | null) => string | null) | undefined;
    const key = keyOf?.(event.payload(), event.causationId);
    if (!key) continue;
    const name = `${event.type} ${key}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([name, n]) => `${name} (${n} times)`);
}
