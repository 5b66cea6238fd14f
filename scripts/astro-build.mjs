#!/usr/bin/env node
/**
 * `astro build` through Astro's JavaScript API, with inline options as JSON (argv[2]); used by
 * scripts/publiceer.mjs. Without options it is exactly `astro build` in the current folder; the
 * tests pass a private root/outDir/cacheDir (as tests/isolated-build.ts does) so a test build never
 * touches the project's dist/ or .astro/.
 */
import { build } from 'astro';

const options = process.argv[2] ? JSON.parse(process.argv[2]) : {};
await build(options);
