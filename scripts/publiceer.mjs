#!/usr/bin/env node
/**
 * `npm run publiceer` — the publish gate (issue 13): what every pipeline runs before anything goes
 * live, and what a developer can run by hand. Steps, stopping at the first failure:
 *
 *   1. Inhoud controleren     every file in content/ against the schemas (Dutch list of all problems)
 *   2. Site bouwen            astro build, then the Pagefind index and the print PDFs (as `npm run build`)
 *   3. Links controleren      every internal link, anchor, image in the built site
 *   4. Adressen controleren   every URL ever published still resolves (or redirects): the committed
 *                             content/url-manifest.json together with the live site's /url-manifest.json
 *   5. Adressenlijst bijwerken  writes <dist>/url-manifest.json (all of the above plus this build's URLs),
 *                             so the live site itself remembers what it has published (no commit needed)
 *
 * It fails (exit 1) only because of the content or the built site: it never runs the developers'
 * browser tests, and nothing in it depends on the calendar. It needs no network, except for the
 * one optional request for the live site's URL list (which never fails the publish by itself).
 *
 * Options (after `npm run publiceer --`):
 *   --dist <dir>        where the site is built (default dist)
 *   --werkmap <dir>     tests: build under <dir>/ with a private root, outDir and cache (as tests/isolated-build.ts)
 *   --live <url>        the live site to take /url-manifest.json from (default: `url` in content/site.json;
 *                       also PUBLICEER_LIVE_URL); `--live uit` skips it
 *   --junit <file>      also write a JUnit report (GitLab shows it in the pipeline's "Tests" tab)
 * Environment: CONTENT_ROOT (content folder, default content), GITHUB_STEP_SUMMARY / FORGEJO_STEP_SUMMARY
 * (the Markdown job summary gets the result and the Dutch list of problems), PUBLICEER_JUNIT (= --junit).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest, formatBroken, listPublishedUrls, mergeManifest, readManifest, writeManifest } from '../src/lib/url-manifest.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const contentRoot = path.resolve(process.env.CONTENT_ROOT ?? 'content');
const site = JSON.parse(fs.readFileSync(path.join(projectRoot, 'content', 'site.json'), 'utf8'));
const werkmap = option('--werkmap') && path.resolve(option('--werkmap'));
const distDir = path.resolve(option('--dist', werkmap ? path.join(werkmap, 'dist') : 'dist'));
const liveOption = option('--live', process.env.PUBLICEER_LIVE_URL ?? site.url);
const liveUrl = liveOption && liveOption !== 'uit' ? liveOption : undefined;
const junitFile = option('--junit', process.env.PUBLICEER_JUNIT);
const rel = (p) => path.relative(process.cwd(), p) || '.';
const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name);

/** Astro's inline options: none for a normal build (= `astro build`), a private layout for --werkmap. */
function astroOptions() {
  if (!werkmap) return distDir === path.resolve('dist') ? {} : { outDir: distDir };
  const root = path.join(werkmap, 'root');
  // The validator reads the site settings from <root>/content/site.json.
  fs.mkdirSync(path.join(root, 'content'), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'content', 'site.json'), path.join(root, 'content', 'site.json'));
  return {
    root,
    srcDir: path.join(projectRoot, 'src'),
    publicDir: path.join(projectRoot, 'public'),
    configFile: path.relative(root, path.join(projectRoot, 'astro.config.mjs')),
    outDir: distDir,
    cacheDir: path.join(werkmap, 'cache'),
  };
}

