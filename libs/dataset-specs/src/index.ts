export * from './spec-version.entity';
export * from './dataset-specs.service';
export * from './dataset-specs.module';
export * from './spec-versions.migration';
export * from './row-identity';
