import { EventBus, EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { unwrap } from '@loopgate/client';
import { TOPICS, type SnapshotSealed } from '@loopgate/contracts';
import { copyDeclarations, type DeclarationsCopied, replaySide, type ReplaySide } from './declarations';
import { compareOutputs, descendantsOf, type ComparedOutput, type ObservedEvent } from './replay-comparison';
import { feedNamespace, type SealPoint } from './replay-feed';
import { ReplayNamespace } from './replay-namespace';
import { type ReplayOptions } from './replay-options';
import { planReplay, type ReplayPlan, type ReplayStage } from './replay-plan';

export interface ReplayReport {
  readonly namespace: string;
  readonly plan: ReplayPlan;
  readonly copied: { inputs: number; context: number; seals: number; declarations: DeclarationsCopied };
  readonly outputs: ComparedOutput[];
  readonly identical: boolean;
  readonly durationMs: number;
}

const codec = new EventCodec();
/** A seal requested this long after the range's last input still seals those inputs (a person seals after the data is in). */
const SEAL_AFTER_INPUTS_MS = 60_000;

/** The replay of an incident: copy, run, wait until the namespace is quiet, compare with the original run. */
export async function replay(options: ReplayOptions, log: (line: string) => void): Promise<ReplayReport> {
  const started = Date.now();
  const plan = planReplay(options.topics, options.stages);
  log(
    `replaying ${plan.inputs.join(', ')} through ${plan.stages.join(' -> ')} in namespace ${options.namespace}; context copied: ${plan.context.join(', ') || 'none'}`,
  );
  const source = new EventBus({
    brokers: options.kafkaBrokers.split(','),
    service: 'replay',
    serviceVersion: '0.1.0',
    topicPrefix: options.sourcePrefix,
  });
  const actual = (topic: string) => `${options.sourcePrefix}${topic}`;

  const inputs = (
    await Promise.all(
      plan.inputs.map((topic) => source.readRange({ topic: actual(topic), from: options.from, to: options.to })),
    )
  )
    .flat()
    .sort(byTime);
  if (inputs.length === 0) throw new Error(`nothing to replay: ${plan.inputs.join(', ')} hold no message in the range`);
  const [first, last] = [inputs[0]!.timestamp, inputs.at(-1)!.timestamp];
  log(`${inputs.length} input events from ${new Date(first).toISOString()} to ${new Date(last).toISOString()}`);
  const context = (
    await Promise.all(plan.context.map((topic) => source.readRange({ topic: actual(topic), to: { time: last + 1 } })))
  ).flat();
  const seals = plan.stages.includes('ingestion')
    ? await sealPoints(source, actual('ingest.snapshots'), first, last)
    : [];

  const namespace = new ReplayNamespace(options.namespace, options);
  await namespace.create();
  const recorder = namespace.bus.recorder(TOPICS.map((t) => `${namespace.prefix}${t.topic}`));
  try {
    await recorder.start();
    await namespace.start(plan.stages, log);
    const target = replaySide(namespace.urls, await namespace.authority.token({ name: 'replay' }));
    const declarations = await copyDeclarations(
      replaySide(options.sources, options.sourceToken),
      target,
      scopeOf(inputs),
    );
    log(
      `declared over HTTP, copied from the original services as they are now: ${declarations.specs} dataset spec versions, ${declarations.featureSets} feature-set versions, ${declarations.models} model configs, ${declarations.policies} promotion policies`,
    );
    const fed = await feedNamespace(
      namespace,
      [...inputs, ...context].sort(byTime),
      options.sourcePrefix,
      seals,
      target,
    );
    log(
      `${fed.sent} events copied (${inputs.length} inputs, ${context.length} context), ${fed.sealed} seals requested; waiting for the stages to finish`,
    );
    await quiet(recorder.messages, target, options);

    const outputs = await compareWithOriginal(source, actual, plan, inputs, recorder.messages);
    return {
      namespace: options.namespace,
      plan,
      copied: { inputs: inputs.length, context: context.length, seals: fed.sealed, declarations },
      outputs,
      identical: outputs.length > 0 && outputs.every((o) => o.same),
      durationMs: Date.now() - started,
    };
  } finally {
    await recorder.stop();
    await namespace.stop();
    if (!options.keep) await namespace.remove();
  }
}

/**
 * Follows each event's causes back to the replayed inputs, in the original run (read from the source's
 * topics since the first input) and in the replay, and pairs what the stages run produced.
 */
async function compareWithOriginal(
  source: EventBus,
  actual: (topic: string) => string,
  plan: ReplayPlan,
  inputs: readonly RecordedMessage[],
  recorded: readonly RecordedMessage[],
): Promise<ComparedOutput[]> {
  const first = inputs[0]!.timestamp;
  const readable = TOPICS.filter(
    (t) =>
      !plan.inputs.includes(t.topic) &&
      (plan.stages.includes(t.owner as ReplayStage) || plan.context.includes(t.topic)),
  );
  const produced = (
    await Promise.all(readable.map((t) => source.readRange({ topic: actual(t.topic), from: { time: first } })))
  ).flat();
  const roots = new Set(inputs.map((m) => m.headers[HEADER.id]!));
  const sourceEvents = dedupe([...inputs, ...produced].map(observed));
  const replayedIds = new Set(
    recorded.filter((m) => !m.headers['loopgate-replay-of']).map((m) => m.headers[HEADER.id]!),
  );
  // The replay's chains may pass through copied context (a load test of the original canary), whose causes are the original's.
  const union = dedupe([...sourceEvents, ...recorded.map(observed)]);
  const original = descendantsOf(sourceEvents, roots);
  const replayed = descendantsOf(union, roots).filter((e) => replayedIds.has(e.id));
  // Only what the stages run produce: the others' outputs were not replayed.
  return compareOutputs(
    original,
    replayed,
    TOPICS.filter((t) => plan.stages.includes(t.owner as ReplayStage)).flatMap((t) => t.events),
  );
}

/** Seals a person asked for while the inputs were written (the automatic ones happen again by themselves). */
async function sealPoints(source: EventBus, topic: string, from: number, to: number): Promise<SealPoint[]> {
  const sealed = await source.readRange({ topic, from: { time: from } });
  return sealed
    .map((m) => ({ timestamp: m.timestamp, payload: codec.decode(m.value).payload as SnapshotSealed }))
    .filter(
      ({ timestamp, payload }) =>
        payload.sealReason === 'REQUEST' && timestamp >= from && timestamp <= to + SEAL_AFTER_INPUTS_MS,
    )
    .map(({ timestamp, payload }) => ({ timestamp, datasetId: payload.datasetId }));
}

/** Done when nothing new happened for idleMs and no training run is queued or running. */
async function quiet(messages: readonly RecordedMessage[], target: ReplaySide, options: ReplayOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let seen = -1;
  let since = Date.now();
  for (;;) {
    if (messages.length !== seen) {
      seen = messages.length;
      since = Date.now();
    } else if (Date.now() - since >= options.idleMs && !(await trainingBusy(target))) {
      return;
    }
    if (Date.now() > deadline)
      throw new Error(`the replay did not settle within ${options.timeoutMs} ms (${messages.length} events so far)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function trainingBusy(target: ReplaySide): Promise<boolean> {
  if (!target.stages.has('training')) return false;
  for (const status of ['QUEUED', 'RUNNING'] as const) {
    const page = await unwrap(target.client.training.GET('/v1/runs', { params: { query: { status, limit: 1 } } }));
    if (page.items.length > 0) return true;
  }
  return false;
}

function scopeOf(inputs: readonly RecordedMessage[]): { datasets: string[]; featureSets: string[] } {
  const datasets = new Set<string>();
  const featureSets = new Set<string>();
  for (const message of inputs) {
    const payload = codec.decode(message.value).payload as { datasetId?: string; featureSetId?: string };
    if (payload.datasetId) datasets.add(payload.datasetId);
    if (payload.featureSetId) featureSets.add(payload.featureSetId);
  }
  return { datasets: [...datasets], featureSets: [...featureSets] };
}

function observed(message: RecordedMessage): ObservedEvent {
  return {
    id: message.headers[HEADER.id]!,
    causationId: message.headers[HEADER.causationId] || null,
    type: message.headers[HEADER.type]!,
    timestamp: message.timestamp,
    payload: codec.decode(message.value).payload as unknown as Record<string, unknown>,
  };
}

function dedupe(events: readonly ObservedEvent[]): ObservedEvent[] {
  return [...new Map(events.map((e) => [e.id, e])).values()];
}

function byTime(a: RecordedMessage, b: RecordedMessage): number {
  return a.timestamp - b.timestamp;
}
