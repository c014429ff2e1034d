// Shared Jest setup. Two tiers per project:
//   unit:        *.spec.ts      no I/O, run in parallel
//   integration: *.int-spec.ts  real Kafka and Postgres (deploy/local/up.sh), run in band
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = function jestConfig(projectDir, tier) {
  const integration = tier === 'integration';
  return {
    displayName: `${path.basename(projectDir)}:${integration ? 'int' : 'unit'}`,
    rootDir: projectDir,
    testEnvironment: path.join(__dirname, 'tools/jest-environment.js'),
    transform: { '^.+\\.ts$': swc },
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: integration ? ['<rootDir>/**/*.int-spec.ts'] : ['<rootDir>/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    setupFiles: [path.join(__dirname, 'tools/jest-setup.js')],
    testTimeout: integration ? 120_000 : 10_000,
    ...(integration ? { maxWorkers: 1 } : {}),
  };
};
