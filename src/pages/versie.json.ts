/**
 * /versie.json — which version of the site is online (issue 13, item 4): the commit it was built
 * from and when. /admin/ compares it with the newest commit on the Git host (src/lib/publicatie-status.ts)
 * to tell the redactie whether their change is live. No network: the commit comes from the pipeline
 * (VIEF_COMMIT, or GitHub's GITHUB_SHA / GitLab's CI_COMMIT_SHA), else from `git rev-parse HEAD`,
 * else null. The time is the build's own clock (BUILD_NOW in tests).
 */
import { execFileSync } from 'node:child_process';
import type { APIRoute } from 'astro';
import { buildNow } from '../lib/content';

function commit(): string | null {
  const fromEnv = process.env.VIEF_COMMIT || process.env.GITHUB_SHA || process.env.CI_COMMIT_SHA;
  if (fromEnv && /^[0-9a-f]{7,64}$/i.test(fromEnv)) return fromEnv.toLowerCase();
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ commit: commit(), gebouwd: buildNow().toISOString() }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
