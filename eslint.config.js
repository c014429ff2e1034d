// One ESLint config for the monorepo. Module boundaries are enforced with Nx tags:
//   scope:contracts  uses nothing
//   scope:lib        uses libs and contracts
//   scope:service    uses libs and contracts, never another service
//   scope:tooling    (bench, loadtests) uses libs and contracts
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const nx = require('@nx/eslint-plugin');
const globals = require('globals');
const prettier = require('eslint-config-prettier');

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/coverage/**', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node, sourceType: 'module' } },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:lib', onlyDependOnLibsWithTags: ['scope:lib', 'scope:contracts'] },
            { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:lib', 'scope:contracts'] },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:lib', 'scope:contracts'] },
          ],
        },
      ],
      // A package's index is its public API: no reaching into another package's files.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@loopgate/*/**'],
              message: 'Import a Loopgate package by its name only; its index is its public API.',
            },
          ],
        },
      ],
      // The Kafka client and the Avro library stay behind libs/bus so either can be replaced.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kafkajs', message: 'Use @loopgate/bus: it is the only place that talks to Kafka.' },
            { name: 'avsc', message: 'Use @loopgate/bus: it is the only place that encodes Avro.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/bus/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Nest's decorators need runtime class references for DI, so type-only imports would break it.
    files: [
      'services/**/*.ts',
      'libs/service/**/*.ts',
      'libs/telemetry/**/*.ts',
      'libs/bus/src/nest/**/*.ts',
      'libs/db/**/*.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // Formatting is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
