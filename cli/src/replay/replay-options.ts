import { type TopicPosition } from '@loopgate/bus';
import { REPLAYABLE_STAGES, type ReplayStage } from './replay-plan';

export interface ReplayOptions {
  readonly topics: readonly string[];
  /** Just these of the stages the topics reach; null: all of them. */
  readonly stages: readonly string[] | null;
  readonly from: TopicPosition | undefined;
  readonly to: TopicPosition | undefined;
  readonly sourcePrefix: string;
  readonly namespace: string;
  readonly sources: Partial<Record<ReplayStage, string>>;
  readonly sourceToken: string;
  readonly kafkaBrokers: string;
  readonly databaseUrl: string;
  readonly artifactStoreUri: string;
  /** The replay is over once nothing new happened for this long and no training run waits. */
  readonly idleMs: number;
  readonly timeoutMs: number;
  readonly keep: boolean;
  readonly json: boolean;
}

export const REPLAY_USAGE = `loopgate replay [options]

Copies a range of topics into an isolated namespace (topic prefix, consumer groups, database schemas,
signing key of its own), runs the pipeline stages that read them, and reports where the replayed
outputs (snapshot ids, verdicts, feature-set versions and training sets, model sha256, gate results,
stages) differ from the original run's. Exit 0: identical; 3: differences; 1: the replay failed.

  --topics t1,t2        catalog topics to replay (default ingest.records,ingest.labels)
  --stages s1,s2        run just these of the stages the topics reach (default: all of them)
  --from <position>     start, inclusive: an ISO time, epoch milliseconds, or offsets "0:120,1:98" (one topic)
  --to <position>       end, exclusive; default: the end of the topics now
  --source-prefix <p>   topic prefix of the original run (default: $TOPIC_PREFIX or none)
  --source <stage=url>  the original services, for what was declared over HTTP (repeatable or comma-separated;
                        default http://127.0.0.1:3001 ingestion, 3003 features, 3004 training, 3005 registry)
  --namespace <name>    the replay's namespace (default replay-<time>)
  --idle-ms <ms>        quiet time that ends the replay (default 5000)
  --timeout-ms <ms>     give up after (default 900000)
  --keep                keep the namespace's topics and schemas for inspection
  --json                print the report as JSON

Environment: KAFKA_BROKERS, DATABASE_URL, ARTIFACT_STORE_URI (the original run's store), LOOPGATE_TOKEN
(a token for the original services: a platform viewer's is enough).`;

const DEFAULT_PORTS: Partial<Record<ReplayStage, number>> = {
  ingestion: 3001,
  features: 3003,
  training: 3004,
  registry: 3005,
};

export class ReplayUsageError extends Error {}

export function parseReplayOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ReplayOptions {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ReplayUsageError(`unexpected argument '${arg}'`);
    const name = arg.slice(2);
    if (name === 'keep' || name === 'json') {
      flags.set(name, ['true']);
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new ReplayUsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  const known = new Set([
    'topics',
    'stages',
    'from',
    'to',
    'source-prefix',
    'source',
    'namespace',
    'idle-ms',
    'timeout-ms',
    'keep',
    'json',
  ]);
  const unknown = [...flags.keys()].filter((f) => !known.has(f));
  if (unknown.length > 0)
    throw new ReplayUsageError(
      `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `--${f}`).join(', ')}`,
    );
  const one = (name: string) => flags.get(name)?.at(-1);
  const topics = (one('topics') ?? 'ingest.records,ingest.labels')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const from = position(one('from'), 'from');
  const to = position(one('to'), 'to');
  if (topics.length > 1 && [from, to].some((p) => p && 'offsets' in p))
    throw new ReplayUsageError(
      'offsets name the partitions of one topic: replay one topic with offsets, or several by time',
    );
  const sources: Partial<Record<ReplayStage, string>> = Object.fromEntries(
    Object.entries(DEFAULT_PORTS).map(([stage, port]) => [stage, `http://127.0.0.1:${port}`]),
  );
  for (const pair of (flags.get('source') ?? []).flatMap((s) => s.split(','))) {
    const [stage, url] = pair.split('=');
    if (!stage || !url || !(REPLAYABLE_STAGES as readonly string[]).includes(stage))
      throw new ReplayUsageError(
        `--source takes <stage>=<url> with a stage of ${REPLAYABLE_STAGES.join(', ')}; got '${pair}'`,
      );
    sources[stage as ReplayStage] = url.replace(/\/$/, '');
  }
  const required = (name: string) => {
    const value = env[name];
    if (!value)
      throw new ReplayUsageError(
        `${name} is not set: ${name === 'LOOPGATE_TOKEN' ? 'a token for the original services (governance: POST /v1/tokens)' : 'the same value as the original services'}`,
      );
    return value;
  };
  const namespace = one('namespace') ?? `replay-${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}`;
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(namespace))
    throw new ReplayUsageError(
      `--namespace is lower-case letters, digits and dashes, starting with a letter; got '${namespace}'`,
    );
  const stages =
    one('stages')
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean) ?? null;
  const strange = stages?.filter((stage) => !(REPLAYABLE_STAGES as readonly string[]).includes(stage)) ?? [];
  if (strange.length > 0)
    throw new ReplayUsageError(`--stages takes stages of ${REPLAYABLE_STAGES.join(', ')}; got ${strange.join(', ')}`);
  return {
    topics,
    stages,
    from,
    to,
    sources,
    namespace,
    sourcePrefix: one('source-prefix') ?? env.TOPIC_PREFIX ?? '',
    sourceToken: required('LOOPGATE_TOKEN'),
    kafkaBrokers: env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    databaseUrl: env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate',
    artifactStoreUri: required('ARTIFACT_STORE_URI'),
    idleMs: milliseconds(one('idle-ms'), 'idle-ms', 5_000),
    timeoutMs: milliseconds(one('timeout-ms'), 'timeout-ms', 900_000),
    keep: flags.has('keep'),
    json: flags.has('json'),
  };
}

function position(raw: string | undefined, name: string): TopicPosition | undefined {
  if (raw === undefined) return undefined;
  if (/^\d+(:\d+)(,\d+:\d+)*$/.test(raw))
    return {
      offsets: Object.fromEntries(
        raw
          .split(',')
          .map((pair) => pair.split(':') as [string, string])
          .map(([p, o]) => [Number(p), o]),
      ),
    };
  const time = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(time))
    throw new ReplayUsageError(`--${name} is an ISO time, epoch milliseconds or partition:offset pairs; got '${raw}'`);
  return { time };
}

function milliseconds(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100)
    throw new ReplayUsageError(`--${name} is a whole number of milliseconds from 100; got '${raw}'`);
  return value;
}
