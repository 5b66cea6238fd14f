#!/usr/bin/env node
/**
 * `npm start`: the site (astro dev, port 4321) and the CMS with its local Git backend
 * (decap-server's Git middleware behind a guard, cms/local-backend.mjs, 127.0.0.1:8081)
 * together; Ctrl+C stops both. Only the CMS page can reach the backend: exact origin, a secret
 * per run, its own Host header, and only the content folders (issue 15).
 *
 * Safety (issue 3): decap-server in git mode runs `git add .` on every save and checks out
 * `cms/<collection>/<slug>` branches for the editorial workflow. Run in your own checkout it
 * would sweep your unfinished work into CMS commits and switch branches under your feet. So the
 * CMS gets its own Git working tree: `.cms-werkmap/`, a `git worktree` of this repository on
 * the branch `redactie` (git-ignored here). A save in the CMS is a commit in this same
 * repository, on `redactie`; your checkout is never touched. astro dev reads the content from
 * that working tree (CONTENT_ROOT), so what the redactie publishes shows up at once.
 *
 * Each start brings `redactie` up to date with your branch when it is behind (fast-forward
 * only) and tells you when the redactie has commits you have not merged yet (`git merge
 * redactie`). It never merges into your branch and never discards anything.
 *
 * Environment: PORT (site, 4321), CMS_PORT (decap-server, 8081), INZENDING_PORT ("Doe mee", 8082),
 * CMS_BRANCH (redactie), SMTP_* (server/mail.ts).
 * Node 24 comes from the `node` devDependency when run through npm.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDecapDist } from '../cms/decap-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WERKMAP = path.join(root, '.cms-werkmap');
const BRANCH = process.env.CMS_BRANCH || 'redactie';
const SITE_PORT = Number(process.env.PORT || 4321);
const CMS_PORT = Number(process.env.CMS_PORT || 8081);
const INZENDING_PORT = Number(process.env.INZENDING_PORT || 8082);
const HOST = '127.0.0.1';

const say = (line = '') => console.log(line);
function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

function git(cwd, args, { allowFail = false } = {}) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.error) fail('Git is niet gevonden. Installeer Git (bijvoorbeeld: sudo apt-get install git) en probeer het opnieuw.');
  if (r.status !== 0 && !allowFail) fail(`git ${args.join(' ')} mislukte:\n${r.stderr.trim()}`);
  return r.status === 0 ? r.stdout.trim() : null;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

function waitForPort(port, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, HOST);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`poort ${port} kwam niet op`));
        else setTimeout(attempt, 300);
      });
    };
    attempt();
  });
}

/** The CMS's own working tree: a git worktree on BRANCH, or (no Git repository here) a small repository of its own. */
function prepareWerkmap() {
  const top = git(root, ['rev-parse', '--show-toplevel'], { allowFail: true });
  const inRepo = top && path.resolve(top) === root && git(root, ['rev-parse', '--verify', '-q', 'HEAD'], { allowFail: true });

  if (!inRepo) {
    if (!fs.existsSync(path.join(WERKMAP, '.git'))) {
      say(`Deze map is geen Git-repository: het CMS krijgt een eigen repository in .cms-werkmap/ (branch ${BRANCH}).`);
      fs.mkdirSync(WERKMAP, { recursive: true });
      fs.cpSync(path.join(root, 'content'), path.join(WERKMAP, 'content'), { recursive: true });
      git(WERKMAP, ['init', '-q', '-b', BRANCH]);
      git(WERKMAP, ['add', '-A']);
      git(WERKMAP, ['-c', 'user.name=Redactie (CMS)', '-c', 'user.email=redactie@localhost', 'commit', '-q', '-m', 'Inhoud voor het CMS']);
    }
    return { worktree: false, ahead: 0 };
  }

  const current = git(root, ['branch', '--show-current'], { allowFail: true }) || '';
  if (current === BRANCH) fail(`Uw eigen checkout staat op de branch "${BRANCH}", die het CMS gebruikt. Wissel eerst van branch (bijvoorbeeld: git switch main).`);

  const branchExists = git(root, ['rev-parse', '--verify', '-q', `refs/heads/${BRANCH}`], { allowFail: true });
  if (!branchExists) {
    git(root, ['branch', BRANCH, 'HEAD']);
    say(`Branch "${BRANCH}" gemaakt vanaf ${current || 'HEAD'}: hierop komen de wijzigingen uit het CMS.`);
  }

  if (!fs.existsSync(path.join(WERKMAP, '.git'))) {
    git(root, ['worktree', 'prune']);
    if (fs.existsSync(WERKMAP) && fs.readdirSync(WERKMAP).length) fail(`.cms-werkmap/ bestaat al maar is geen Git-werkmap. Kijk wat erin staat en verplaats of verwijder de map.`);
    git(root, ['worktree', 'add', '-q', WERKMAP, BRANCH]);
    say(`Werkmap voor het CMS gemaakt: .cms-werkmap/ (branch ${BRANCH}).`);
  }

  // Anything uncommitted in the CMS working tree would be swept into the next CMS commit.
  const dirty = git(WERKMAP, ['status', '--porcelain']);
  if (dirty)
    fail(
      `In .cms-werkmap/ staan wijzigingen die nog niet zijn vastgelegd:\n${dirty}\n` +
        `Het CMS zou die bij de volgende keer opslaan meenemen. Bekijk ze met "git -C .cms-werkmap status" en leg ze vast of zet ze terug.`,
    );
  // A crash halfway through a CMS action can leave a cms/… branch checked out.
  const werkBranch = git(WERKMAP, ['branch', '--show-current'], { allowFail: true });
  if (werkBranch !== BRANCH) git(WERKMAP, ['checkout', '-q', BRANCH]);

  // Bring the CMS branch up to date with your branch when it is simply behind.
  const head = git(root, ['rev-parse', 'HEAD']);
  const [behind, ahead] = (git(root, ['rev-list', '--left-right', '--count', `HEAD...${BRANCH}`]) || '0 0').split(/\s+/).map(Number);
  if (behind > 0 && ahead === 0) {
    git(WERKMAP, ['merge', '-q', '--ff-only', head]);
    say(`Branch "${BRANCH}" bijgewerkt met ${behind} nieuwe commit(s) van ${current || 'HEAD'}.`);
  } else if (behind > 0 && ahead > 0) {
    say(`Let op: "${BRANCH}" en ${current || 'HEAD'} zijn allebei veranderd (${ahead} commit(s) van de redactie, ${behind} van u).`);
    say(`  Voeg ze samen met: git merge ${BRANCH}   (het CMS toont tot dan de inhoud zonder uw nieuwe commits)`);
  }
  return { worktree: true, ahead };
}

