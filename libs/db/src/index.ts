export * from './data-source';
export * from './column-transformers';
