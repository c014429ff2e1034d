import { onnx } from 'onnx-proto';
import { OnnxGraph } from '../onnx/onnx-graph';
import { addPreprocessing } from '../features/onnx-preprocessing';
import { type FittedFeatures } from '../features/fitted-features';
import { type LogisticRegressionModel } from '../trainers/logistic-regression';
import { type GradientBoostedTreesModel } from '../trainers/gradient-boosted-trees';
import { type RidgeRegressionModel } from '../trainers/ridge-regression';
import { type SoftmaxRegressionModel } from '../trainers/softmax-regression';
import { TASK_OUTPUT } from '../training/model-task';

/**
 * One ONNX graph from raw fields to a score: the feature set's preprocessing, then the model. Serving
 * feeds raw fields (preprocessingFeeds) and reads `score` [N, 1]; it cannot drift from training.
 */
export function exportLogisticRegression(
  fitted: FittedFeatures,
  model: LogisticRegressionModel,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const graph = new OnnxGraph();
  const features = addPreprocessing(graph, fitted);
  const weights = graph.floats('weights', Array.from(model.weights), [model.weights.length, 1]);
  const logit = graph.node('Add', [graph.node('MatMul', [features, weights]), graph.floats('bias', [model.bias], [])]);
  graph.node('Sigmoid', [logit], {}, '', TASK_OUTPUT.binary);
  graph.output(TASK_OUTPUT.binary, onnx.TensorProto.DataType.FLOAT, 1);
  return graph.toBytes(`${fitted.definition.featureSetId}@${fitted.version}/logistic_regression`, 'loopgate', metadata);
}

/** Preprocessing, then one linear layer and a Softmax: `probabilities` [N, K], class k in column k. */
export function exportSoftmaxRegression(
  fitted: FittedFeatures,
  model: SoftmaxRegressionModel,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const graph = new OnnxGraph();
  const features = addPreprocessing(graph, fitted);
  const columns = fitted.columns.length;
  // The model keeps each class's weights together; MatMul wants [columns, classes].
  const byColumn = Array.from(
    { length: columns * model.classCount },
    (_, i) => model.weights[(i % model.classCount) * columns + Math.floor(i / model.classCount)],
  );
  const weights = graph.floats('weights', byColumn, [columns, model.classCount]);
  const logits = graph.node('Add', [
    graph.node('MatMul', [features, weights]),
    graph.floats('biases', Array.from(model.biases), [model.classCount]),
  ]);
  graph.node('Softmax', [logits], { axis: { int: -1 } }, '', TASK_OUTPUT.multiclass);
  graph.output(TASK_OUTPUT.multiclass, onnx.TensorProto.DataType.FLOAT, model.classCount);
  return graph.toBytes(`${fitted.definition.featureSetId}@${fitted.version}/softmax_regression`, 'loopgate', metadata);
}

/** Preprocessing, then one linear layer: the predicted `value` [N, 1]. */
export function exportRidgeRegression(
  fitted: FittedFeatures,
  model: RidgeRegressionModel,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const graph = new OnnxGraph();
  const features = addPreprocessing(graph, fitted);
  const weights = graph.floats('weights', Array.from(model.weights), [model.weights.length, 1]);
  graph.node(
    'Add',
    [graph.node('MatMul', [features, weights]), graph.floats('bias', [model.bias], [])],
    {},
    '',
    TASK_OUTPUT.regression,
  );
  graph.output(TASK_OUTPUT.regression, onnx.TensorProto.DataType.FLOAT, 1);
  return graph.toBytes(`${fitted.definition.featureSetId}@${fitted.version}/ridge_regression`, 'loopgate', metadata);
}

/**
 * Preprocessing, then the trees as one TreeEnsembleRegressor (summing raw scores from the base scores,
 * one target per class for softmax), then a Sigmoid to `score` for binary log loss, the sum itself as
 * `value` for squared error, or a Softmax to `probabilities` [N, K]. The regressor op, not the classifier: onnxruntime's binary
 * classifier output was wrong when both classes carry weights, and it cannot return the probability map.
 */
export function exportGradientBoostedTrees(
  fitted: FittedFeatures,
  model: GradientBoostedTreesModel,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const graph = new OnnxGraph();
  const features = addPreprocessing(graph, fitted);
  const n = {
    tree: [] as number[],
    node: [] as number[],
    feature: [] as number[],
    value: [] as number[],
    mode: [] as string[],
    yes: [] as number[],
    no: [] as number[],
  };
  const target = { tree: [] as number[], node: [] as number[], weight: [] as number[] };
  model.trees.forEach((tree, t) => {
    tree.forEach((node, id) => {
      const split = Number.isNaN(node.value);
      n.tree.push(t);
      n.node.push(id);
      n.feature.push(split ? node.feature : 0);
      n.value.push(split ? node.threshold : 0);
      n.mode.push(split ? 'BRANCH_LEQ' : 'LEAF');
      n.yes.push(split ? node.left : 0);
      n.no.push(split ? node.right : 0);
      if (!split) {
        target.tree.push(t);
        target.node.push(id);
        target.weight.push(node.value);
      }
    });
  });
  const raw = graph.node(
    'TreeEnsembleRegressor',
    [features],
    {
      n_targets: { int: model.classCount },
      aggregate_function: { string: 'SUM' },
      post_transform: { string: 'NONE' },
      base_values: { floats: [...model.baseScores] },
      nodes_treeids: { ints: n.tree },
      nodes_nodeids: { ints: n.node },
      nodes_featureids: { ints: n.feature },
      nodes_values: { floats: n.value },
      nodes_modes: { strings: n.mode },
      nodes_truenodeids: { ints: n.yes },
      nodes_falsenodeids: { ints: n.no },
      target_treeids: { ints: target.tree },
      target_nodeids: { ints: target.node },
      target_ids: { ints: target.tree.map((t) => t % model.classCount) },
      target_weights: { floats: target.weight },
    },
    'ai.onnx.ml',
  );
  const task = model.loss === 'softmax' ? 'multiclass' : model.loss === 'binary_logloss' ? 'binary' : 'regression';
  if (task === 'multiclass') graph.node('Softmax', [raw], { axis: { int: -1 } }, '', TASK_OUTPUT.multiclass);
  else graph.node(task === 'binary' ? 'Sigmoid' : 'Identity', [raw], {}, '', TASK_OUTPUT[task]);
  graph.output(TASK_OUTPUT[task], onnx.TensorProto.DataType.FLOAT, model.classCount);
  return graph.toBytes(
    `${fitted.definition.featureSetId}@${fitted.version}/gradient_boosted_trees`,
    'loopgate',
    metadata,
  );
}
