import { TOPICS, type TopicSpec } from '@loopgate/contracts';

/** The stages a replay can run: the pipeline from data to registered and gated models. */
export const REPLAYABLE_STAGES = ['ingestion', 'validation', 'features', 'training', 'registry'] as const;
export type ReplayStage = (typeof REPLAYABLE_STAGES)[number];

/** Never copied: the replay namespace trusts its own key and keeps its own audit. */
const NOT_COPIED = new Set(['governance.access', 'access.denials']);

export interface ReplayPlan {
  /** Topics whose range is replayed: the inputs whose effects are compared. */
  readonly inputs: readonly string[];
  /** Stages run in the namespace: every replayable consumer of the inputs, and of their outputs in turn. */
  readonly stages: readonly ReplayStage[];
  /** What the stages read besides the inputs and one another (verdicts, signals, load tests, decisions): copied up to the range's end. */
  readonly context: readonly string[];
}

/** `only`: run just these of the stages the inputs reach (the others' outputs are then neither produced nor compared). */
export function planReplay(
  inputs: readonly string[],
  only: readonly string[] | null = null,
  topics: readonly TopicSpec[] = TOPICS,
): ReplayPlan {
  const unknown = inputs.filter((topic) => !topics.some((t) => t.topic === topic));
  if (unknown.length > 0)
    throw new Error(
      `not in the topic catalog: ${unknown.join(', ')} (one of ${topics.map((t) => t.topic).join(', ')})`,
    );
  const replayable = (service: string): service is ReplayStage =>
    (REPLAYABLE_STAGES as readonly string[]).includes(service);
  const stages = new Set<ReplayStage>();
  const reached = [...inputs];
  for (let i = 0; i < reached.length; i++) {
    const spec = topics.find((t) => t.topic === reached[i])!;
    for (const consumer of spec.consumers.filter(replayable)) {
      if (stages.has(consumer)) continue;
      stages.add(consumer);
      for (const owned of topics.filter((t) => t.owner === consumer && !reached.includes(t.topic)))
        reached.push(owned.topic);
    }
  }
  if (stages.size === 0)
    throw new Error(`no replayable stage (${REPLAYABLE_STAGES.join(', ')}) reads ${inputs.join(', ')}`);
  if (only) {
    const unreached = only.filter((stage) => !stages.has(stage as ReplayStage));
    if (unreached.length > 0)
      throw new Error(
        `${unreached.join(', ')} ${unreached.length > 1 ? 'are' : 'is'} not reached by ${inputs.join(', ')} (reached: ${[...stages].join(', ')})`,
      );
    for (const stage of [...stages]) if (!only.includes(stage)) stages.delete(stage);
  }
  const context = topics
    .filter(
      (t) =>
        !inputs.includes(t.topic) &&
        !NOT_COPIED.has(t.topic) &&
        !stages.has(t.owner as ReplayStage) &&
        t.consumers.some((c) => stages.has(c as ReplayStage)),
    )
    .map((t) => t.topic);
  return { inputs, stages: REPLAYABLE_STAGES.filter((s) => stages.has(s)), context };
}
