export * from './spec-version.entity';
export * from './dataset-specs.service';
export * from './dataset-specs.module';
export * from './spec-versions.migration';
export * from './row-identity';
export * from './sealed-snapshot.entity';
export * from './sealed-snapshots.service';
export * from './sealed-snapshots.module';
