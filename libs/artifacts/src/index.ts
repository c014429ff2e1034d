export * from './artifact-store';
export * from './artifacts.errors';
export * from './local-artifact-store';
export * from './json-lines';
export * from './canonical-json';
