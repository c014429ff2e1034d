import { type Counter } from '@opentelemetry/api';
import { lazyInstruments } from '@loopgate/telemetry';

interface ServingMetrics {
  readonly rowsServed: Counter;
  readonly unseenCategories: Counter;
}

const servingMetrics = lazyInstruments('@loopgate/serving', (meter): ServingMetrics => ({
  rowsServed: meter.createCounter('loopgate_serving_rows_served', {
    description: 'Rows answered, by model, version and route',
  }),
  unseenCategories: meter.createCounter('loopgate_serving_unseen_categories', {
    description: 'Rows served through the unknown bucket of a field, by model, version and field',
  }),
}));

/** Counts one group of rows answered by one version: the rate of unseen categories per field is the second over the first. */
export function countServed(
  model: { name: string; version: number | null },
  route: string,
  unseenPerRow: readonly string[][],
): void {
  const { rowsServed, unseenCategories } = servingMetrics();
  const attributes = { model: model.name, version: String(model.version ?? 'fallback') };
  rowsServed.add(unseenPerRow.length, { ...attributes, route });
  const perField = new Map<string, number>();
  for (const fields of unseenPerRow) for (const field of fields) perField.set(field, (perField.get(field) ?? 0) + 1);
  for (const [field, rows] of perField) unseenCategories.add(rows, { ...attributes, field });
}
