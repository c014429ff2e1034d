import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { governanceKeyEnv, type InstallationKeys } from '@loopgate/auth';

const ROOT = join(__dirname, '../../..');

export const PIPELINE_SERVICES = [
  'ingestion',
  'validation',
  'features',
  'training',
  'registry',
  'serving',
  'monitoring',
  'governance',
] as const;
export type PipelineService = (typeof PIPELINE_SERVICES)[number];

export interface LoopNamespace {
  /** Topic prefix of this loop ('' for the catalog's names). */
  readonly topicPrefix: string;
  /** Prefix of each service's database schema ('' for the services' own names). */
  readonly schemaPrefix: string;
  readonly artifactStoreUri: string;
  readonly kafkaBrokers: string;
  /** The database admin's: provisions the roles, seals the audit log, cleans up; no service is given it. */
  readonly databaseUrl: string;
  /** Each service's own login (provisionLoopDatabase): its role owns its schema and sees no other. */
  readonly databaseUrls: Readonly<Record<PipelineService, string>>;
  /** Kafka principals' passwords on a broker with SASL/SCRAM and ACLs (deploy/kafka): each process logs in as itself; 'admin' is the loop's own reader. */
  readonly kafkaCredentials?: Readonly<Record<string, string>>;
  /** The namespace's installation keys (`loopgate admin init`): every service gets the root public key, governance the files. */
  readonly keys: InstallationKeys;
}

export interface LoopServices {
  readonly urls: Record<PipelineService, string>;
  /** The runner that load-tests every new canary, as its own principal. */
  startLoadTests(credentials: { principal: string; secret: string }): void;
  /** SIGKILL to one service (nothing of it runs on: no shutdown hook), then the same service again, once it is ready. */
  killAndRestart(name: PipelineService): Promise<void>;
  /** SIGTERM to every process, then waits for each to exit (Nest closes consumers, relay, Kafka, Postgres). */
  stop(): Promise<Array<{ name: string; exit: string }>>;
}

interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly exited: Promise<string>;
}

function start(name: string, script: string, env: Record<string, string>, output: 'inherit' | 'ignore'): Child {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', output, output === 'ignore' ? 'ignore' : 'inherit'],
  });
  return {
    name,
    process: child,
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`))),
  };
}

/**
 * Every pipeline service (or the ones named) as its own process on its port, all in one namespace
 * (topics, schemas, artifact store); resolves when all are ready. The load-test runner joins later, once
 * governance has given it a principal.
 */
export async function startLoopServices(
  namespace: LoopNamespace,
  ports: Partial<Record<PipelineService, number>>,
  options: {
    logLevel: string;
    output: 'inherit' | 'ignore';
    driftWindow: number;
    services?: readonly PipelineService[];
    /** More variables for every service (a test's shorter windows). */
    env?: Readonly<Record<string, string>>;
  },
): Promise<LoopServices> {
  const names = options.services ?? PIPELINE_SERVICES;
  const common = {
    TOPIC_PREFIX: namespace.topicPrefix,
    KAFKA_BROKERS: namespace.kafkaBrokers,
    ARTIFACT_STORE_URI: namespace.artifactStoreUri,
    LOOPGATE_ROOT_PUBLIC_KEY: namespace.keys.rootPublicKey,
    LOG_LEVEL: options.logLevel,
    ...options.env,
  };
  const urls = Object.fromEntries(names.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<
    PipelineService,
    string
  >;
  const serviceEnv = (name: PipelineService): Record<string, string> => ({
    ...common,
    ...kafkaLogin(namespace, name),
    PORT: String(ports[name]),
    DATABASE_URL: namespace.databaseUrls[name],
    ...(namespace.schemaPrefix ? { DATABASE_SCHEMA: `${namespace.schemaPrefix}${name}` } : {}),
    ...(name === 'monitoring'
      ? {
          MONITORING_WINDOW_SIZE: String(options.driftWindow),
          MONITORING_MIN_WINDOW: String(Math.min(1_000, options.driftWindow)),
        }
      : {}),
    // The loop asks for 500 flights per request, on 2 cores shared with every other service.
    ...(name === 'serving' ? { SERVING_LATENCY_BUDGET_MS: '1000' } : {}),
    ...(name === 'governance'
      ? { GOVERNANCE_CHECKPOINT_INTERVAL_MS: '5000', ...governanceKeyEnv(namespace.keys) }
      : {}),
  });
  const startService = (name: PipelineService) =>
    start(name, `services/${name}/src/main.ts`, serviceEnv(name), options.output);
  const children = names.map(startService);
  const ready = (name: PipelineService) =>
    // Readiness comes before any principal: the same open route on every service, asked as it is.
    until(
      `${name} to be ready`,
      async () => (await fetch(`${urls[name]}/health/ready`)).ok,
      120_000,
      children.find((c) => c.name === name)!,
    );
  const killAndRestart = async (name: PipelineService) => {
    const index = children.findIndex((c) => c.name === name);
    children[index].process.kill('SIGKILL');
    await children[index].exited;
    children[index] = startService(name);
    await ready(name);
  };
  const startLoadTests = (credentials: { principal: string; secret: string }) => {
    children.push(
      start(
        'loadtests',
        'loadtests/src/watch-canaries.ts',
        {
          ...common,
          ...kafkaLogin(namespace, 'loadtests'),
          SERVING_URL: urls.serving,
          REGISTRY_URL: urls.registry,
          INGESTION_URL: urls.ingestion,
          GOVERNANCE_URL: urls.governance,
          LOADTEST_PRINCIPAL: credentials.principal,
          LOADTEST_SECRET: credentials.secret,
          TARGET_RPS: '200',
          DURATION_SECONDS: '5',
          P99_MS: '250',
          ROWS: '5000',
        },
        options.output,
      ),
    );
  };
  const stop = async () => {
    for (const child of children) child.process.kill('SIGTERM');
    return Promise.all(children.map(async (child) => ({ name: child.name, exit: await child.exited })));
  };
  try {
    for (const name of names) await ready(name);
    if (names.includes('governance')) await sealAuditLog(namespace);
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, startLoadTests, killAndRestart, stop };
}

/** The principal's SASL variables, when the namespace's broker takes logins. */
function kafkaLogin(namespace: LoopNamespace, principal: string): Record<string, string> {
  if (!namespace.kafkaCredentials) return {};
  const password = namespace.kafkaCredentials[principal];
  if (!password) throw new Error(`the namespace's Kafka credentials have no password for '${principal}'`);
  return { KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: principal, KAFKA_SASL_PASSWORD: password };
}

/**
 * One of governance's offline tasks (what `loopgate admin ...` runs) on the namespace's governance
 * schema, logged in as `databaseUrl`; answers what it printed.
 */
export async function runGovernanceTask(
  namespace: LoopNamespace,
  script: string,
  args: readonly string[],
  databaseUrl: string,
): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'services/governance/src', script), ...args],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_SCHEMA: `${namespace.schemaPrefix}governance`,
        LOG_LEVEL: 'error',
      },
    },
  );
  return stdout;
}

/** Governance's seal task, as the admin, once its migrations made the log. */
async function sealAuditLog(namespace: LoopNamespace): Promise<void> {
  await runGovernanceTask(namespace, 'audit/seal-audit-log.ts', [], namespace.databaseUrl);
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, child: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  void child.exited.then((how) => (exited = how));
  for (;;) {
    if (await check().catch(() => false)) return;
    if (exited) throw new Error(`${child.name} exited (${exited}) before it was ready`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
