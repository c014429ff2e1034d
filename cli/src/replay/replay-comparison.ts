/** An event as the comparison needs it: id, what caused it, when, and the fields that identify its output. */
export interface ObservedEvent {
  readonly id: string;
  readonly causationId: string | null;
  readonly type: string;
  readonly timestamp: number;
  readonly payload: Record<string, unknown>;
}

export interface ComparedOutput {
  readonly type: string;
  /** 1-based position among the outputs of this type, oldest first. */
  readonly position: number;
  readonly original: string | null;
  readonly replayed: string | null;
  readonly same: boolean;
}

type Payload = Record<string, unknown>;
const ref = (value: unknown) => (value as { sha256?: string } | null)?.sha256 ?? 'none';

/** What identifies each stage's output: the values a replay must reproduce. */
const IDENTITY: Record<string, (p: Payload) => string> = {
  SnapshotSealed: (p) => `${p.datasetId} snapshot ${p.snapshotId} (${p.rowCount} rows)`,
  SnapshotValidated: (p) => `${p.snapshotId} ${p.verdict}`,
  SnapshotQuarantined: (p) => `${p.snapshotId} QUARANTINED`,
  FeatureSetMaterialized: (p) =>
    `${p.featureSetId}@${p.version} on ${p.snapshotId}: training set ${ref(p.trainingSet)} (${p.rowCount} rows)`,
  TrainingCompleted: (p) => `${p.modelName}: model sha256 ${ref(p.model)}`,
  TrainingFailed: (p) => `${p.modelName}: ${p.errorCode}`,
  VersionRegistered: (p) => `${p.modelName} v${p.version}: ${ref(p.model)}`,
  GateEvaluated: (p) =>
    `${p.modelName} v${p.version} -> ${p.targetStage}: ${
      p.passed
        ? 'passed'
        : `failed ${(p.gates as Array<{ gate: string; passed: boolean }>)
            .filter((g) => !g.passed)
            .map((g) => g.gate)
            .join(', ')}`
    }`,
  StageChanged: (p) => `${p.modelName} v${p.version} ${p.fromStage} -> ${p.toStage}`,
};

export const COMPARED_TYPES = Object.keys(IDENTITY);

/** The events whose chain of causes reaches one of the roots (the replayed inputs). */
export function descendantsOf(events: readonly ObservedEvent[], roots: ReadonlySet<string>): ObservedEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const verdict = new Map<string, boolean>();
  const reaches = (event: ObservedEvent): boolean => {
    const chain: ObservedEvent[] = [];
    let current: ObservedEvent | undefined = event;
    let found = false;
    while (current) {
      const known = verdict.get(current.id);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(current);
      if (current.causationId !== null && roots.has(current.causationId)) {
        found = true;
        break;
      }
      current = current.causationId === null ? undefined : byId.get(current.causationId);
      if (current && chain.includes(current)) break; // a cycle would be a bug upstream; it reaches nothing
    }
    for (const link of chain) verdict.set(link.id, found);
    return found;
  };
  return events.filter((e) => !roots.has(e.id) && reaches(e));
}

/** Pairs the outputs of each stage in order (of the types given) and says where the replay differs from the original run. */
export function compareOutputs(
  original: readonly ObservedEvent[],
  replayed: readonly ObservedEvent[],
  types: readonly string[] = COMPARED_TYPES,
): ComparedOutput[] {
  const rows: ComparedOutput[] = [];
  for (const type of COMPARED_TYPES.filter((t) => types.includes(t))) {
    const identify = IDENTITY[type]!;
    const of = (events: readonly ObservedEvent[]) =>
      events
        .filter((e) => e.type === type)
        .sort((a, b) => a.timestamp - b.timestamp)
        .map((e) => identify(e.payload));
    const a = of(original);
    const b = of(replayed);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      rows.push({
        type,
        position: i + 1,
        original: a[i] ?? null,
        replayed: b[i] ?? null,
        same: a[i] !== undefined && a[i] === b[i],
      });
    }
  }
  return rows;
}
