export * from './latest-record.entity';
export * from './latest-records.service';
export * from './latest-records.module';
export * from './latest-records.migration';
