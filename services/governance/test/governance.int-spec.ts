import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { EventCodec, HEADER } from '@loopgate/bus';
import { type GovernanceComponents, type LoopgateClient, unwrap } from '@loopgate/client';
import { type AccessDenied, type ApprovalGranted, type AuditCheckpointed, type EventType } from '@loopgate/contracts';
import {
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  testAuthority,
  testClient,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { entryHash } from '../src/audit/audit-chain';
import { loadGovernanceConfig, SERVICE_NAME } from '../src/governance.config';

const codec = new EventCodec();
const ROOT = join(__dirname, '../../..');

describe('governance: the audit log and the approval queue on Kafka and Postgres', () => {
  let service: ServiceUnderTest;
  let api: LoopgateClient;
  let db: DataSource;
  let table: string;

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadGovernanceConfig,
      module: AppModule.register,
      record: ['governance.decisions', 'access.denials'],
      env: { GOVERNANCE_CHECKPOINT_INTERVAL_MS: '200' },
    });
    api = testClient({ governance: service.url });
    db = service.app.get(DataSource);
    table = `"${service.schema}"."audit_entries"`;
  });

  afterAll(() => service?.stop());

  const auditEntries = (query: { type?: string; correlationId?: string }) =>
    unwrap(api.governance.GET('/v1/audit/entries', { params: { query } }));
  const decisions = <T>(type: EventType) =>
    service.messages.filter((m) => m.headers[HEADER.type] === type).map((m) => codec.decode(m.value).payload as T);
  const verify = () => unwrap(api.governance.GET('/v1/audit/verify'));
  /** Runs SQL as someone with rights over the table would, past the append-only trigger. */
  const tamper = async (sql: string, parameters: unknown[] = []) => {
    await db.query(`ALTER TABLE ${table} DISABLE TRIGGER "audit_entries_append_only"`);
    try {
      await db.query(sql, parameters);
    } finally {
      await db.query(`ALTER TABLE ${table} ENABLE TRIGGER "audit_entries_append_only"`);
    }
  };
  const runVerifyCommand = () =>
    promisify(execFile)(
      process.execPath,
      ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'services/governance/src/audit/verify-audit-log.ts')],
      {
        env: {
          ...process.env,
          DATABASE_URL: TEST_DATABASE_URL,
          DATABASE_SCHEMA: service.schema,
          KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
          TOPIC_PREFIX: service.env.prefix,
          LOOPGATE_ROOT_PUBLIC_KEY: testAuthority().rootPublicKey,
          LOG_LEVEL: 'error',
        },
      },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it('records every event once, in a chain that verifies, and publishes checkpoints of its head', async () => {
    const recommendation = {
      recommendationId: randomUUID(),
      modelName: 'delay',
      rule: 'quality-below-floor',
      reason: 'ece 0.055 above 0.035',
      signalIds: ['s1'],
    };
    const eventId = randomUUID();
    await service.env.bus.publish([
      { type: 'RetrainRecommended', payload: recommendation, eventId },
      { type: 'RetrainRecommended', payload: recommendation, eventId }, // delivered twice: one entry
      ...Array.from({ length: 8 }, (_, i) => ({
        type: 'LabelObserved' as const,
        payload: {
          datasetId: 'flights',
          entityId: `f-${i}`,
          eventTime: 978_307_200_000 + i,
          observedAt: 978_400_000_000,
          predictionId: null,
          label: i % 2,
        },
      })),
      {
        type: 'RollbackRecommended',
        payload: {
          recommendationId: randomUUID(),
          modelName: 'delay',
          version: 2,
          rule: 'canary-regression',
          reason: 'p99 5x',
          signalIds: [],
        },
      },
    ]);
    const checkpoint = await waitFor('a checkpoint covering the ten events', () =>
      decisions<AuditCheckpointed>('AuditCheckpointed').find((c) => c.sequence >= 10),
    );
    const page = await auditEntries({ type: 'RetrainRecommended' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      eventId,
      topic: 'monitoring.signals',
      payload: { rule: 'quality-below-floor' },
    });
    // An event from outside starts its own correlation: the log finds the run by it.
    const run = await auditEntries({ correlationId: eventId });
    expect(run.items.map((e) => e.eventId)).toEqual([eventId]);
    const [entry] = await db.query(`SELECT "hash" FROM ${table} WHERE "sequence" = $1`, [checkpoint.sequence]);
    expect(entry.hash).toBe(checkpoint.headHash);
    // Signed by governance's signing key, whose certificate is on governance.access.
    expect(checkpoint).toMatchObject({ signedBy: expect.stringMatching(/^k-/), signature: expect.any(String) });
    const verified = await verify();
    expect(verified).toMatchObject({ ok: true, firstBreak: null, checkpoints: { unverified: 0 } });
    expect(verified.entries).toBeGreaterThanOrEqual(10);
    expect(verified.checkpoints.checked).toBeGreaterThan(0);
  });

  it('keeps its signing keys sealed: the table holds no private key in the clear', async () => {
    const keys: Array<{ private_key: string }> = await db.query(
      `SELECT "private_key" FROM "${service.schema}"."signing_keys"`,
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const { private_key: stored } of keys) {
      expect(stored).toMatch(/^sealed:v1:/);
      expect(stored).not.toContain('PRIVATE KEY');
    }
  });

  it('does not take a checkpoint that governance did not sign: one forged on the topic is counted, not used', async () => {
    await service.env.bus.publish([
      {
        type: 'AuditCheckpointed',
        payload: {
          subject: 'audit-log',
          sequence: 1,
          headHash: '0'.repeat(64),
          checkpointedAt: Date.now(),
          signedBy: null,
          signature: null,
        },
      },
    ]);
    const verified = await waitFor('the forged checkpoint counted', async () => {
      const result = await verify();
      return result.checkpoints.unverified === 1 && result;
    });
    expect(verified).toMatchObject({ ok: true, checkpoints: { mismatch: null } });
  });

  it('refuses to change or remove an entry', async () => {
    await expect(db.query(`UPDATE ${table} SET "actor" = 'mallory' WHERE "sequence" = 1`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(db.query(`DELETE FROM ${table} WHERE "sequence" = 1`)).rejects.toThrow(/append-only: DELETE refused/);
  });

  it('names the first altered entry, over HTTP and with the verify command', async () => {
    const [original] = await db.query(
      `SELECT "sequence", "payload" FROM ${table} WHERE "type" = 'LabelObserved' ORDER BY "sequence" LIMIT 1`,
    );
    const n = Number(original.sequence);
    await tamper(
      `UPDATE ${table} SET "payload" = replace("payload", '"label":', '"label":1,"was":') WHERE "sequence" = $1`,
      [n],
    );
    expect((await verify()).firstBreak).toEqual({
      sequence: n,
      reason: `entry ${n} does not hash to its recorded hash: altered`,
    });
    const command = await runVerifyCommand();
    expect(command.code).toBe(1);
    expect(JSON.parse(command.stdout)).toMatchObject({ ok: false, firstBreak: { sequence: n } });
    await tamper(`UPDATE ${table} SET "payload" = $1 WHERE "sequence" = $2`, [original.payload, n]);
    expect((await verify()).ok).toBe(true);
  });

  it('names a removed entry', async () => {
    const [removed] = await db.query(`SELECT * FROM ${table} WHERE "sequence" = 5`);
    await tamper(`DELETE FROM ${table} WHERE "sequence" = 5`);
    expect((await verify()).firstBreak).toMatchObject({ sequence: 5, reason: expect.stringContaining('removed') });
    const columns = Object.keys(removed);
    await tamper(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => removed[c]),
    );
    expect((await verify()).ok).toBe(true);
  });

  it('catches a log rewritten and re-hashed from an entry on, by the checkpoints outside the database', async () => {
    const rows: Array<Record<string, string>> = await db.query(`SELECT * FROM ${table} ORDER BY "sequence"`);
    let prevHash = rows[1].hash;
    await tamper(`UPDATE ${table} SET "actor" = 'mallory' WHERE "sequence" = 3`);
    for (const row of rows.slice(2)) {
      const facts = {
        sequence: Number(row.sequence),
        eventId: row.event_id,
        type: row.type,
        topic: row.topic,
        partition: Number(row.partition),
        offset: row.kafka_offset,
        time: row.time,
        source: row.source,
        actor: Number(row.sequence) === 3 ? 'mallory' : row.actor,
        correlationId: row.correlation_id,
        causationId: row.causation_id,
        subject: row.subject,
        payload: row.payload,
      };
      const hash = entryHash(prevHash, facts);
      await tamper(`UPDATE ${table} SET "prev_hash" = $1, "hash" = $2 WHERE "sequence" = $3`, [
        prevHash,
        hash,
        facts.sequence,
      ]);
      prevHash = hash;
    }
    // The database's own copy of the checkpoints rewritten too: the signed copy on the topic still differs.
    await db.query(
      `UPDATE "${service.schema}"."audit_checkpoints" c SET "head_hash" = e."hash" FROM ${table} e WHERE e."sequence" = c."sequence"`,
    );
    const result = await verify();
    expect(result.firstBreak).toBeNull(); // the chain itself is consistent again...
    expect(result.ok).toBe(false); // ...but not with the heads governance signed and published before
    expect(result.checkpoints.mismatch!.sequence).toBeGreaterThanOrEqual(3);
    const command = await runVerifyCommand();
    expect(command.code).toBe(1);
    expect(JSON.parse(command.stdout)).toMatchObject({
      ok: false,
      firstBreak: null,
      checkpoints: { mismatch: { sequence: expect.any(Number) } },
    });
  });

  it('queues approvals, refuses self-approval (audited as AccessDenied), and publishes the decision once', async () => {
    const approvalId = randomUUID();
    await service.env.bus.publish([
      {
        type: 'ApprovalRequired',
        payload: {
          modelName: 'delay',
          version: 3,
          targetStage: 'PRODUCTION',
          approvalId,
          reason: 'override of failed gates requested: storm week',
          requestedBy: 'alice',
          failedGates: ['regression.auc (origin=SFO)'],
        },
      },
    ]);
    const queued = await waitFor('the approval in the queue', async () =>
      (await unwrap(api.governance.GET('/v1/approvals', { params: { query: { status: 'PENDING' } } }))).items.find(
        (a) => a.approvalId === approvalId,
      ),
    );
    expect(queued.failedGates).toEqual(['regression.auc (origin=SFO)']);
    // The model belongs to team flights; alice asked for the promotion, bob and carol approve for the team.
    await testAuthority().assign(service.env.bus, 'model', 'delay', 'flights');
    const approver = (name: string) => testAuthority().token({ name, roles: [{ team: 'flights', role: 'approver' }] });
    const decide = async (body: GovernanceComponents['schemas']['ApprovalDecision'], who = 'bob') =>
      api.governance.POST('/v1/approvals/{approvalId}/decision', {
        params: { path: { approvalId } },
        body,
        headers: { authorization: `Bearer ${await approver(who)}` },
      });

    const self = await decide({ decision: 'GRANT', reason: 'looks fine to me' }, 'alice');
    expect(self.response.status).toBe(403);
    expect(self.error?.error.code).toBe('governance.self_approval');
    const denied = await waitFor('AccessDenied', () =>
      decisions<AccessDenied>('AccessDenied').find((d) => d.subject === 'alice'),
    );
    expect(denied.reason).toContain('self-approval');

    // Raw: a decision off its enum, which the typed client cannot send.
    const invalid = await authorizedFetch(`${service.url}/v1/approvals/${approvalId}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await approver('bob')}` },
      body: JSON.stringify({ decision: 'MAYBE', reason: '' }),
    });
    expect(invalid.status).toBe(422);
    const { error } = (await invalid.json()) as {
      error: { code: string; details: { problems: Array<{ in: string; path: string; allowed?: string[] }> } };
    };
    expect(error.code).toBe('http.invalid_request');
    expect(error.details.problems.map((p) => `${p.in} ${p.path}`)).toEqual(['body decision', 'body reason']);
    expect(error.details.problems[0].allowed).toEqual(['GRANT', 'REJECT']);
    const granted = await decide({
      decision: 'GRANT',
      reason: 'SFO holdout week had a storm; other segments improved',
    });
    expect(granted.response.status).toBe(200);
    expect(granted.data).toMatchObject({ status: 'GRANTED', decidedBy: 'bob' });
    const event = await waitFor('ApprovalGranted', () =>
      decisions<ApprovalGranted>('ApprovalGranted').find((d) => d.approvalId === approvalId),
    );
    expect(event).toMatchObject({ subject: 'delay', decidedBy: 'bob' });
    expect((await decide({ decision: 'REJECT', reason: 'too late' }, 'carol')).response.status).toBe(409);
    const unknown = await api.governance.POST('/v1/approvals/{approvalId}/decision', {
      params: { path: { approvalId: randomUUID() } },
      body: { decision: 'GRANT', reason: 'x' },
    });
    expect(unknown.response.status).toBe(404);
    // The refusal and the decision are in the audit log like every other event.
    await waitFor(
      'the decisions in the audit log',
      async () =>
        (await auditEntries({ type: 'ApprovalGranted' })).items.length === 1 &&
        (await auditEntries({ type: 'AccessDenied' })).items.length === 1,
    );
  });
});
