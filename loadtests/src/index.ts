export * from './load-test';
export * from './load-test-verdict';
export * from './load-test-gate';
export * from './replayed-rows';
