#!/usr/bin/env node
// The TypeScript sources run as they are (SWC), as every service does.
require('../../tools/register.js');
require('../src/loopgate.ts');
