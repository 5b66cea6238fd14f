/**
 * The steps of `npm run test:fast` and `npm test` (scripts/test-fast.mjs, scripts/test.mjs), run in
 * order, stopping at the first failure, each with its time.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { MAGAZINE, TEST_SITE } from '../tests/magazine.ts';

const magazine = path.relative(process.cwd(), MAGAZINE);

/** Fast tier: no build. The live content (content/, the content gate) and the test magazine must validate. */
export const fastSteps = [
  ['Content validation (content/)', 'npm', ['run', '--silent', 'check:content'], {}],
  [`Content validation (${magazine}/)`, 'npm', ['run', '--silent', 'check:content'], { CONTENT_ROOT: magazine }],
  // vitest's default leaves one core free (1 worker on a 2-core machine): 41 s; the unit tests are
  // independent, so use every core (28 s here).
  ['Unit tests (vitest project "unit")', 'npx', ['vitest', 'run', '--project', 'unit', `--maxWorkers=${Math.max(2, os.availableParallelism())}`], {}],
  ['Type check (astro check: .astro and .ts files)', 'npm', ['run', '--silent', 'check'], {}],
];

/** Everything else: tests that build a site, the test magazine's build, its links, the browser tests. */
export const slowSteps = (playwrightArgs = []) => [
  // Two astro builds at a time on a 2-core machine: 195 s -> 156 s (vitest's default is one worker here).
  ['Build tests (vitest project "build")', 'npx', ['vitest', 'run', '--project', 'build', `--maxWorkers=${Math.max(2, os.availableParallelism())}`], {}],
  [`Build of the test magazine (${magazine}/)`, 'npm', ['run', '--silent', 'test:site'], {}],
  ['Link check over the test magazine', 'npm', ['run', '--silent', 'check:links', '--', path.relative(process.cwd(), TEST_SITE)], {}],
  ['Browser tests (Playwright + axe)', 'npx', ['playwright', 'test', ...playwrightArgs], {}],
];

/** Run the steps; exits the process on the first failure. */
export function runSteps(steps) {
  const begin = Date.now();
  for (const [label, cmd, args, env] of steps) {
    const started = Date.now();
    console.log(`\n▶ ${label}`);
    const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status !== 0) {
      console.error(`\n✗ ${label} failed (${secs} s)`);
      process.exit(r.status ?? 1);
    }
    console.log(`✓ ${label} (${secs} s)`);
  }
  return (Date.now() - begin) / 1000;
}
