import { randomBytes, randomUUID } from 'node:crypto';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LoopgateClient, type RegistryComponents, unwrap } from '@loopgate/client';
import { type GateEvaluated, type RolledBack, type StageChanged, type TrainingCompleted } from '@loopgate/contracts';
import {
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadRegistryConfig, SERVICE_NAME } from '../src/registry.config';

type Json = Record<string, unknown>;
type ApiError = RegistryComponents['schemas']['Error'];
type PromotionRequest = RegistryComponents['schemas']['PromotionRequest'];
type PromotionOutcome = RegistryComponents['schemas']['PromotionOutcome'];
const codec = new EventCodec();
const segment = (value: string, auc: number, sampleSize = 500) => ({
  segmentField: 'origin',
  segmentValue: value,
  sampleSize,
  metrics: { auc },
});

describe('registry service on Kafka and Postgres', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let url: string;
  let api: LoopgateClient;
  let messages: RecordedMessage[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadRegistryConfig,
      module: AppModule.register,
      record: ['registry.models', 'loadtest.results'],
    });
    ({ env, url, messages } = service);
    api = testClient({ registry: url });
  });

  afterAll(() => service?.stop());

  // Raw: bodies and queries off the document's enums and keys, which the typed client cannot send.
  const sendRaw = async (method: string, path: string, body?: unknown) => {
    const response = await authorizedFetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { response, error: (await response.json()) as ApiError };
  };
  const model = (modelName: string) => ({ params: { path: { modelName } } });
  const at = (modelName: string, version: number) => ({ params: { path: { modelName, version } } });
  const versions = (modelName: string) => unwrap(api.registry.GET('/v1/models/{modelName}/versions', model(modelName)));
  const versionAt = (modelName: string, version: number) =>
    unwrap(api.registry.GET('/v1/models/{modelName}/versions/{version}', at(modelName, version)));
  const declarePolicy = (modelName: string, body: RegistryComponents['schemas']['PromotionPolicy']) =>
    api.registry.PUT('/v1/models/{modelName}/policy', { ...model(modelName), body });
  /** The approval a promotion waits for: only an answer awaiting approval has one. */
  const approvalOf = (outcome: PromotionOutcome | undefined) => {
    if (outcome?.status !== 'AWAITING_APPROVAL') throw new Error(`no approval awaited: ${JSON.stringify(outcome)}`);
    return outcome.approvalId;
  };
  const events = <T>(type: string) =>
    messages.filter((m) => m.headers[HEADER.type] === type).map((m) => codec.decode(m.value).payload as T);

  /** A run as training reports it, on an accepted snapshot unless told otherwise. */
  async function trained(
    modelName: string,
    metrics: Record<string, number>,
    segments: TrainingCompleted['segmentMetrics'],
    options: {
      verdict?: 'PASS' | 'QUARANTINED';
      biasMetrics?: TrainingCompleted['biasMetrics'];
      model?: TrainingCompleted['model'];
    } = {},
  ): Promise<TrainingCompleted> {
    const {
      verdict = 'PASS',
      biasMetrics = [],
      model = { uri: 'file:///m.onnx', sha256: randomBytes(32).toString('hex'), sizeBytes: 10 },
    } = options;
    const snapshotId = randomBytes(32).toString('hex');
    await env.bus.publish([
      verdict === 'PASS'
        ? {
            type: 'SnapshotValidated',
            payload: { snapshotId, datasetId: 'flights', reportId: 'r', verdict: 'PASS', checks: [] },
          }
        : { type: 'SnapshotQuarantined', payload: { snapshotId, datasetId: 'flights', reportId: 'r', checks: [] } },
    ]);
    const run: TrainingCompleted = {
      runId: randomUUID(),
      requestId: randomUUID(),
      modelName,
      algorithm: 'gbdt',
      snapshotId,
      featureSetVersion: '0123456789abcdef',
      codeVersion: 'git:abc',
      seed: 1,
      params: {},
      metrics,
      segmentMetrics: segments,
      model,
      durationMs: 1,
      biasMetrics,
      trainingSet: null,
      reason: 'HUMAN_REQUEST',
      requestedBy: 'test',
      trainRows: 800,
      holdoutRows: 200,
      task: 'binary',
      classes: [],
      confusionMatrix: [],
    };
    await env.bus.publish([{ type: 'TrainingCompleted', payload: run }]);
    return run;
  }

  const versionOf = (modelName: string, runId: string) =>
    waitFor(
      `the version of run ${runId.slice(0, 8)}`,
      async () => (await versions(modelName)).items.find((v) => v.runId === runId)?.version,
    );
  const loadTested = (modelName: string, version: number, verdict: 'PASS' | 'FAIL' = 'PASS') =>
    env.bus.publish([
      {
        type: 'LoadTestCompleted',
        payload: {
          loadTestId: randomUUID(),
          modelName,
          version,
          targetRps: 1000,
          durationSeconds: 10,
          requests: 10_000,
          rps: 1000,
          p50Ms: 1,
          p99Ms: 4,
          errorRate: 0,
          verdict,
          thresholds: { p99Ms: 10 },
          scenario: null,
        },
      },
    ]);
  const promote = (modelName: string, version: number, body: PromotionRequest) =>
    api.registry.POST('/v1/models/{modelName}/versions/{version}/promotions', { ...at(modelName, version), body });
  /** Promotes once the evidence (verdicts, load tests) has arrived: it travels on other topics. */
  const promoteWhenReady = (modelName: string, version: number, body: PromotionRequest) =>
    waitFor(`the promotion of ${modelName} v${version}`, () => unwrap(promote(modelName, version, body)));
  /** Through a canary to production, as a version must go. */
  const release = async (modelName: string, version: number, reason: string) => {
    await promoteWhenReady(modelName, version, { targetStage: 'CANARY', trafficPercent: 10, reason });
    return promoteWhenReady(modelName, version, { targetStage: 'PRODUCTION', reason });
  };
  /** Promotes once the evidence has arrived, expecting the gates to refuse it: the 409 whose failures are not the missing data verdict. */
  const refusedWhenReady = (modelName: string, version: number, body: PromotionRequest) =>
    waitFor(`the refusal of ${modelName} v${version}`, async () => {
      const { error, response } = await promote(modelName, version, body);
      return response.status === 409 && error && !error.error.message.includes('data_validation') && error.error;
    });
  const failedGates = (refusal: ApiError['error']) =>
    refusal.details!.failed as Array<RegistryComponents['schemas']['GateResult']>;

  it('registers completed runs as monotonic versions, once per run', async () => {
    const first = await trained('delay', { auc: 0.64 }, []);
    await env.bus.publish([{ type: 'TrainingCompleted', payload: first }]); // delivered twice
    const second = await trained('delay', { auc: 0.65 }, []);
    expect(await versionOf('delay', first.runId)).toBe(1);
    expect(await versionOf('delay', second.runId)).toBe(2);
    const all = (await versions('delay')).items;
    expect(all.map((v) => [v.version, v.stage])).toEqual([
      [2, 'CANDIDATE'],
      [1, 'CANDIDATE'],
    ]);
    await waitFor('VersionRegistered twice', () => events('VersionRegistered').length >= 2);
    expect(events<{ modelName: string }>('VersionRegistered').filter((e) => e.modelName === 'delay')).toHaveLength(2);
  });

  it('keeps a candidate out of production until it went through a canary, and a canary without a passing load test; refuses illegal transitions (409)', async () => {
    const run = await trained('gate', { auc: 0.64 }, []);
    const version = await versionOf('gate', run.runId);
    const straight = await promote('gate', version, { targetStage: 'PRODUCTION', reason: 'first model' });
    expect(straight.response.status).toBe(409);
    expect(straight.error?.error).toMatchObject({
      code: 'registry.illegal_transition',
      details: { from: 'CANDIDATE', to: 'PRODUCTION', allowed: ['CANARY', 'SHADOW', 'ARCHIVED'] },
    });
    expect(straight.error?.error.message).toContain('from CANDIDATE a version may go to CANARY, SHADOW, ARCHIVED');
    expect(await versionAt('gate', version)).toMatchObject({
      stage: 'CANDIDATE',
      task: 'binary',
      classes: [],
      algorithm: 'gbdt',
    });

    await promoteWhenReady('gate', version, { targetStage: 'CANARY', trafficPercent: 10, reason: 'first model' });
    const blocked = await refusedWhenReady('gate', version, { targetStage: 'PRODUCTION', reason: 'first model' });
    expect(blocked).toMatchObject({ code: 'registry.gates_failed' });
    expect(blocked.message).toContain('load_test failed');
    const evaluated = await waitFor('GateEvaluated', () =>
      events<GateEvaluated>('GateEvaluated').find((e) => e.modelName === 'gate' && !e.passed),
    );
    expect(evaluated.gates.find((g) => g.gate === 'load_test')).toMatchObject({ passed: false });

    await loadTested('gate', version);
    const promoted = await promoteWhenReady('gate', version, { targetStage: 'PRODUCTION', reason: 'first model' });
    expect(promoted).toMatchObject({ status: 'PROMOTED', version: { stage: 'PRODUCTION' } });
    const changed = await waitFor('StageChanged to production', () =>
      events<StageChanged>('StageChanged').find((e) => e.modelName === 'gate' && e.toStage === 'PRODUCTION'),
    );
    expect(changed).toMatchObject({ version, fromStage: 'CANARY', toStage: 'PRODUCTION', model: run.model });

    const illegal = await promote('gate', version, {
      targetStage: 'CANARY',
      trafficPercent: 10,
      reason: 'back to canary',
    });
    expect(illegal.response.status).toBe(409);
    expect(illegal.error?.error).toMatchObject({ code: 'registry.illegal_transition' });
    expect(illegal.error?.error.message).toContain(
      'production is left when another version is promoted to it, or by a rollback',
    );
  });

  it('blocks a candidate better overall but worse on one segment, names the segment, and lets an approver override', async () => {
    expect(
      (
        await declarePolicy('segmented', {
          minMetrics: { auc: 0.6 },
          maxRegression: { metrics: { auc: 0.01 }, minSegmentSize: 100 },
          approval: 'override',
        })
      ).response.status,
    ).toBe(201);
    const v1 = await versionOf(
      'segmented',
      (await trained('segmented', { auc: 0.64 }, [segment('ORD', 0.65), segment('SFO', 0.63)])).runId,
    );
    await loadTested('segmented', v1);
    await release('segmented', v1, 'baseline');

    const v2 = await versionOf(
      'segmented',
      (await trained('segmented', { auc: 0.66 }, [segment('ORD', 0.69), segment('SFO', 0.59)])).runId,
    );
    const blocked = await waitFor('the gates to read v2', async () => {
      const { error, response } = await promote('segmented', v2, {
        targetStage: 'CANARY',
        trafficPercent: 10,
        reason: 'try v2',
      });
      return response.status === 409 && error?.error.message.includes('regression') && error.error;
    });
    expect(blocked.message).toContain('regression.auc (origin=SFO) failed');
    expect(failedGates(blocked).map((g) => [g.gate, g.segment])).toEqual([['regression.auc', 'origin=SFO']]);
    const evaluated = await waitFor('the blocking GateEvaluated', () =>
      events<GateEvaluated>('GateEvaluated').find((e) => e.modelName === 'segmented' && e.version === v2 && !e.passed),
    );
    expect(evaluated.gates.filter((g) => !g.passed).map((g) => g.segment)).toEqual(['origin=SFO']);
    expect(evaluated.gates.find((g) => g.gate === 'regression.auc' && g.segment === null)).toMatchObject({
      passed: true,
    });

    expect(
      (await promote('segmented', v2, { targetStage: 'CANARY', trafficPercent: 10, reason: 'short', override: true }))
        .response.status,
    ).toBe(422);
    const asked = await promote('segmented', v2, {
      targetStage: 'CANARY',
      trafficPercent: 10,
      reason: 'SFO had a storm in the holdout week',
      override: true,
    });
    expect(asked.response.status).toBe(202);
    const approvalId = approvalOf(asked.data);
    const required = await waitFor('ApprovalRequired', () =>
      events<{ approvalId: string; failedGates: string[] }>('ApprovalRequired').find(
        (e) => e.approvalId === approvalId,
      ),
    );
    expect(required.failedGates).toEqual(['regression.auc (origin=SFO)']);
    await env.bus.publish([
      {
        type: 'ApprovalGranted',
        payload: { subject: `model:segmented:${v2}`, approvalId, decidedBy: 'carol', reason: 'storm week, known' },
      },
    ]);
    const canary = await waitFor('v2 in canary', () =>
      events<StageChanged>('StageChanged').find(
        (e) => e.modelName === 'segmented' && e.version === v2 && e.toStage === 'CANARY',
      ),
    );
    expect(canary.trafficPercent).toBe(10);
    expect(canary.reason).toContain('approved by carol');

    // A rejected approval changes nothing.
    const v3 = await versionOf('segmented', (await trained('segmented', { auc: 0.55 }, [])).runId);
    const rejectedAsk = await waitFor('the gates to read v3', async () => {
      const answer = await promote('segmented', v3, {
        targetStage: 'SHADOW',
        reason: 'shadow it anyway, please',
        override: true,
      });
      return answer.response.status === 202 && answer;
    });
    await env.bus.publish([
      {
        type: 'ApprovalRejected',
        payload: {
          subject: `model:segmented:${v3}`,
          approvalId: approvalOf(rejectedAsk.data),
          decidedBy: 'carol',
          reason: 'AUC below the floor',
        },
      },
    ]);
    await waitFor(
      'the rejection',
      async () =>
        (
          await unwrap(
            api.registry.GET('/v1/approvals', { params: { query: { status: 'REJECTED', modelName: 'segmented' } } }),
          )
        ).length === 1,
    );
    expect((await versionAt('segmented', v3)).stage).toBe('CANDIDATE');
  });

  it('asks an approver for every promotion when the policy says always', async () => {
    expect((await declarePolicy('high-impact', { approval: 'always', loadTestRequiredFor: [] })).response.status).toBe(
      201,
    );
    const v1 = await versionOf('high-impact', (await trained('high-impact', { auc: 0.7 }, [])).runId);
    for (const [targetStage, trafficPercent] of [
      ['CANARY', 10],
      ['PRODUCTION', undefined],
    ] as const) {
      const asked = await waitFor(`a passing evaluation for ${targetStage}`, async () => {
        const answer = await promote('high-impact', v1, { targetStage, trafficPercent, reason: 'first release' });
        return answer.response.status === 202 && answer;
      });
      expect(asked.data?.gates).toEqual(expect.arrayContaining([expect.objectContaining({ passed: true })]));
      await env.bus.publish([
        {
          type: 'ApprovalGranted',
          payload: {
            subject: `model:high-impact:${v1}`,
            approvalId: approvalOf(asked.data),
            decidedBy: 'dave',
            reason: 'reviewed',
          },
        },
      ]);
      await waitFor(targetStage, async () => (await versionAt('high-impact', v1)).stage === targetStage);
    }
  });

  it('rolls production back to the previous version by hand, and a regressing canary automatically', async () => {
    expect((await declarePolicy('rollback', { loadTestRequiredFor: [], approval: 'never' })).response.status).toBe(201);
    const v1 = await versionOf('rollback', (await trained('rollback', { auc: 0.6 }, [])).runId);
    await release('rollback', v1, 'first release');
    const v2 = await versionOf('rollback', (await trained('rollback', { auc: 0.62 }, [])).runId);
    await release('rollback', v2, 'second release');
    expect((await versionAt('rollback', v1)).stage).toBe('ARCHIVED');

    const rolled = await api.registry.POST('/v1/models/{modelName}/rollback', {
      ...model('rollback'),
      body: { reason: 'errors after release' },
    });
    expect(rolled.response.status).toBe(200);
    expect(rolled.data).toMatchObject({ fromVersion: v2, toVersion: v1 });
    const event = await waitFor('RolledBack', () =>
      events<RolledBack>('RolledBack').find((e) => e.modelName === 'rollback'),
    );
    expect(event).toMatchObject({ fromVersion: v2, toVersion: v1, trigger: 'MANUAL' });
    expect((await versionAt('rollback', v1)).stage).toBe('PRODUCTION');
    expect((await versionAt('rollback', v2)).stage).toBe('ARCHIVED');

    const v3 = await versionOf('rollback', (await trained('rollback', { auc: 0.63 }, [])).runId);
    await promoteWhenReady('rollback', v3, { targetStage: 'CANARY', trafficPercent: 20, reason: 'try v3' });
    await env.bus.publish([
      {
        type: 'RollbackRecommended',
        payload: {
          recommendationId: randomUUID(),
          modelName: 'rollback',
          version: v3,
          rule: 'canary-error-rate',
          reason: 'errors 5x primary',
          signalIds: [],
        },
      },
    ]);
    const automatic = await waitFor('the automatic rollback', () =>
      events<RolledBack>('RolledBack').find((e) => e.modelName === 'rollback' && e.trigger === 'AUTOMATIC'),
    );
    expect(automatic).toMatchObject({ fromVersion: v3, toVersion: v1 });
    await waitFor('v3 archived', async () => (await versionAt('rollback', v3)).stage === 'ARCHIVED');
  });

  it('refuses a version whose sensitive group is too small to measure, saying so in the gate evaluation, unless the policy ignores it', async () => {
    expect(
      (
        await declarePolicy('fair', {
          maxBias: { demographic_parity_difference: 0.1 },
          approval: 'never',
        })
      ).response.status,
    ).toBe(201);
    const biasMetrics = [
      {
        attribute: 'sex',
        metric: 'demographic_parity_difference',
        value: 0.01,
        groups: { F: 0.6, M: 0.31, X: 0.3 },
        groupSizes: { F: 12, M: 400, X: 380 },
      },
    ];
    const v1 = await versionOf('fair', (await trained('fair', { auc: 0.7 }, [], { biasMetrics })).runId);
    expect((await versionAt('fair', v1)).biasMetrics).toEqual(biasMetrics);

    const refused = await refusedWhenReady('fair', v1, {
      targetStage: 'CANARY',
      trafficPercent: 10,
      reason: 'first release',
    });
    expect(refused).toMatchObject({ code: 'registry.gates_failed' });
    expect(failedGates(refused)).toEqual([
      {
        gate: 'bias.demographic_parity_difference',
        segment: 'sex=F',
        measured: null,
        threshold: 0.1,
        passed: false,
        detail: 'not measured: sex=F has 12 holdout rows, the policy needs 30',
      },
    ]);
    const [evaluation] = await unwrap(
      api.registry.GET('/v1/models/{modelName}/versions/{version}/gate-evaluations', at('fair', v1)),
    );
    expect(evaluation.passed).toBe(false);
    expect(evaluation.gates.filter((g) => g.segment?.startsWith('sex')).map((g) => [g.segment, g.passed])).toEqual([
      ['sex', true],
      ['sex=F', false],
    ]);
    expect((await versionAt('fair', v1)).stage).toBe('CANDIDATE');

    expect(
      (
        await declarePolicy('fair', {
          maxBias: { demographic_parity_difference: 0.1 },
          unmeasured: 'ignore',
          approval: 'never',
        })
      ).response.status,
    ).toBe(201);
    const promoted = await promote('fair', v1, {
      targetStage: 'CANARY',
      trafficPercent: 10,
      reason: 'small group accepted as unmeasured',
    });
    expect(promoted.response.status).toBe(200);
    expect(promoted.data?.gates.find((g) => g.segment === 'sex=F')).toMatchObject({ measured: null, passed: true });
  });

  it("refuses to put a version with production's very model bytes in front of it, naming both versions and the sha256", async () => {
    expect((await declarePolicy('twin', { loadTestRequiredFor: [], approval: 'never' })).response.status).toBe(201);
    const first = await trained('twin', { auc: 0.7 }, []);
    const v1 = await versionOf('twin', first.runId);
    await release('twin', v1, 'first release');
    const v2 = await versionOf('twin', (await trained('twin', { auc: 0.7 }, [], { model: first.model })).runId);
    const refused = await refusedWhenReady('twin', v2, {
      targetStage: 'CANARY',
      trafficPercent: 10,
      reason: 'retrained',
    });
    expect(refused.message).toContain('distinct_model failed');
    expect(failedGates(refused)).toEqual([
      expect.objectContaining({
        gate: 'distinct_model',
        passed: false,
        detail: `v${v2} has the same model bytes as production v${v1} (sha256 ${first.model.sha256}); promoting it to CANARY would change nothing`,
      }),
    ]);
    const evaluated = await waitFor('the refusing GateEvaluated', () =>
      events<GateEvaluated>('GateEvaluated').find((e) => e.modelName === 'twin' && e.version === v2 && !e.passed),
    );
    expect(evaluated.gates.find((g) => g.gate === 'distinct_model')).toMatchObject({ passed: false });
    expect((await versionAt('twin', v2)).stage).toBe('CANDIDATE');
  });

  it('answers bad requests with a 422 naming each problem', async () => {
    const problemsOf = (answer: { error?: ApiError; response: Response }) => {
      expect({ status: answer.response.status, code: answer.error?.error.code }).toEqual({
        status: 422,
        code: 'http.invalid_request',
      });
      return (
        answer.error!.error.details as {
          problems: Array<{ in: string; path: string; message: string; allowed?: string[] }>;
        }
      ).problems;
    };
    expect(problemsOf(await promote('delay', 1, { targetStage: 'CANARY', reason: 'no traffic given' }))).toEqual([
      { in: 'body', path: 'trafficPercent', message: 'a canary needs trafficPercent (1-100)' },
    ]);
    expect(
      problemsOf(
        await sendRaw('POST', '/v1/models/delay/versions/1/promotions', { targetStage: 'LIVE', reason: 'x' }),
      ).map((p) => `${p.in} ${p.path}`),
    ).toEqual(['body targetStage', 'body reason']);
    expect(
      problemsOf(await promote('delay', 0, { targetStage: 'CANARY', trafficPercent: 5, reason: 'x' })).map(
        (p) => `${p.in} ${p.path}`,
      ),
    ).toEqual(['path version', 'body reason']);
    expect(
      (await promote('delay', 99, { targetStage: 'CANARY', trafficPercent: 5, reason: 'nope' })).response.status,
    ).toBe(404);
    const policy = problemsOf(
      await sendRaw('PUT', '/v1/models/delay/policy', { minMetrics: { auroc: 0.6 }, approval: 'sometimes' }),
    );
    expect(policy.map((p) => `${p.in} ${p.path}`)).toEqual(['body minMetrics', 'body approval']);
    expect(policy[1].allowed).toEqual(['never', 'always', 'override']);
    expect(
      problemsOf(await sendRaw('GET', '/v1/models/delay/versions?stage=LIVE&below=0')).map((p) => `${p.in} ${p.path}`),
    ).toEqual(['query stage', 'query below']);
    expect(
      (
        await api.registry.POST('/v1/models/{modelName}/rollback', {
          ...model('delay'),
          body: { reason: 'no production here' },
        })
      ).response.status,
    ).toBe(409);
  });

  it('releases automatically where the policy says so: canary on registration, production on a passing load test, each step caused by the one before', async () => {
    const policy = await declarePolicy('auto', {
      minMetrics: { auc: 0.6 },
      approval: 'never',
      autoRelease: { canaryPercent: 20 },
    });
    expect(policy.response.status).toBe(201);
    const weak = await trained('auto', { auc: 0.55 }, []);
    const strong = await trained('auto', { auc: 0.66 }, []);
    const weakVersion = await versionOf('auto', weak.runId);
    const strongVersion = await versionOf('auto', strong.runId);
    const header = (type: string, where: (payload: Json) => boolean) =>
      waitFor(type, () =>
        messages.find(
          (m) => m.headers[HEADER.type] === type && where(codec.decode(m.value).payload as unknown as Json),
        ),
      );
    const registered = await header('VersionRegistered', (p) => p.modelName === 'auto' && p.version === strongVersion);
    const canary = await header(
      'StageChanged',
      (p) => p.modelName === 'auto' && p.version === strongVersion && p.toStage === 'CANARY',
    );
    expect(canary.headers[HEADER.causationId]).toBe(registered.headers[HEADER.id]);
    expect((codec.decode(canary.value).payload as StageChanged).trafficPercent).toBe(20);

    // The weak one stays a candidate: its GateEvaluated says why.
    const blocked = await waitFor("the weak version's gates", () =>
      events<GateEvaluated>('GateEvaluated').find((e) => e.modelName === 'auto' && e.version === weakVersion),
    );
    expect(blocked).toMatchObject({ targetStage: 'CANARY', passed: false });
    expect(blocked.gates.find((g) => !g.passed)).toMatchObject({ gate: 'min_metric.auc' });
    expect((await versionAt('auto', weakVersion)).stage).toBe('CANDIDATE');

    await loadTested('auto', strongVersion);
    const production = await header(
      'StageChanged',
      (p) => p.modelName === 'auto' && p.version === strongVersion && p.toStage === 'PRODUCTION',
    );
    const test = await header('LoadTestCompleted', (p) => p.modelName === 'auto');
    expect(production.headers[HEADER.causationId]).toBe(test.headers[HEADER.id]);
  });
});
