export * from './wait-for';
export * from './test-environment';
export * from './flights/flights';
export * from './parquet/write-parquet';
