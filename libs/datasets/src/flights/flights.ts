import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type IngestionComponents } from '@loopgate/client';

/** The body of POST /v1/datasets/:id/specs, as the client types it from ingestion's document. */
type DatasetSpecRequest = IngestionComponents['schemas']['DatasetSpecRequest'];

/** One real US flight of January-June 2001 (vega-datasets' flights-3m.parquet). */
export interface Flight {
  /** Epoch milliseconds of the scheduled departure. */
  readonly date: number;
  /** Minutes of delay (negative: early). */
  readonly delay: number;
  readonly distance: number;
  readonly origin: string;
  readonly destination: string;
}

/** Rows [start, end) of the reference flights data, in file order (sorted by date). */
export async function readFlights(start: number, end: number): Promise<Flight[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(__dirname, 'read-flights.mjs'), String(start), String(end)],
    { maxBuffer: 512 * 2 ** 20 },
  );
  return JSON.parse(stdout) as Flight[];
}

/** First row of each month of 2001 in flights-3m.parquet (January..June), and the row count. */
const MONTH_STARTS = [0, 508_239, 966_409, 1_477_911, 1_978_941, 2_497_772, 3_000_000] as const;

/**
 * `count` flights of one month (1 = January .. 6 = June), taken evenly across it (every k-th row), so
 * they span the month's days and hours as the whole month does, in date order.
 */
export async function readFlightsOfMonth(month: number, count: number): Promise<Flight[]> {
  if (!Number.isInteger(month) || month < 1 || month > 6)
    throw new Error(`the flights data covers months 1-6 of 2001; got ${month}`);
  const all = await readFlights(MONTH_STARTS[month - 1], MONTH_STARTS[month]);
  const stride = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % stride === 0).slice(0, count);
}

/**
 * The flights dataset as Loopgate declares it (the body of POST /v1/datasets/flights/specs): the label
 * "delayed more than 15 minutes" is known only after the flight, so it is nullable and arrives later as LabelObserved.
 */
export const FLIGHTS_SPEC = {
  fields: [
    { name: 'flightId', type: 'STRING' },
    { name: 'date', type: 'TIMESTAMP' },
    { name: 'distance', type: 'NUMBER', min: 0, max: 6000 },
    { name: 'origin', type: 'STRING' },
    { name: 'destination', type: 'STRING' },
    { name: 'delayed', type: 'INTEGER', nullable: true, min: 0, max: 1 },
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
  segmentFields: ['origin'],
} satisfies DatasetSpecRequest;

/** A flight as a row of the flights dataset: label "delayed more than 15 minutes". */
export function flightRow(
  flight: Flight,
  index: number,
): { flightId: string; date: number; distance: number; origin: string; destination: string; delayed: number } {
  return {
    flightId: `2001-${index}`,
    date: flight.date,
    distance: flight.distance,
    origin: flight.origin,
    destination: flight.destination,
    delayed: flight.delay > 15 ? 1 : 0,
  };
}
