import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readFlights } from '@loopgate/datasets';
import { HEADER } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { freePort, testClient, waitFor, writeParquet } from '@loopgate/testing';
import { dropSchema, flightsSpec, ingestionEnvironment, type IngestionEnvironment } from './ingestion-harness';

// The service runs as its own process here: Parquet is read with hyparquet, an ES module that Node
// loads but Jest's CommonJS sandbox cannot.
describe('file uploads: CSV, JSON lines and Parquet of real flights', () => {
  let ie: IngestionEnvironment;
  let api: LoopgateClient;
  let service: ChildProcess;
  let rows: Array<{ flightId: string; date: number; distance: number; origin: string; destination: string }>;
  const MAX_BYTES = 200_000;
  const MAX_ROWS = 1_500;
  const MAX_EXPANDED_BYTES = 1_000_000;

  beforeAll(async () => {
    ie = await ingestionEnvironment();
    const port = await freePort();
    api = testClient({ ingestion: `http://127.0.0.1:${port}` });
    service = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')],
      {
        env: {
          ...process.env,
          ...ie.serviceEnv,
          PORT: String(port),
          LOG_LEVEL: 'error',
          INGEST_MAX_UPLOAD_BYTES: String(MAX_BYTES),
          INGEST_MAX_UPLOAD_ROWS: String(MAX_ROWS),
          INGEST_MAX_UPLOAD_EXPANDED_BYTES: String(MAX_EXPANDED_BYTES),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    rows = (await readFlights(0, 1_000)).map((f, i) => ({
      flightId: `2001-${i}`,
      date: f.date,
      distance: f.distance,
      origin: f.origin,
      destination: f.destination,
    }));
    await waitFor('the service to be ready', async () => (await api.ingestion.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });
    for (const datasetId of ['csv', 'jsonl', 'parquet', 'limits', 'traced']) {
      const registered = await api.ingestion.POST('/v1/datasets/{datasetId}/specs', {
        params: { path: { datasetId } },
        body: flightsSpec(),
      });
      expect(registered.response.status).toBe(201);
    }
  });

  afterAll(async () => {
    service?.kill('SIGKILL');
    await ie.env.cleanup();
    await dropSchema(ie.schema);
  });

  /** The file goes as it is, whatever its content type (the document types the body as CSV text). */
  const upload = (
    datasetId: string,
    file: Buffer | string | ReadableStream,
    contentType: string,
    headers: Record<string, string> = {},
  ) =>
    api.ingestion.POST('/v1/datasets/{datasetId}/uploads', {
      params: { path: { datasetId } },
      body: file as string,
      bodySerializer: () => file,
      headers: { 'content-type': contentType, ...headers },
      ...(file instanceof ReadableStream ? { duplex: 'half' as const } : {}),
    });
  const stats = (datasetId: string) =>
    unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', { params: { path: { datasetId } } }));
  const stored = (dataset: string, count: number) =>
    waitFor(`${count} records of ${dataset} stored`, async () => (await stats(dataset)).records === count);
  const toCsv = (items: Array<Record<string, unknown>>) =>
    [
      Object.keys(items[0]).join(','),
      ...items.map((r) =>
        Object.values(r)
          .map((v) => (typeof v === 'string' && v.includes(',') ? `"${v}"` : String(v)))
          .join(','),
      ),
    ].join('\n');

  it('accepts a CSV file', async () => {
    const response = await upload('csv', toCsv(rows), 'text/csv', { 'idempotency-key': 'csv-1' });
    expect(response.response.status).toBe(202);
    expect(response.data).toMatchObject({ format: 'csv', accepted: 1_000, duplicate: false });
    expect((await upload('csv', toCsv(rows), 'text/csv', { 'idempotency-key': 'csv-1' })).response.status).toBe(200);
    await stored('csv', 1_000);
  });

  it('carries the trace of the HTTP request into the events it produces (W3C traceparent)', async () => {
    const recorder = ie.env.bus.recorder([`${ie.env.prefix}ingest.records`]);
    await recorder.start();
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await upload('traced', toCsv(rows.slice(0, 3)), 'text/csv', {
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      });
      expect(response.response.status).toBe(202);
      const traced = await waitFor('the traced records', () => {
        const found = recorder.messages.filter((m) => m.headers[HEADER.traceparent]?.includes(traceId));
        return found.length === 3 && found;
      });
      // The service's own span (a child of the caller's) is what the events name as parent.
      expect(traced.every((m) => !m.headers[HEADER.traceparent].endsWith('00f067aa0ba902b7-01'))).toBe(true);
    } finally {
      await recorder.stop();
    }
  });

  it('accepts a JSON-lines file', async () => {
    const response = await upload('jsonl', rows.map((r) => JSON.stringify(r)).join('\n'), 'application/x-ndjson');
    expect(response.data).toMatchObject({ format: 'jsonl', accepted: 1_000 });
    await stored('jsonl', 1_000);
  });

  const FLIGHT_COLUMNS = [
    { name: 'flightId', type: 'STRING' },
    { name: 'date', type: 'TIMESTAMP' },
    { name: 'distance', type: 'DOUBLE' },
    { name: 'origin', type: 'STRING' },
    { name: 'destination', type: 'STRING' },
  ] as const;

  it('accepts a Parquet file', async () => {
    const file = await writeParquet(FLIGHT_COLUMNS, rows);
    const response = await upload('parquet', readFileSync(file), 'application/vnd.apache.parquet');
    expect(response.response.status).toBe(202);
    expect(response.data).toMatchObject({ format: 'parquet', accepted: 1_000 });
    await stored('parquet', 1_000);
  });

  it('refuses an oversized file, a truncated Parquet file, bad rows and unknown formats, storing nothing', async () => {
    const big = toCsv(Array.from({ length: 8 }, () => rows).flat());
    expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_BYTES);
    await expect(unwrap(upload('limits', big, 'text/csv'))).rejects.toMatchObject({
      status: 413,
      code: 'ingestion.upload_too_large',
    });
    // Without a Content-Length (chunked), the limit is enforced while the file streams in.
    const chunks = Readable.from([Buffer.from(big.slice(0, 100_000)), Buffer.from(big.slice(100_000))]);
    const chunked = await upload('limits', Readable.toWeb(chunks) as ReadableStream, 'text/csv');
    expect(chunked.response.status).toBe(413);

    const parquet = readFileSync(await writeParquet([{ name: 'flightId', type: 'STRING' }], rows));
    const truncated = await upload(
      'limits',
      parquet.subarray(0, Math.floor(parquet.length / 2)),
      'application/vnd.apache.parquet',
    );
    expect(truncated.response.status).toBe(422);
    expect(truncated.error?.error).toMatchObject({
      code: 'ingestion.unreadable_upload',
      message: expect.stringMatching(/not a readable Parquet file/),
    });

    const bad = await upload(
      'limits',
      toCsv([rows[0], { ...rows[1], distance: 'far' }, { ...rows[2], date: 'someday' }]),
      'text/csv',
    );
    expect(bad.response.status).toBe(422);
    // toMatchObject holds arrays to their length and order: these two problems, in this order.
    expect(bad.error?.error.details).toMatchObject({
      problems: [
        { row: 1, field: 'distance' },
        { row: 2, field: 'date' },
      ],
    });

    // A misspelt column is named once for the file, not as two problems on each of its rows.
    const misspelt = await upload(
      'limits',
      toCsv(rows.slice(0, 50).map(({ distance, ...r }) => ({ ...r, distanse: distance }))),
      'text/csv',
    );
    expect(misspelt.response.status).toBe(422);
    expect(misspelt.error?.error).toMatchObject({
      code: 'ingestion.csv_header_mismatch',
      details: { unknown: ['distanse'], missing: ['distance'] },
    });

    expect((await upload('limits', 'a,b', 'application/pdf')).response.status).toBe(415);
    expect((await upload('nobody', toCsv(rows.slice(0, 2)), 'text/csv')).response.status).toBe(404);
    expect(await stats('limits')).toMatchObject({ records: 0 });
  });
  it('refuses a file of more rows than a file may hold, and a small Parquet file that decompresses too far, storing nothing', async () => {
    const twice = [...rows, ...rows.map((r, i) => ({ ...r, flightId: `2002-${i}` }))];
    const csv = toCsv(twice);
    expect(Buffer.byteLength(csv)).toBeLessThan(MAX_BYTES); // within the size limit: the rows are too many
    await expect(unwrap(upload('limits', csv, 'text/csv'))).rejects.toMatchObject({
      status: 413,
      code: 'ingestion.upload_too_many_rows',
    });
    const manyRows = readFileSync(await writeParquet(FLIGHT_COLUMNS, twice));
    await expect(unwrap(upload('limits', manyRows, 'application/vnd.apache.parquet'))).rejects.toMatchObject({
      status: 413,
      code: 'ingestion.upload_too_many_rows',
      details: { declaredRows: 2_000 },
    });
    // 100 rows of 20 KB each compress to under 100 KB: the metadata says what they would decompress to.
    const bomb = readFileSync(
      await writeParquet(
        FLIGHT_COLUMNS,
        rows.slice(0, 100).map((r, i) => ({ ...r, origin: `${i}`.padEnd(20_000, 'x') })),
      ),
    );
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    const refused = await upload('limits', bomb, 'application/vnd.apache.parquet');
    expect(refused.response.status).toBe(413);
    expect(refused.error?.error).toMatchObject({
      code: 'ingestion.upload_expands_too_far',
      details: { maxExpandedBytes: MAX_EXPANDED_BYTES },
    });
    expect((refused.error?.error.details as { expandedBytes: number }).expandedBytes).toBeGreaterThan(2_000_000);
    expect(await stats('limits')).toMatchObject({ records: 0 });
  });
});
