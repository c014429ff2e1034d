import { OutboxRelay } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { testClient, waitFor } from '@loopgate/testing';
import { flightsSpec, startIngestion, type RunningIngestion } from './ingestion-harness';

const BACKLOG_LIMIT = 100;

describe('ingestion pushes back when its outbox fills faster than it is published', () => {
  let ingestion: RunningIngestion;
  let api: LoopgateClient;

  beforeAll(async () => {
    ingestion = await startIngestion({ INGEST_MAX_OUTBOX_BACKLOG: String(BACKLOG_LIMIT) });
    api = testClient({ ingestion: ingestion.url });
  });
  afterAll(() => ingestion?.stop());

  const held = { params: { path: { datasetId: 'held' } } };
  const send = (from: number, count: number) =>
    api.ingestion.POST('/v1/datasets/{datasetId}/records', {
      ...held,
      body: {
        records: Array.from({ length: count }, (_, i) => ({
          flightId: `h${from + i}`,
          date: 978307200000 + (from + i) * 1000,
          distance: 500,
          origin: 'SFO',
          destination: 'JFK',
        })),
      },
    });

  it('answers 503 with Retry-After past INGEST_MAX_OUTBOX_BACKLOG unpublished events, accepting nothing, and takes records again once they are out', async () => {
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...held, body: flightsSpec() }));
    const relay = ingestion.app.get(OutboxRelay);
    await relay.stop(); // as a relay that cannot keep up: what is accepted stays unpublished
    expect((await send(0, 500)).response.status).toBe(202);
    let sent = 500;
    const refused = await waitFor('the backlog refused', async () => {
      const answer = await send(sent, 1);
      if (answer.response.status === 202) sent++;
      return answer.response.status === 503 && answer;
    });
    expect(refused.error?.error).toMatchObject({
      code: 'ingestion.backlogged',
      details: { limit: BACKLOG_LIMIT },
    });
    expect(refused.response.headers.get('retry-after')).toBe('5');
    relay.start();
    await waitFor('records taken again', async () => {
      const answer = await send(sent, 1);
      if (answer.response.status === 202) sent++;
      return answer.response.status === 202;
    });
    // Everything answered 202 was stored; the refused record was not.
    await waitFor(`${sent} records stored`, async () => {
      const { records } = await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', held));
      return records === sent;
    });
  });
});
