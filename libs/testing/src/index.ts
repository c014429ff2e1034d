export * from './wait-for';
export * from './test-environment';
export * from './parquet/write-parquet';
export * from './free-port';
export * from './service-under-test';
export * from './test-authority';
export * from './test-client';
export * from './announced-specs';
