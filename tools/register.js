// Runs TypeScript sources directly in Node (services, scripts, benches) with SWC,
// which keeps decorator metadata for NestJS. Usage: node -r ./tools/register.js file.ts
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
require('reflect-metadata');
