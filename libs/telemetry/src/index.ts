export * from './telemetry';
export * from './json-logger';
