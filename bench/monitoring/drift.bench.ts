/**
 * Drift of real flights against January's reference profile: every month from February to June, and the
 * time to compute drift over a 1,000,000-row window (all the flights features), in this process.
 *
 *   npm run bench:drift
 */
import { readFlights } from '@loopgate/datasets';
import { featureDrift, referenceProfile, type FeatureDefinition } from '@loopgate/ml';
import { machine } from '../harness';

// First rows of each month in flights-3m.parquet (sorted by date).
const MONTHS = { Jan: 0, Feb: 508_239, Mar: 966_409, Apr: 1_477_911, May: 1_978_941, Jun: 2_497_772 } as const;

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination', source: 'destination', minFrequency: 20, encoding: 'target' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};

async function main(): Promise<void> {
  const all = (await readFlights(0, MONTHS.Jun + 500_000)) as unknown as Array<Record<string, unknown>>;
  const january = all.slice(0, MONTHS.Feb);
  const profile = referenceProfile(definition, january);
  const names = Object.keys(MONTHS) as Array<keyof typeof MONTHS>;
  console.log(`drift against January's profile (PSI per feature; KS for distance)`);
  for (let m = 1; m < names.length; m++) {
    const window = all.slice(MONTHS[names[m]], m + 1 < names.length ? MONTHS[names[m + 1]] : all.length);
    const report = featureDrift(definition, profile, window);
    console.log(
      `  ${names[m]} (${window.length} rows): ${report.features.map((f) => `${f.feature} ${f.psi.toFixed(3)}${f.ks !== null ? ` (KS ${f.ks.toFixed(3)})` : ''} ${f.status}`).join(', ')}`,
    );
  }
  const million = all.slice(MONTHS.Feb, MONTHS.Feb + 1_000_000);
  featureDrift(definition, profile, million.slice(0, 10_000)); // warm-up
  const started = performance.now();
  const report = featureDrift(definition, profile, million);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  1,000,000 rows (February-March), ${report.features.length} features: ${seconds.toFixed(2)} s (${Math.round(1_000_000 / seconds).toLocaleString()} rows/s)`,
  );
  console.log(JSON.stringify({ rows: 1_000_000, seconds: +seconds.toFixed(3), machine: machine() }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
