import { metrics, type Meter } from '@opentelemetry/api';

/**
 * A library's or a service's metric instruments, made on first use rather than at import: the metrics
 * API has no proxy, so instruments made before the SDK starts would stay no-ops.
 */
export function lazyInstruments<T>(meterName: string, make: (meter: Meter) => T): () => T {
  let instruments: T | null = null;
  return () => (instruments ??= make(metrics.getMeter(meterName)));
}
