import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startTelemetry, stopTelemetry } from '@loopgate/telemetry';
import { type LoopgateClient } from '@loopgate/client';
import { authorizedFetch, freePort, testClient, waitFor } from '@loopgate/testing';
import { SERVICE_NAME } from '../src/ingestion.config';
import { startIngestion, type RunningIngestion } from './ingestion-harness';

describe('ingestion service on real Kafka and Postgres', () => {
  let ingestion: RunningIngestion;
  let api: LoopgateClient;

  beforeAll(async () => {
    startTelemetry({ serviceName: SERVICE_NAME, serviceVersion: 'test' });
    ingestion = await startIngestion();
    api = testClient({ ingestion: ingestion.url });
  });

  afterAll(async () => {
    await ingestion?.stop();
    await stopTelemetry();
  });

  it('is live, ready (Kafka and Postgres answer) and serves Prometheus metrics', async () => {
    expect((await api.ingestion.GET('/health/live')).response.status).toBe(200);
    const ready = await api.ingestion.GET('/health/ready');
    expect(ready.response.status).toBe(200);
    expect(ready.data).toMatchObject({
      status: 'ready',
      checks: { kafka: { status: 'up' }, postgres: { status: 'up' }, access: { status: 'up' } },
    });
    const metrics = await api.ingestion.GET('/metrics', { parseAs: 'text' });
    expect(metrics.response.status).toBe(200);
    expect(metrics.response.headers.get('content-type')).toMatch(/text\/plain/);
  });

  it('refuses malformed JSON with 400', async () => {
    const malformed = await authorizedFetch(`${ingestion.url}/v1/datasets/flights/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"records":',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('http.400');
  });

  it('runs as a process and shuts down in order on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')],
      {
        env: { ...process.env, ...ingestion.serviceEnv, PORT: String(port), LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );

    const childApi = testClient({ ingestion: `http://127.0.0.1:${port}` });
    await waitFor('the process to be ready', async () => (await childApi.ingestion.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM'); // Nest closes everything, then re-raises the signal
    const logs = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(logs.every((l) => l.service === 'ingestion' && typeof l.time === 'string')).toBe(true);
    expect(logs.map((l) => l.message)).toEqual(
      expect.arrayContaining([`ingestion listening on :${port}`, 'SIGTERM received, shutting down']),
    );
  });

  it('refuses to start with a bad configuration and lists every bad variable', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')],
      {
        env: { PATH: process.env.PATH, PORT: 'eighty', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('ingestion cannot start, its configuration is invalid');
    expect(result.stderr).toMatch(/PORT is "eighty"/);
    expect(result.stderr).toMatch(/KAFKA_BROKERS is "no-port"/);
    expect(result.stderr).toMatch(/LOG_LEVEL is "loud"/);
  });
});
