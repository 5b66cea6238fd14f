#!/usr/bin/env node
/**
 * `npm run test:fast`: the inner loop (issue 14). Content validation of content/ and of the test
 * magazine, and the vitest project "unit" (everything that needs no build). Prints its time; the
 * target is under 60 s on 2 cores.
 */
import { fastSteps, runSteps } from './test-steps.mjs';

const seconds = runSteps(fastSteps);
console.log(`\n✓ Fast tests passed in ${seconds.toFixed(1)} s`);
