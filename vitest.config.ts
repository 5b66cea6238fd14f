import { defineConfig } from 'vitest/config';

/**
 * Two projects (issue 14):
 * - unit:  everything that needs no build — `npm run test:fast` runs these (with the content check);
 * - build: tests that run a real `astro build` (tests/unit/*.build.test.ts), slower.
 * `npx vitest run` runs both; `npm test` runs both (scripts/test.mjs).
 */
const BUILD_TESTS = 'tests/unit/**/*.build.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [BUILD_TESTS] } },
      { extends: true, test: { name: 'build', include: [BUILD_TESTS] } },
    ],
  },
});
