import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLoopgateClient } from '@loopgate/client';
import { waitFor } from '@loopgate/testing';
import { type LoopServices, startLoopServices } from '../local/demo/loop-services';
import { mustRun, pythonVenv, ROOT, run } from './python-venv';
import { testLoopNamespace, type TestLoopNamespace } from './test-loop-namespace';

const CLIENT = join(ROOT, 'clients/python');
const VENV = join(ROOT, '.data/venvs/python-client');
const DATASET = 'penguins';
const MODEL = 'penguins-species';

/** The venv with this clients/python installed as a user would (pip install ./clients/python) and the pinned pytest. */
function pythonClientVenv(): Promise<string> {
  return pythonVenv({
    dir: VENV,
    inputs: [CLIENT],
    install: [CLIENT, '-r', join(CLIENT, 'requirements-test.txt')],
    check: 'import pytest, loopgate',
    ignore: /(^|\/)(__pycache__|build|tests|[^/]*\.egg-info|\.pytest_cache|\.ruff_cache)(\/|$)/,
  });
}

/**
 * The Python client (clients/python) against every service as its own process on the real broker and
 * Postgres, in a namespace of its own: the first platform admin and a team lead made with the CLI, the
 * lead's team claims the dataset and the model, then pytest runs the client's tests, the data
 * scientist's flow among them, with the services' URLs and the lead's credentials.
 */
describe('the Python client, end to end', () => {
  let test: TestLoopNamespace;
  let services: LoopServices;
  let venv: string;
  const work = mkdtempSync(join(tmpdir(), 'python-client-'));
  const homes = { admin: join(work, 'admin-home'), lead: join(work, 'lead-home') };
  let lead: { principal: string; secret: string };

  const cli = async (
    home: string,
    args: string[],
    env: Record<string, string> = {},
  ): Promise<Record<string, unknown>> => {
    const urls = Object.fromEntries(
      Object.entries(services.urls).map(([service, url]) => [`LOOPGATE_${service.toUpperCase()}_URL`, url]),
    );
    const ran = await run(
      process.execPath,
      ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'cli/src/loopgate.ts'), '--json', ...args],
      {
        env: { ...process.env, ...urls, LOOPGATE_HOME: home, LOOPGATE_TOKEN: '', ...env },
        timeoutMs: 60_000,
      },
    );
    if (ran.code !== 0) throw new Error(`loopgate ${args.join(' ')} exited ${ran.code}: ${ran.output}`);
    return JSON.parse(ran.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    // First the venv (pip, when clients/python changed), then the services: one heavy thing at a time.
    venv = await pythonClientVenv();
    test = await testLoopNamespace('pyclient');
    await test.createTopics();
    services = await startLoopServices(test.namespace, test.ports, {
      logLevel: 'error',
      output: 'ignore',
      driftWindow: 1_000,
    });
  }, 900_000);

  afterAll(async () => {
    await services?.stop();
    await test?.remove();
  });

  it("makes the first platform admin and the penguins team's lead, whose team claims the dataset and the model", async () => {
    const { namespace } = test;
    const admin = await cli(homes.admin, ['admin', 'bootstrap', 'root'], {
      DATABASE_URL: namespace.databaseUrls.governance,
      DATABASE_SCHEMA: `${namespace.schemaPrefix}governance`,
    });
    await cli(homes.admin, ['login', '--principal', 'root'], { LOOPGATE_SECRET: String(admin.secret) });
    const created = await cli(homes.admin, [
      'admin',
      'principals',
      'create',
      'penguins-lead',
      '--role',
      'penguins=admin',
    ]);
    lead = { principal: 'penguins-lead', secret: String(created.secret) };
    await cli(homes.lead, ['login', '--principal', lead.principal], { LOOPGATE_SECRET: lead.secret });
    expect(await cli(homes.lead, ['access', 'set', 'dataset', DATASET, '--owner-team', 'penguins'])).toMatchObject({
      ownerTeam: 'penguins',
    });
    expect(await cli(homes.lead, ['access', 'set', 'model', MODEL, '--owner-team', 'penguins'])).toMatchObject({
      ownerTeam: 'penguins',
    });

    // Every service learns the owners from governance.access: the flow starts once the first ones it calls know them.
    const client = createLoopgateClient({ urls: services.urls, credentials: lead });
    await waitFor(
      'ingestion, features, training and registry to know the owners',
      async () => {
        const answers = await Promise.all([
          client.ingestion.GET('/v1/datasets/{datasetId}/specs', { params: { path: { datasetId: DATASET } } }),
          client.features.GET('/v1/feature-sets', { params: { query: { datasetId: DATASET } } }),
          client.training.GET('/v1/models/{modelName}', { params: { path: { modelName: MODEL } } }),
          client.registry.GET('/v1/models/{modelName}/policy', { params: { path: { modelName: MODEL } } }),
        ]);
        return answers.every(({ response }) => response.status !== 403 && response.status !== 401);
      },
      { timeoutMs: 30_000 },
    );
  });

  it("runs the client's tests with pytest: the data scientist's flow through every service, and the session's own", async () => {
    const urls = Object.fromEntries(
      Object.entries(services.urls).map(([service, url]) => [`LOOPGATE_${service.toUpperCase()}_URL`, url]),
    );
    // --color=no: the summary is read as text, whatever the environment says about colours (FORCE_COLOR, a terminal).
    const pytest = await run(join(venv, 'bin/pytest'), ['-v', '--color=no', '-p', 'no:cacheprovider', 'tests'], {
      cwd: CLIENT,
      env: {
        ...process.env,
        ...urls,
        LOOPGATE_PRINCIPAL: lead.principal,
        LOOPGATE_SECRET: lead.secret,
        LOOPGATE_TOKEN: '',
        LOOPGATE_FLOW_DATASET: DATASET,
        LOOPGATE_FLOW_MODEL: MODEL,
        PYTHONDONTWRITEBYTECODE: '1',
        LOOPGATE_PENGUINS_JSON: join(dirname(require.resolve('vega-datasets')), '..', 'data', 'penguins.json'),
      },
      timeoutMs: 900_000,
    });
    if (pytest.code !== 0) throw new Error(`pytest exited ${pytest.code}:\n${pytest.output}`);
    const summary = pytest.output.trim().split('\n').at(-1) ?? '';
    expect(summary).toMatch(/=+ \d+ passed(, \d+ warnings?)? in [\d.]+s/);
    expect(summary).not.toMatch(/failed|error|skipped|xfail|xpass|deselected/);
    for (const step of [
      'test_a_spec_with_three_problems_is_one_error_naming_each',
      'test_uploads_the_penguins_as_a_dataframe_and_seals_them',
      'test_trains_again_with_another_l2_and_compares_the_two_runs',
      'test_predicts_species_through_serving',
    ]) {
      expect(pytest.output).toContain(`tests/test_flow.py::TestPenguinsFlow::${step} PASSED`);
    }
  }, 900_000);

  it('has the generated subpackages up to date with contracts/openapi (clients/python/generate.sh)', async () => {
    // A failure names the stale files: run `bash clients/python/generate.sh` and commit them.
    await mustRun(
      join(venv, 'bin/python'),
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', join(CLIENT, 'requirements-dev.txt')],
      300_000,
    );
    const check = await run(join(venv, 'bin/python'), [join(CLIENT, 'generate.py'), '--check'], { timeoutMs: 120_000 });
    expect({ code: check.code, output: check.output.trim() }).toEqual({ code: 0, output: '' });
  }, 420_000);
});
