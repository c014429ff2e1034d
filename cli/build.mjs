// Compiles the CLI to JavaScript (dist/loopgate.js, no runtime transpiler), with governance's offline
// tasks next to it (dist/tasks) for `admin bootstrap`, `admin seal-audit-log` and `audit verify --offline`.
// esbuild bundles the workspace's TypeScript (@loopgate/* and the tasks' sources); every npm package
// stays a require of node_modules. None of the bundled code needs decorator metadata: the tasks' entities
// name their column types, and no Nest injector runs.
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = dirname(fileURLToPath(import.meta.url));
const root = join(cli, '..');
const dist = join(cli, 'dist');

/** Bare imports are npm packages (kept external), except the workspace's own libraries. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@loopgate/') ? undefined : { path: args.path, external: true },
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  tsconfig: join(root, 'tsconfig.base.json'),
  plugins: [npmPackagesExternal],
  logLevel: 'warning',
};

rmSync(dist, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { loopgate: join(cli, 'src/loopgate.ts') },
  outdir: dist,
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(join(dist, 'loopgate.js'), 0o755);
await build({
  ...common,
  entryPoints: {
    'bootstrap-admin': join(root, 'services/governance/src/identities/bootstrap-admin.ts'),
    'verify-audit-log': join(root, 'services/governance/src/audit/verify-audit-log.ts'),
    'seal-audit-log': join(root, 'services/governance/src/audit/seal-audit-log.ts'),
  },
  outdir: join(dist, 'tasks'),
});
