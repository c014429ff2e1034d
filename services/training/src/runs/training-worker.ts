// The training process: one run in a child process of its own, so a crash, a leak or a kill on
// timeout cannot take the service down. It receives a TrainingJob over IPC and replies once.
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { artifactStoreFor, parseJsonLines } from '@loopgate/artifacts';
import { LoopgateError } from '@loopgate/errors';
import { preprocessingFeeds, TASK_OUTPUT, trainModel, type TrainedModel } from '@loopgate/ml';
import { type TrainingJob, type TrainingOutcome, type TrainingReply } from './training-job';
import { recordedEvaluation } from './recorded-evaluation';

/** Exported outputs may differ from in-process ones by float32 rounding only (relative, for values above 1). */
const EXPORT_TOLERANCE = 1e-4;

async function train(job: TrainingJob): Promise<TrainingOutcome> {
  const store = artifactStoreFor(job.artifactStoreUri);
  const rows = parseJsonLines(await store.read(job.trainingSet), 'training set');
  const trained = trainModel(rows, job);
  const exportMaxAbsDiff = await exportedOutputDifference(trained);
  if (!(exportMaxAbsDiff <= EXPORT_TOLERANCE)) {
    throw new LoopgateError({
      code: 'training.export_mismatch',
      message: `the exported ONNX model answers the holdout up to ${exportMaxAbsDiff} away from the trained model (tolerance ${EXPORT_TOLERANCE})`,
      kind: 'internal',
    });
  }
  const model = await store.put(Buffer.from(trained.onnx));
  return {
    model: { uri: model.uri, sha256: model.sha256, sizeBytes: model.sizeBytes },
    effectiveParams: trained.effectiveParams,
    ...recordedEvaluation(trained),
    classes: [...trained.classes],
    crossValidation: trained.crossValidation,
    trainRows: trained.trainRows,
    holdoutRows: trained.holdout.length,
    exportMaxAbsDiff,
  };
}

/** Runs the holdout through onnxruntime, as serving will, and compares with the trainer's own outputs. */
async function exportedOutputDifference(trained: TrainedModel): Promise<number> {
  const session = await InferenceSession.create(Buffer.from(trained.onnx));
  try {
    const feeds = Object.fromEntries(
      Object.entries(preprocessingFeeds(trained.fitted, trained.holdout)).map(([name, t]) => [
        name,
        new Tensor(t.type, t.data, t.dims),
      ]),
    );
    const outputs = (await session.run(feeds))[TASK_OUTPUT[trained.task]].data as Float32Array;
    if (outputs.length !== trained.holdoutOutputs.length) return Infinity;
    let worst = 0;
    for (let i = 0; i < outputs.length; i++) {
      const expected = trained.holdoutOutputs[i];
      worst = Math.max(worst, Math.abs(outputs[i] - expected) / Math.max(1, Math.abs(expected)));
    }
    return worst;
  } finally {
    await session.release();
  }
}

function reply(message: TrainingReply): void {
  process.send!(message, () => process.exit(0));
}

// A service that dies takes its runs with it: an orphaned run would only burn a core.
process.once('disconnect', () => process.exit(1));

process.once('message', (job: TrainingJob) => {
  train(job).then(
    (outcome) => reply({ ok: true, outcome }),
    (error: unknown) => {
      const known = error instanceof LoopgateError;
      reply({
        ok: false,
        error: {
          code: known ? error.code : 'training.trainer_crashed',
          message: (error as Error).message ?? String(error),
          retriable: known ? error.retriable : true,
        },
      });
    },
  );
});
