import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeedTensor } from '@loopgate/ml';
import { waitFor } from '@loopgate/testing';
import { InferenceThreadDiedError, InferenceThreads } from '../src/deployments/inference-threads';

const MODEL = readFileSync(join(__dirname, '../../../libs/ml/test/fixtures/imported/penguins-sklearn-pipeline.onnx'));
const number = (value: number): FeedTensor => ({ type: 'float32', data: Float32Array.of(value), dims: [1, 1] });
const FEEDS: Record<string, FeedTensor> = {
  island: { type: 'string', data: ['Biscoe'], dims: [1, 1] },
  bill_length_mm: number(45.2),
  bill_depth_mm: number(14.8),
  flipper_length_mm: number(212),
  body_mass_g: number(5200),
};

describe('inference threads on onnxruntime', () => {
  let threads: InferenceThreads;
  const lines: string[] = [];

  beforeAll(async () => {
    threads = new InferenceThreads(2, {
      script: join(__dirname, 'fixtures/dying-inference-worker.js'),
      log: (_level, message) => void lines.push(message),
    });
    await threads.load('mass', MODEL);
  });

  afterAll(() => threads.stop());

  it('fails the calls of a thread that dies at once, replaces it, and the replacement serves every model', async () => {
    const expected = await threads.run('mass', FEEDS, 'probabilities'); // the first thread
    await expect(threads.run('die', FEEDS, 'probabilities')).rejects.toThrow(InferenceThreadDiedError); // the second
    expect(lines).toEqual([expect.stringMatching(/an inference thread died: .*exit code 7.*replacing it/)]);

    await waitFor('the replacement to have loaded the model', () => threads.ready === 2);
    const answers = await Promise.all(Array.from({ length: 6 }, () => threads.run('mass', FEEDS, 'probabilities')));
    expect(answers).toEqual(Array.from({ length: 6 }, () => expected));
  });
});
