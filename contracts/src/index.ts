export * from './generated/events';
export { EVENT_SCHEMAS, type SchemaVersion } from './generated/schemas';
export * from './catalog';
