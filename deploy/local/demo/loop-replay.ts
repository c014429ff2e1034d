import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LoopEventLog } from './loop-events';
import { type LoopNamespace, type PipelineService } from './loop-services';

const ROOT = join(__dirname, '../../..');

/**
 * `loopgate replay` of the training set a model version was trained on (by its offset on
 * features.sets), as an operator would run it: training alone, in a namespace of its own, retrains it;
 * the report says whether the model bytes came out the same. (With the registry too, a registry holding
 * only this version would number it v1 and find no production version to compare it with: the report
 * would say so, correctly, for every step after training.)
 */
export async function replayTrainingSetOf(
  version: { modelName: string; version: number },
  events: LoopEventLog,
  namespace: LoopNamespace,
  urls: Record<PipelineService, string>,
  token: string,
): Promise<{ code: number; report: string }> {
  const registered = events.ofType(
    'VersionRegistered',
    (p) => p.modelName === version.modelName && p.version === version.version,
  )[0];
  if (!registered) throw new Error(`${version.modelName} v${version.version} was never registered`);
  const trainingSet = events.ofType(
    'FeatureSetMaterialized',
    (p) => p.snapshotId === registered.data.snapshotId && p.version === registered.data.featureSetVersion,
  )[0];
  if (!trainingSet) throw new Error(`no training set of ${version.modelName} v${version.version} on features.sets`);
  const replay = promisify(execFile)(
    process.execPath,
    [
      '-r',
      join(ROOT, 'tools/register.js'),
      join(ROOT, 'cli/src/loopgate.ts'),
      'replay',
      '--topics',
      'features.sets',
      '--stages',
      'training',
      '--from',
      `${trainingSet.partition}:${trainingSet.offset}`,
      '--to',
      `${trainingSet.partition}:${BigInt(trainingSet.offset) + 1n}`,
      '--source',
      `training=${urls.training}`,
      '--namespace',
      `replay-${Date.now()}`,
    ],
    {
      env: {
        ...process.env,
        TOPIC_PREFIX: namespace.topicPrefix,
        KAFKA_BROKERS: namespace.kafkaBrokers,
        DATABASE_URL: namespace.databaseUrl,
        ARTIFACT_STORE_URI: namespace.artifactStoreUri,
        LOOPGATE_TOKEN: token,
        LOG_LEVEL: 'error',
      },
    },
  );
  return replay.then(
    ({ stdout }) => ({ code: 0, report: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      report: error.stdout || error.stderr,
    }),
  );
}
