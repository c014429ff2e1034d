import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { EventBus } from '@loopgate/bus';
import { type ReplayStage } from './replay-plan';
import { EphemeralAuthority } from '@loopgate/auth';
import { freePort } from '@loopgate/testing';

const ROOT = join(__dirname, '../../..');

export interface ReplayEnvironment {
  readonly kafkaBrokers: string;
  readonly databaseUrl: string;
  /** The source's store: content-addressed, so the replay reads the same snapshots and training sets and writes identical bytes under identical names. */
  readonly artifactStoreUri: string;
}

/**
 * An isolated namespace: its own topics (prefix), consumer groups (the prefix is part of every group id),
 * database schemas (one per stage) and a signing key of its own that its services trust. The stages
 * run as processes from their main.ts, as in production.
 */
export class ReplayNamespace {
  readonly prefix: string;
  readonly bus: EventBus;
  /** The namespace's own signing key, certified by a root key of its own: its services accept the replay's token and no other. */
  readonly authority = new EphemeralAuthority('replay');
  readonly urls: Partial<Record<ReplayStage, string>> = {};
  private readonly processes: Array<{ stage: ReplayStage; child: ChildProcess; exited: Promise<string> }> = [];

  constructor(
    readonly name: string,
    private readonly environment: ReplayEnvironment,
  ) {
    this.prefix = `${name}.`;
    this.bus = new EventBus({
      brokers: environment.kafkaBrokers.split(','),
      service: 'replay',
      serviceVersion: '0.1.0',
      topicPrefix: this.prefix,
    });
  }

  schemaOf(stage: ReplayStage): string {
    return `${this.name.replace(/[^a-z0-9_]/gi, '_')}_${stage}`;
  }

  async create(): Promise<void> {
    await this.bus.ensureTopics();
    await this.bus.connect();
    await this.authority.publishKey(this.bus);
  }

  async start(stages: readonly ReplayStage[], log: (line: string) => void): Promise<void> {
    for (const stage of stages) {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        ['-r', join(ROOT, 'tools/register.js'), join(ROOT, `services/${stage}/src/main.ts`)],
        {
          env: {
            ...process.env,
            PORT: String(port),
            TOPIC_PREFIX: this.prefix,
            DATABASE_SCHEMA: this.schemaOf(stage),
            DATABASE_URL: this.environment.databaseUrl,
            KAFKA_BROKERS: this.environment.kafkaBrokers,
            ARTIFACT_STORE_URI: this.environment.artifactStoreUri,
            LOOPGATE_ROOT_PUBLIC_KEY: this.authority.rootPublicKey,
            LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      this.processes.push({
        stage,
        child,
        exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`))),
      });
      this.urls[stage] = `http://127.0.0.1:${port}`;
    }
    for (const { stage, exited } of this.processes) {
      let exit: string | null = null;
      void exited.then((how) => (exit = how));
      const deadline = Date.now() + 120_000;
      while (
        !(await fetch(`${this.urls[stage]}/health/ready`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (exit) throw new Error(`${stage} exited (${exit}) before it was ready`);
        if (Date.now() > deadline) throw new Error(`${stage} not ready within 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      log(`${stage} ready at ${this.urls[stage]} (schema ${this.schemaOf(stage)})`);
    }
  }

  async stop(): Promise<void> {
    for (const { child } of this.processes) child.kill('SIGTERM');
    await Promise.all(this.processes.map((p) => p.exited));
    await this.bus.disconnect();
  }

  /** Topics and schemas go; the artifacts stay (they are the source's too). */
  async remove(): Promise<void> {
    await this.bus.admin.deleteTopicsWithPrefix(this.prefix);
    const client = new Client({ connectionString: this.environment.databaseUrl });
    await client.connect();
    try {
      for (const { stage } of this.processes)
        await client.query(`DROP SCHEMA IF EXISTS "${this.schemaOf(stage)}" CASCADE`);
    } finally {
      await client.end();
    }
  }
}
