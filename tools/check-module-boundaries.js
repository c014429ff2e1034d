#!/usr/bin/env node
// Proves the lint rules that keep the architecture honest actually fire: writes small probe files into
// real projects, lints them with the repository's ESLint config, checks each verdict, removes them.
const { execFileSync } = require('node:child_process');
const { writeFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { ESLint } = require('eslint');

const root = join(__dirname, '..');
const cases = [
  {
    name: 'a lib may not import a service',
    dir: 'libs/telemetry/src',
    code: "import '@loopgate/ingestion';",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: "a lib may not reach into a service's files",
    dir: 'libs/telemetry/src',
    code: "import { AppModule } from '@loopgate/ingestion/src/app.module';\nexport const probe = AppModule;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    name: 'contracts may not import a lib',
    dir: 'contracts/src',
    code: "import { LoopgateError } from '@loopgate/errors';\nexport const probe = LoopgateError;",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: 'a service may not import kafkajs',
    dir: 'services/ingestion/src',
    code: "import { Kafka } from 'kafkajs';\nexport const probe = Kafka;",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a service may not import avsc',
    dir: 'services/ingestion/src',
    code: "import { Type } from 'avsc';\nexport const probe = Type;",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a promise may not float',
    dir: 'libs/errors/src',
    code: 'async function work(): Promise<void> {}\nexport function probe(): void {\n  work();\n}',
    rule: '@typescript-eslint/no-floating-promises',
  },
  {
    name: 'a service may import libs and contracts',
    dir: 'services/ingestion/src',
    code: "import { LoopgateError } from '@loopgate/errors';\nimport { TOPICS } from '@loopgate/contracts';\nexport const probe = [LoopgateError, TOPICS];",
    rule: null,
  },
];

async function main() {
  // The Nx boundary rule reads the cached project graph and silently skips itself without one
  // (a fresh clone has none): build it first.
  execFileSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore' });
  const eslint = new ESLint({ cwd: root });
  let failed = 0;
  for (const c of cases) {
    const file = join(root, c.dir, `boundary-probe-${process.pid}.ts`);
    writeFileSync(file, `${c.code}\n`);
    try {
      const [result] = await eslint.lintFiles([file]);
      const rules = result.messages.map((m) => m.ruleId);
      const ok = c.rule === null ? result.errorCount === 0 : rules.includes(c.rule);
      if (!ok) failed++;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${c.name}${ok ? '' : ` (got: ${result.messages.map((m) => `${m.ruleId}: ${m.message}`).join('; ') || 'no errors'})`}`,
      );
    } finally {
      rmSync(file, { force: true });
    }
  }
  console.log(`module boundaries: ${cases.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
