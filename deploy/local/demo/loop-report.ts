import { type EventPayloads, type EventType } from '@loopgate/contracts';
import { BULK_EVENTS, type LoopEvent } from './loop-events';
import { type LoopOutcome } from './flights-loop';

const short = (id: string | null) => (id ? id.slice(0, 8) : '-'.padEnd(8));

/**
 * The loop as its events tell it: every step with its type, correlation and causation ids; the events
 * that come by the thousand (records, outcomes, predictions) as one line per burst.
 */
export function timeline(events: readonly LoopEvent[]): string[] {
  const lines: string[] = [];
  const bursts: Array<{ type: string; count: number; first: LoopEvent }> = [];
  const flush = () => {
    const burst = bursts.pop();
    if (!burst) return;
    const per =
      burst.type === 'PredictionServed' ? 'prediction' : burst.type === 'LabelObserved' ? 'outcome' : 'record';
    lines.push(
      `${`${burst.first.time.slice(11, 23)}  ${burst.type} x${burst.count} (one per ${per})`.padEnd(89)} corr ${short(burst.first.correlationId)}`,
    );
  };
  for (const event of events) {
    if (BULK_EVENTS.has(event.type)) {
      const current = bursts[0];
      if (current?.type === event.type) current.count++;
      else {
        flush();
        bursts.push({ type: event.type, count: 1, first: event });
      }
      continue;
    }
    flush();
    lines.push(
      `${event.time.slice(11, 23)}  ${describe(event.type, event.payload()).padEnd(75).slice(0, 75)} id ${short(event.id)}  corr ${short(event.correlationId)}  cause ${short(event.causationId)}`,
    );
  }
  flush();
  return lines;
}

export function report(outcome: LoopOutcome): string[] {
  const lines = ['model versions:'];
  for (const v of outcome.versions) {
    lines.push(
      `  v${v.version}  ${v.stage.padEnd(10)} AUC ${v.metrics.auc.toFixed(3)}  ECE ${v.metrics.ece.toFixed(3)}  log loss ${v.metrics.log_loss.toFixed(3)}  trained on ${v.trainedOn} (${v.trigger})`,
    );
    lines.push(`      ${v.outcome}${v.stage === v.released ? '' : `; ${v.stage} since`}`);
  }
  lines.push('month by month:');
  for (const m of outcome.months) {
    lines.push(
      `  ${m.month}: served ${Object.entries(m.served)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    for (const q of m.quality)
      lines.push(
        `      quality v${q.version}: AUC ${q.auc.toFixed(3)}, ECE ${q.ece.toFixed(3)}, delayed ${(q.positiveRate * 100).toFixed(1)}% of ${q.size} -> ${q.status}`,
      );
    for (const d of m.drift) lines.push(`      input/score drift v${d.version}: ${d.severity} (largest: ${d.largest})`);
    for (const s of m.signals) lines.push(`      signal: ${s}`);
    for (const d of m.decisions) lines.push(`      decision: ${d}`);
  }
  return lines;
}

/** The causation chain of an event, cause first, one line per link. */
export function chainLines(chain: readonly LoopEvent[]): string[] {
  return chain.map(
    (e, i) =>
      `  ${String(i + 1).padStart(2)}. ${describe(e.type, e.payload()).slice(0, 70).padEnd(70)} ${e.source.padEnd(22)} id ${short(e.id)}`,
  );
}

/** The metric a line of the timeline shows for a run, by task. */
const HEADLINE_METRIC: Record<string, string> = { binary: 'auc', multiclass: 'accuracy', regression: 'rmse' };

/** The line of each event the timeline and the report describe; any other is its type. */
const DESCRIPTIONS: { readonly [T in EventType]?: (payload: EventPayloads[T]) => string } = {
  QualityDegraded: (p) =>
    `QualityDegraded v${p.version} ${p.metric} ${p.measured.toFixed(3)} vs ${p.threshold}${p.segment ? ` in ${p.segment}` : ''}`,
  DriftDetected: (p) =>
    `DriftDetected v${p.version} ${p.severity}: ${p.features
      .filter((f) => f.drifted)
      .map((f) => `${f.feature} PSI ${f.psi?.toFixed(3)}`)
      .join(', ')}`,
  SloBreached: (p) => `SloBreached ${p.slo} ${p.measured.toFixed(3)} vs ${p.threshold}`,
  RetrainRecommended: (p) => `RetrainRecommended (${p.rule})`,
  RollbackRecommended: (p) => `RollbackRecommended v${p.version} (${p.rule})`,
  GateEvaluated: (p) =>
    `GateEvaluated v${p.version} -> ${p.targetStage}: ${
      p.passed
        ? 'PASS'
        : `FAIL ${p.gates
            .filter((g) => !g.passed)
            .map((g) => g.gate + (g.segment ? `(${g.segment})` : ''))
            .join(', ')}`
    }`,
  StageChanged: (p) => `StageChanged v${p.version} ${p.fromStage} -> ${p.toStage}`,
  RolledBack: (p) => `RolledBack v${p.fromVersion} -> v${p.toVersion}`,
  SnapshotSealed: (p) => `SnapshotSealed ${p.snapshotId.slice(0, 12)} (${p.rowCount} rows)`,
  SnapshotValidated: (p) => `SnapshotValidated ${p.snapshotId.slice(0, 12)} ${p.verdict}`,
  FeatureSetMaterialized: (p) => `FeatureSetMaterialized ${p.featureSetId} (${p.rowCount} rows)`,
  TrainingRequested: (p) => `TrainingRequested ${p.modelName} (${p.reason})`,
  TrainingStarted: (p) => `TrainingStarted attempt ${p.attempt}`,
  TrainingCompleted: (p) =>
    `TrainingCompleted ${p.task} ${HEADLINE_METRIC[p.task]} ${p.metrics[HEADLINE_METRIC[p.task]].toFixed(3)}`,
  VersionRegistered: (p) => `VersionRegistered v${p.version}`,
  LoadTestCompleted: (p) =>
    `LoadTestCompleted v${p.version} ${p.verdict} (${Math.round(p.rps)} rps, p99 ${p.p99Ms} ms)`,
  DeploymentActivated: (p) => `DeploymentActivated v${p.version} ${p.role ?? ''}`.trim(),
};

/** One line per event of the timeline and the report. */
export function describe<T extends EventType>(type: T, payload: EventPayloads[T]): string {
  const description = DESCRIPTIONS[type];
  return description ? description(payload) : type;
}
