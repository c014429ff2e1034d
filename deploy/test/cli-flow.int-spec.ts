import { execFile } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { parseRootPublicKey } from '@loopgate/auth';
import { PENGUINS_SPEC, readPenguins } from '@loopgate/datasets';
import { waitFor } from '@loopgate/testing';
import { type LoopServices, startLoopServices } from '../local/demo/loop-services';
import { testLoopNamespace, type TestLoopNamespace } from './test-loop-namespace';

const ROOT = join(__dirname, '../..');
const MODEL = 'penguins-species';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the assertions read a few fields of each answer

/**
 * A team's flow through the command line only, against every service as its own process on the real
 * broker and Postgres: bootstrap, sign in, principals and ownership, declarations planned and applied,
 * an upload, a seal, the run, promotion to production, lineage and the audit log's verification. It runs the
 * built CLI (cli/dist, compiled JavaScript), as a team installs it.
 */
describe('the loopgate command line, end to end', () => {
  let test: TestLoopNamespace;
  let services: LoopServices;
  const work = mkdtempSync(join(tmpdir(), 'cli-flow-'));
  const homes = { admin: join(work, 'admin-home'), lead: join(work, 'lead-home') };

  const cli = (home: string, args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const urls = Object.fromEntries(
        Object.entries(services.urls).map(([service, url]) => [`LOOPGATE_${service.toUpperCase()}_URL`, url]),
      );
      execFile(
        process.execPath,
        [join(ROOT, 'cli/dist/loopgate.js'), ...args],
        {
          env: { ...process.env, ...urls, LOOPGATE_HOME: home, LOOPGATE_TOKEN: '', ...env },
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  const json = async (home: string, args: string[], env?: Record<string, string>): Promise<Json> => {
    const result = await cli(home, ['--json', ...args], env);
    if (result.code !== 0) throw new Error(`loopgate ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout) as Json;
  };

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [join(ROOT, 'cli/build.mjs')]);
    test = await testLoopNamespace('cli');
    await test.createTopics();
    services = await startLoopServices(test.namespace, test.ports, {
      logLevel: 'error',
      output: 'ignore',
      driftWindow: 1_000,
    });
  }, 180_000);

  afterAll(async () => {
    await services?.stop();
    await test?.remove();
  });

  it("makes the installation's keys once (the secret files 0600), and keeps them when asked again", async () => {
    const home = mkdtempSync(join(tmpdir(), 'cli-root-'));
    const first = await json(home, ['admin', 'init']);
    expect(first).toMatchObject({ created: true, GOVERNANCE_ROOT_KEY_FILE: join(home, 'root-key.pem') });
    for (const secret of ['root-key.pem', 'key-encryption.key'])
      expect(statSync(join(home, secret)).mode & 0o777).toBe(0o600);
    expect(first.GOVERNANCE_KEY_ENCRYPTION_KEY_FILE).toBe(join(home, 'key-encryption.key'));
    const again = await json(home, ['admin', 'init']);
    expect(again).toEqual({ ...first, created: false });
    // What every service is configured with: an Ed25519 key, whose private half governance holds.
    expect(parseRootPublicKey(first.LOOPGATE_ROOT_PUBLIC_KEY).asymmetricKeyType).toBe('ed25519');
  });

  it('bootstraps the first platform admin, signs in with the token kept 0600, and creates a team lead who claims the dataset and the model', async () => {
    const { namespace } = test;
    const admin = await json(homes.admin, ['admin', 'bootstrap', 'root'], {
      DATABASE_URL: namespace.databaseUrls.governance,
      DATABASE_SCHEMA: `${namespace.schemaPrefix}governance`,
    });
    expect(admin).toMatchObject({ principal: 'root', secret: expect.any(String) });
    expect((await cli(homes.admin, ['whoami'])).code).toBe(77);

    const signedIn = await json(homes.admin, ['login', '--principal', 'root'], { LOOPGATE_SECRET: admin.secret });
    expect(signedIn).toMatchObject({ principal: 'root', credentials: join(homes.admin, 'credentials.json') });
    expect(statSync(signedIn.credentials).mode & 0o777).toBe(0o600);
    expect(await json(homes.admin, ['whoami'])).toMatchObject({ name: 'root', roles: [{ team: '*', role: 'admin' }] });

    const lead = await json(homes.admin, [
      'admin',
      'principals',
      'create',
      'penguins-lead',
      '--role',
      'penguins=admin',
    ]);
    expect(
      (await cli(homes.lead, ['login', '--principal', 'penguins-lead'], { LOOPGATE_SECRET: 'not-the-secret' })).code,
    ).toBe(77);
    await json(homes.lead, ['login', '--principal', 'penguins-lead'], { LOOPGATE_SECRET: lead.secret });
    expect(await json(homes.lead, ['access', 'set', 'dataset', 'penguins', '--owner-team', 'penguins'])).toMatchObject({
      ownerTeam: 'penguins',
    });
    expect(await json(homes.lead, ['access', 'set', 'model', MODEL, '--owner-team', 'penguins'])).toMatchObject({
      ownerTeam: 'penguins',
    });
  });

  it('plans the declarations as a diff per object, applies them, and plans no change after', async () => {
    const declarations = join(work, 'loopgate.yaml');
    writeFileSync(
      declarations,
      stringify({
        datasets: { penguins: { spec: PENGUINS_SPEC } },
        featureSets: [
          {
            featureSetId: MODEL,
            datasetId: 'penguins',
            features: [
              { kind: 'numeric', name: 'beak_length', source: 'beakLengthMm', impute: 'median', standardize: true },
              {
                kind: 'numeric',
                name: 'flipper_length',
                source: 'flipperLengthMm',
                impute: 'median',
                standardize: true,
              },
              { kind: 'categorical', name: 'island', source: 'island', minFrequency: 1, encoding: 'onehot' },
            ],
          },
        ],
        models: {
          [MODEL]: {
            training: {
              featureSetId: MODEL,
              task: 'multiclass',
              algorithm: 'logistic_regression',
              split: 'stratified',
              holdoutFraction: 0.25,
              minSegmentSize: 10,
            },
            promotionPolicy: {
              minMetrics: { accuracy: 0.8 },
              unmeasured: 'ignore',
              loadTestRequiredFor: [],
              approval: 'never',
            },
          },
        },
      }),
    );
    const plan = await cli(homes.lead, ['plan', '-f', declarations]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('+ dataset spec penguins (create)');
    expect(plan.stdout).toContain(`+ model training config ${MODEL} (create)`);
    expect(plan.stdout).toContain('4 of 4 objects to change');
    const applied = await cli(homes.lead, ['apply', '-f', declarations]);
    expect({ code: applied.code, stderr: applied.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('created'),
    });
    const again = await cli(homes.lead, ['plan', '-f', declarations]);
    expect({ code: again.code, out: again.stdout }).toEqual({ code: 0, out: expect.stringContaining('no changes') });
  });

  it('refuses a bad config with every problem, and exit 65', async () => {
    const bad = join(work, 'bad-model.yaml');
    writeFileSync(
      bad,
      stringify({
        featureSetId: MODEL,
        task: 'multiclass',
        algorithm: 'ridge_regression',
        holdoutFraction: 0.9,
        labelFeild: 'species',
      }),
    );
    const refused = await cli(homes.lead, ['models', 'config', MODEL, '-f', bad]);
    expect(refused.code).toBe(65);
    expect(refused.stderr).toMatch(
      /422 http\.invalid_request:\n {2}body\.holdoutFraction: .*\n {2}body: has unknown key 'labelFeild' \(allowed: featureSetId, .*\n {2}body\.algorithm: ridge_regression does not learn multiclass models/,
    );
  });

  it('uploads a file, seals it, follows the run, promotes the version to production, and traces it back', async () => {
    const rows = join(work, 'penguins.ndjson');
    writeFileSync(rows, `${(await readPenguins()).map((p) => JSON.stringify(p)).join('\n')}\n`);
    expect(await json(homes.lead, ['datasets', 'upload', 'penguins', rows])).toMatchObject({ accepted: 344 });
    const sealed = await json(homes.lead, ['datasets', 'seal', 'penguins']);
    expect(sealed.snapshots).toHaveLength(1);
    const snapshot = sealed.snapshots[0];
    expect(snapshot).toMatchObject({ datasetId: 'penguins', rowCount: 344 });

    const run = await waitFor(
      'the run of the snapshot',
      async () => {
        const runs = await json(homes.lead, ['models', 'runs', '--model', MODEL]);
        return runs.items.find((r: Json) => r.status === 'SUCCEEDED');
      },
      { timeoutMs: 180_000 },
    );
    expect(run).toMatchObject({ task: 'multiclass', snapshotId: snapshot.snapshotId });
    const report = await json(homes.lead, ['datasets', 'report', snapshot.snapshotId]);
    expect(report.checks.length).toBeGreaterThan(0);

    await waitFor(
      'version 1',
      async () => (await json(homes.lead, ['models', 'versions', MODEL])).items.find((v: Json) => v.version === 1),
      { timeoutMs: 60_000 },
    );
    expect(
      await json(homes.lead, [
        'models',
        'promote',
        MODEL,
        '1',
        '--to',
        'CANARY',
        '--traffic',
        '10',
        '--reason',
        'first canary',
      ]),
    ).toMatchObject({ status: 'PROMOTED' });
    expect(
      await json(homes.lead, ['models', 'promote', MODEL, '1', '--to', 'PRODUCTION', '--reason', 'gates passed']),
    ).toMatchObject({ status: 'PROMOTED' });
    const versions = await json(homes.lead, ['models', 'versions', MODEL, '--stage', 'PRODUCTION']);
    expect(versions.items.map((v: Json) => v.version)).toEqual([1]);

    const lineage = await waitFor(
      'the lineage of version 1',
      () => json(homes.admin, ['lineage', '--model', MODEL, '--version', '1']).catch(() => null),
      { timeoutMs: 60_000 },
    );
    expect(JSON.stringify(lineage)).toContain(snapshot.snapshotId);
  });

  it("verifies the audit log's chain as a platform admin, and refuses it to the team lead", async () => {
    expect(await json(homes.admin, ['audit', 'verify'])).toMatchObject({ ok: true });
    expect((await cli(homes.lead, ['audit', 'verify'])).code).toBe(77);
  });

  it("verifies it offline too, from governance's database and the checkpoints on its topic", async () => {
    const { namespace } = test;
    const offline = await json(homes.lead, ['audit', 'verify', '--offline'], {
      DATABASE_URL: namespace.databaseUrls.governance,
      DATABASE_SCHEMA: `${namespace.schemaPrefix}governance`,
      KAFKA_BROKERS: namespace.kafkaBrokers,
      TOPIC_PREFIX: namespace.topicPrefix,
    });
    expect(offline).toMatchObject({ ok: true, firstBreak: null, checkpoints: { mismatch: null } });
    expect(offline.entries).toBeGreaterThan(0);
  });
});
