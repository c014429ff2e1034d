import { BULK_EVENTS, type LoopEvent } from './loop-events';
import { type Json, type LoopOutcome } from './flights-loop';

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
    const per = burst.type === 'PredictionServed' ? 'prediction' : burst.type === 'LabelObserved' ? 'outcome' : 'record';
    lines.push(`${`${burst.first.time.slice(11, 23)}  ${burst.type} x${burst.count} (one per ${per})`.padEnd(89)} corr ${short(burst.first.correlationId)}`);
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
    lines.push(`${event.time.slice(11, 23)}  ${describe(event.type, event.payload()).padEnd(75).slice(0, 75)} id ${short(event.id)}  corr ${short(event.correlationId)}  cause ${short(event.causationId)}`);
  }
  flush();
  return lines;
}

export function report(outcome: LoopOutcome): string[] {
  const lines = ['model versions:'];
  for (const v of outcome.versions) {
    lines.push(`  v${v.version}  ${v.stage.padEnd(10)} AUC ${v.metrics.auc.toFixed(3)}  ECE ${v.metrics.ece.toFixed(3)}  log loss ${v.metrics.log_loss.toFixed(3)}  trained on ${v.trainedOn} (${v.trigger})`);
    lines.push(`      ${v.outcome}`);
  }
  lines.push('month by month:');
  for (const m of outcome.months) {
    lines.push(`  ${m.month}: served ${Object.entries(m.served).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const q of m.quality) lines.push(`      quality v${q.version}: AUC ${q.auc.toFixed(3)}, ECE ${q.ece.toFixed(3)}, delayed ${(q.positiveRate * 100).toFixed(1)}% of ${q.size} -> ${q.status}`);
    for (const d of m.drift) lines.push(`      input/score drift v${d.version}: ${d.severity} (largest: ${d.largest})`);
    for (const s of m.signals) lines.push(`      signal: ${s}`);
    for (const d of m.decisions) lines.push(`      decision: ${d}`);
  }
  return lines;
}

/** The causation chain of an event, cause first, one line per link. */
export function chainLines(chain: readonly LoopEvent[]): string[] {
  return chain.map((e, i) => `  ${String(i + 1).padStart(2)}. ${describe(e.type, e.payload()).slice(0, 70).padEnd(70)} ${e.source.padEnd(22)} id ${short(e.id)}`);
}

/** The metric a line of the timeline shows for a run, by task. */
const HEADLINE_METRIC: Record<string, string> = { binary: 'auc', multiclass: 'accuracy', regression: 'rmse' };

/** One line per event of the timeline and the report. */
export function describe(type: string, payload: Json): string {
  switch (type) {
    case 'QualityDegraded': return `QualityDegraded v${payload.version} ${payload.metric} ${payload.measured.toFixed(3)} vs ${payload.threshold}${payload.segment ? ` in ${payload.segment}` : ''}`;
    case 'DriftDetected': return `DriftDetected v${payload.version} ${payload.severity}: ${payload.features.filter((f: Json) => f.drifted).map((f: Json) => `${f.feature} PSI ${f.psi.toFixed(3)}`).join(', ')}`;
    case 'SloBreached': return `SloBreached ${payload.slo} ${payload.measured.toFixed(3)} vs ${payload.threshold}`;
    case 'RetrainRecommended': return `RetrainRecommended (${payload.rule})`;
    case 'RollbackRecommended': return `RollbackRecommended v${payload.version} (${payload.rule})`;
    case 'GateEvaluated': return `GateEvaluated v${payload.version} -> ${payload.targetStage}: ${payload.passed ? 'PASS' : `FAIL ${payload.gates.filter((g: Json) => !g.passed).map((g: Json) => g.gate + (g.segment ? `(${g.segment})` : '')).join(', ')}`}`;
    case 'StageChanged': return `StageChanged v${payload.version} ${payload.fromStage} -> ${payload.toStage}`;
    case 'RolledBack': return `RolledBack v${payload.fromVersion} -> v${payload.toVersion}`;
    case 'SnapshotSealed': return `SnapshotSealed ${payload.snapshotId.slice(0, 12)} (${payload.rowCount} rows)`;
    case 'SnapshotValidated': return `SnapshotValidated ${payload.snapshotId.slice(0, 12)} ${payload.verdict}`;
    case 'FeatureSetMaterialized': return `FeatureSetMaterialized ${payload.featureSetId} (${payload.rowCount} rows)`;
    case 'TrainingRequested': return `TrainingRequested ${payload.modelName} (${payload.reason})`;
    case 'TrainingStarted': return `TrainingStarted attempt ${payload.attempt}`;
    case 'TrainingCompleted': return `TrainingCompleted ${payload.task} ${HEADLINE_METRIC[payload.task as string]} ${payload.metrics[HEADLINE_METRIC[payload.task as string]].toFixed(3)}`;
    case 'VersionRegistered': return `VersionRegistered v${payload.version}`;
    case 'LoadTestCompleted': return `LoadTestCompleted v${payload.version} ${payload.verdict} (${Math.round(payload.rps)} rps, p99 ${payload.p99Ms} ms)`;
    case 'DeploymentActivated': return `DeploymentActivated v${payload.version} ${payload.role ?? ''}`.trim();
    default: return type;
  }
}
