export * from './data-source';
export * from './column-transformers';
export * from './sql-names';
export * from './uuid';
export * from './service-roles';
