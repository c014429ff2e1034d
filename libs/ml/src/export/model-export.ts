import { onnx } from 'onnx-proto';
import { OnnxGraph } from '../onnx/onnx-graph';
import { addPreprocessing } from '../features/onnx-preprocessing';
import { type FittedFeatures } from '../features/fitted-features';
import { type LogisticRegressionModel } from '../trainers/logistic-regression';

/**
 * One ONNX graph from raw fields to a score: the feature set's preprocessing, then the model. Serving
 * feeds raw fields (preprocessingFeeds) and reads `score` [N, 1]; it cannot drift from training.
 */
export function exportLogisticRegression(fitted: FittedFeatures, model: LogisticRegressionModel): Uint8Array {
  const graph = new OnnxGraph();
  const features = addPreprocessing(graph, fitted);
  const weights = graph.floats('weights', Array.from(model.weights), [model.weights.length, 1]);
  const logit = graph.node('Add', [graph.node('MatMul', [features, weights]), graph.floats('bias', [model.bias], [])]);
  graph.node('Sigmoid', [logit], {}, '', 'score');
  graph.output('score', onnx.TensorProto.DataType.FLOAT, 1);
  return graph.toBytes(`${fitted.definition.featureSetId}@${fitted.version}/logistic_regression`, 'loopgate');
}
