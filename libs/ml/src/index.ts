export * from './features/feature-definition';
export * from './features/fitted-features';
export * from './features/feature-transform';
export * from './features/onnx-preprocessing';
export * from './features/onnx-feeds';
export * from './onnx/onnx-graph';