function hasGitIdentity(cwd) {
  return Boolean(git(cwd, ['config', 'user.name'], { allowFail: true }) && git(cwd, ['config', 'user.email'], { allowFail: true }));
}

function prefixed(stream, label, target) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) target.write(`${label} ${line}\n`);
  });
}

async function main() {
  for (const [port, what] of [
    [SITE_PORT, 'de website (PORT)'],
    [CMS_PORT, 'het CMS (CMS_PORT)'],
    [INZENDING_PORT, '"Doe mee" (INZENDING_PORT)'],
  ])
    if (!(await portFree(port))) fail(`Poort ${port} voor ${what} is al in gebruik. Draait "npm start" al in een ander venster? Stop dat eerst, of kies een andere poort.`);

  const { worktree, ahead } = prepareWerkmap();
  ensureDecapDist();

  // Only the CMS page may talk to the local backend (cms/local-backend.mjs): the exact origins of
  // this site, and a secret of this run that only the CMS config served by this site contains.
  const token = crypto.randomBytes(24).toString('base64url');
  const cmsUrl = `http://${HOST}:${CMS_PORT}/${token}/api/v1`;
  const origins = [`http://localhost:${SITE_PORT}`, `http://${HOST}:${SITE_PORT}`];
  const identity = hasGitIdentity(WERKMAP)
    ? {}
    : { GIT_AUTHOR_NAME: 'Redactie (CMS)', GIT_AUTHOR_EMAIL: 'redactie@localhost', GIT_COMMITTER_NAME: 'Redactie (CMS)', GIT_COMMITTER_EMAIL: 'redactie@localhost' };

  const children = [];
  const start = (label, args, env) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    prefixed(child.stdout, label, process.stdout);
    prefixed(child.stderr, label, process.stderr);
    children.push({ label, child });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`\n✗ ${label.trim()} stopte onverwacht (${signal ?? `code ${code}`}). Alles wordt gestopt.`);
      stop(code || 1);
    });
    return child;
  };

  let stopping = false;
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    for (const { child } of children) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the whole process group: no orphaned servers
      } catch {
        /* already gone */
      }
    }
    setTimeout(() => {
      for (const { child } of children) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      process.exit(code);
    }, 3000).unref();
    Promise.all(children.map(({ child }) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r))))).then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));

  start('[cms] ', [path.join(root, 'cms', 'local-backend.mjs')], {
    PORT: String(CMS_PORT),
    BIND_HOST: HOST,
    GIT_REPO_DIRECTORY: WERKMAP,
    CMS_TOKEN: token,
    CMS_ORIGINS: origins.join(','),
    CMS_BRANCH: BRANCH,
    ...identity,
  });
  // "Doe mee" (issue 18): submissions become drafts in the CMS's review column of this same
  // repository (decap-server's structure: branch cms/<collection>/<slug>); the sender's details
  // go by e-mail (SMTP_* variables) or, without SMTP_HOST, are printed here.
  start('[doe-mee]', [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'server', 'serve.ts')], {
    INZENDING_PORT: String(INZENDING_PORT),
    BIND_HOST: HOST,
    INZENDING_GIT: 'lokaal',
    GIT_REPO_DIRECTORY: WERKMAP,
    CMS_BRANCH: BRANCH,
    SITE_URL: `http://localhost:${SITE_PORT}`,
    INZENDING_ORIGINS: origins.join(','),
  });
  start('[site]', [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(SITE_PORT), '--host', HOST], {
    CONTENT_ROOT: path.join(WERKMAP, 'content'),
    CMS_LOCAL_URL: cmsUrl,
    CMS_BRANCH: BRANCH,
    INZENDING_URL: '/api/inzending',
    INZENDING_PROXY: `http://${HOST}:${INZENDING_PORT}`,
  });

  try {
    await Promise.all([waitForPort(CMS_PORT), waitForPort(SITE_PORT), waitForPort(INZENDING_PORT)]);
  } catch (e) {
    console.error(`\n✗ Starten lukte niet: ${e.message}`);
    stop(1);
    return;
  }
  say('');
  say('────────────────────────────────────────────────────────────');
  say(`  Website:  http://localhost:${SITE_PORT}/`);
  say(`  CMS:      http://localhost:${SITE_PORT}/admin/   (klik op "Inloggen", geen wachtwoord nodig)`);
  say(`  Doe mee:  http://localhost:${SITE_PORT}/doe-mee/   (inzendingen komen in het CMS onder "Ter beoordeling")`);
  say(`  Handleiding voor de redactie: http://localhost:${SITE_PORT}/admin/handleiding/`);
  say(
    worktree
      ? `  Wat de redactie opslaat, wordt een commit op branch "${BRANCH}" (werkmap .cms-werkmap/).`
      : `  Wat de redactie opslaat, wordt een commit in .cms-werkmap/ (branch "${BRANCH}").`,
  );
  if (worktree && ahead > 0) say(`  "${BRANCH}" heeft ${ahead} commit(s) die nog niet in uw branch staan: git merge ${BRANCH}`);
  say('  Stoppen: Ctrl+C');
  say('────────────────────────────────────────────────────────────');
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
