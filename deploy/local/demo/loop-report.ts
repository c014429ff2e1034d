import { BULK_EVENTS, type LoopEvent } from './loop-events';
import { describe, type LoopOutcome } from './flights-loop';

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
