#!/usr/bin/env node
// `npx loopgate` from a clone: the TypeScript sources run as they are (SWC); `npm run build` makes dist/loopgate.js.
require('../../tools/register.js');
require('../src/loopgate.ts');
