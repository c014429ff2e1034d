import { type FeatureDefinition } from '@loopgate/ml';

/** First row of February, and of March, in flights-3m.parquet (sorted by date): the trainer benches train on January, test on February. */
export const FEBRUARY = 508_239;
export const MARCH = 966_409;

/** The feature definition every trainer bench gives Loopgate and, as the same matrix, its references. */
export const BENCH_DEFINITION: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1_000, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination', source: 'destination', minFrequency: 1_000, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hour', 'dayOfWeek', 'hourCyclical'] },
  ],
};
