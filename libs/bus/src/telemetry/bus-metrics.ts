import { type Counter, type Histogram } from '@opentelemetry/api';
import { lazyInstruments } from '@loopgate/telemetry';

interface BusMetrics {
  readonly published: Counter;
  readonly handled: Counter;
  readonly deadLettered: Counter;
  readonly waitingForSchema: Counter;
  readonly handlerDuration: Histogram;
}

/** Counters and timings of the bus, exported on each service's /metrics. */
export const busMetrics = lazyInstruments('@loopgate/bus', (meter): BusMetrics => ({
  published: meter.createCounter('loopgate_bus_events_published', { description: 'Events sent to Kafka, by topic' }),
  handled: meter.createCounter('loopgate_bus_events_handled', {
    description: 'Events handled by a consumer, by topic, type, group and outcome',
  }),
  deadLettered: meter.createCounter('loopgate_bus_events_dead_lettered', {
    description: 'Messages sent to a dead-letter topic, by topic, group and error code',
  }),
  waitingForSchema: meter.createCounter('loopgate_bus_partitions_waiting_for_schema', {
    description: 'Times a partition stopped at an event of a schema its consumer does not know (upgrade the consumer)',
  }),
  handlerDuration: meter.createHistogram('loopgate_bus_handler_duration', {
    description: 'Time a handler took, retries included',
    unit: 's',
  }),
}));