/** Run a command, showing its output as it comes and keeping it for the summary. */
function run(cmd, cmdArgs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => resolve({ ok: false, output: `${output}\n${e.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** The lines of a failed step's output that say what is wrong (Dutch ✗ lines and what follows them). */
function problemLines(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const start = lines.findIndex((l) => /✗|De inhoud bevat|kapotte|werkt niet meer|werken niet meer/.test(l));
  const picked = start >= 0 ? lines.slice(start) : lines.slice(-40);
  return picked.filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 200).join('\n');
}

/** The live site's URL list, or why we could not read it (never a failure by itself). */
async function fetchLiveManifest(base) {
  const url = new URL('/url-manifest.json', base).href;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(20_000), headers: { accept: 'application/json' } });
    if (res.status === 404) return { url, urls: [], note: `${url} bestaat nog niet (eerste publicatie?); alleen de lijst in de repository telt.` };
    if (!res.ok) return { url, urls: [], note: `${url} gaf HTTP ${res.status}; alleen de lijst in de repository telt.` };
    const text = await res.text();
    if (text.length > 20_000_000) return { url, urls: [], note: `${url} is te groot; alleen de lijst in de repository telt.` };
    const raw = JSON.parse(text);
    const urls = Array.isArray(raw?.urls) ? raw.urls.filter((u) => typeof u === 'string' && /^\/[^\s]*$/.test(u) && u.length < 500) : [];
    return { url, urls };
  } catch (e) {
    return { url, urls: [], note: `${url} kon niet worden gelezen (${e instanceof Error ? e.message : e}); alleen de lijst in de repository telt.` };
  }
}

const steps = [];
const notes = [];
const started = Date.now();
const livePromise = liveUrl ? fetchLiveManifest(liveUrl) : Promise.resolve({ urls: [], note: 'De adressenlijst van de live site is niet opgehaald (--live uit).' });

async function step(label, fn) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const r = await fn();
  const seconds = (Date.now() - t0) / 1000;
  steps.push({ label, ok: r.ok, seconds, problems: r.ok ? '' : r.problems });
  console.log(r.ok ? `✓ ${label} (${seconds.toFixed(1)} s)` : `\n✗ ${label} is mislukt (${seconds.toFixed(1)} s)`);
  return r.ok;
}

const runStep = (cmd, cmdArgs) => async () => {
  const r = await run(cmd, cmdArgs);
  return { ok: r.ok, problems: r.ok ? '' : problemLines(r.output) };
};

async function gate() {
  if (!(await step('Inhoud controleren', runStep(bin('tsx'), ['scripts/check-content.ts'])))) return false;
  const build = async () => {
    // The same three parts as `npm run build` (package.json): Astro, the search index, the print PDFs.
    for (const [cmd, cmdArgs] of [
      [process.execPath, ['scripts/astro-build.mjs', JSON.stringify(astroOptions())]],
      [bin('pagefind'), ['--site', distDir]],
      [process.execPath, ['scripts/print-pdf.mjs', distDir]],
    ]) {
      const r = await runStep(cmd, cmdArgs)();
      if (!r.ok) return r;
    }
    return { ok: true };
  };
  if (!(await step('Site bouwen', build))) return false;
  if (!(await step('Links controleren', runStep(bin('tsx'), ['scripts/check-links.ts', distDir])))) return false;

  const manifestFile = path.join(contentRoot, 'url-manifest.json');
  let manifest = [];
  const urlCheck = async () => {
    const live = await livePromise;
    if (live.note) notes.push(live.note);
    let committed;
    try {
      committed = readManifest(manifestFile);
    } catch (e) {
      return { ok: false, problems: `✗ ${e instanceof Error ? e.message : e}` };
    }
    manifest = mergeManifest(committed, live.urls);
    const fromLive = manifest.length - committed.length;
    console.log(`${committed.length} adressen uit ${rel(manifestFile)}${live.url ? `, ${fromLive} extra van ${live.url}` : ''}.`);
    const { broken } = checkManifest(distDir, manifest, site.url);
    if (broken.length) {
      const text = `✗ ${formatBroken(broken, rel(path.join(contentRoot, 'redirects.json')))}`;
      console.error(text);
      return { ok: false, problems: text };
    }
    console.log(`Alle ${manifest.length} ooit gepubliceerde adressen werken nog.`);
    return { ok: true };
  };
  if (!(await step('Adressen controleren', urlCheck))) return false;
  await step('Adressenlijst bijwerken', async () => {
    const merged = mergeManifest(manifest, listPublishedUrls(distDir));
    writeManifest(path.join(distDir, 'url-manifest.json'), merged);
    console.log(`${rel(path.join(distDir, 'url-manifest.json'))}: ${merged.length} adressen (${merged.length - manifest.length} nieuw in deze publicatie).`);
    return { ok: true };
  });
  return true;
}

const ok = await gate();
const total = (Date.now() - started) / 1000;
for (const n of notes) console.log(`ℹ ${n}`);
console.log(ok ? `\n✓ Klaar om te publiceren: ${rel(distDir)}/ (${total.toFixed(1)} s)` : `\n✗ Niet gepubliceerd: de website blijft zoals hij was. Los de problemen hierboven op en publiceer opnieuw.`);

// The job summary (GitHub Actions; Forgejo runners that support it) in Markdown.
const summaryFile = process.env.GITHUB_STEP_SUMMARY || process.env.FORGEJO_STEP_SUMMARY;
if (summaryFile) {
  const rows = steps.map((s) => `| ${s.ok ? '✅' : '❌'} | ${s.label} | ${s.seconds.toFixed(1)} s |`).join('\n');
  const failed = steps.find((s) => !s.ok);
  const body = [
    ok ? '## ✅ Publicatie gelukt' : '## ❌ Publicatie mislukt — de website blijft zoals hij was',
    '',
    '| | stap | tijd |',
    '|---|---|---|',
    rows,
    '',
    failed ? `**Wat moet er anders** (stap “${failed.label}”):\n\n\`\`\`\n${failed.problems.replace(/```/g, "'''")}\n\`\`\`\n` : '',
    ...notes.map((n) => `> ${n}`),
    '',
  ].join('\n');
  fs.appendFileSync(summaryFile, body);
}

// JUnit (GitLab: artifacts:reports:junit shows the failed step with its Dutch message).
if (junitFile) {
  const esc = (s) => String(s).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);
  const cases = steps
    .map((s) => `    <testcase classname="publiceer" name="${esc(s.label)}" time="${s.seconds.toFixed(1)}">${s.ok ? '' : `<failure message="${esc(s.label)} is mislukt">${esc(s.problems)}</failure>`}</testcase>`)
    .join('\n');
  const failures = steps.filter((s) => !s.ok).length;
  fs.mkdirSync(path.dirname(path.resolve(junitFile)), { recursive: true });
  fs.writeFileSync(junitFile, `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="Publiceren" tests="${steps.length}" failures="${failures}" time="${total.toFixed(1)}">\n${cases}\n  </testsuite>\n</testsuites>\n`);
}

process.exit(ok ? 0 : 1);
