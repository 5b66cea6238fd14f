#!/usr/bin/env node
/**
 * The CMS's local Git backend for `npm start` and the tests: decap-server's own Git middleware
 * (the npm package, unchanged), behind a guard that lets only the CMS page talk to it
 * (issue 15, finding 1).
 *
 * decap-server on its own has no authentication, allows every http://localhost:* origin, answers
 * any Host header and reads and writes any path in its repository, `.git` included: any page on
 * another localhost port (another dev server the editor runs) could commit files and, through
 * `.git/config`, run commands. The guard refuses, before decap-server sees the request:
 *   1. a Host header other than this server's own address (DNS rebinding);
 *   2. an Origin other than the exact origins of the site that serves /admin/ (CMS_ORIGINS);
 *      browsers always send Origin on a cross-origin POST, so no other page gets through, not
 *      even with a "simple" text/plain request that skips the CORS preflight;
 *   3. a URL without the secret of this run (CMS_TOKEN): the backend answers only on
 *      /<secret>/api/v1; the secret is in the CMS config that the site serves to the CMS page;
 *   4. a branch other than the CMS branch, and any path outside the content folders
 *      (CMS_PATHS, default `content`): never `.git`, never `..`, never the project's code;
 *   5. uploads that are not photos by name, SVG above all (an SVG can carry a script, finding 2;
 *      the rule is src/lib/photo-name.ts, shared with the content validation);
 *   6. an upload that would silently replace a different photo of the same name, and a save made
 *      on an older version of an entry than the one someone else saved since (issue 16; the CMS
 *      page says which version it read, cms/overwrite-guard.ts).
 * Our own CORS answers (exact origin, POST + Content-Type only) replace decap-server's.
 *
 * Environment: PORT, BIND_HOST (127.0.0.1), GIT_REPO_DIRECTORY, CMS_TOKEN, CMS_ORIGINS
 * (comma-separated), CMS_BRANCH, CMS_PATHS (comma-separated folders, default `content`).
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { uploadRefusal } from '../src/lib/upload-rule.ts';
import { changedMessage, whenChanged } from '../src/lib/overwrite-message.ts';

const require = createRequire(import.meta.url);
const express = require('express');
const { registerLocalGit } = require('decap-server/dist/middlewares');

/** Keys in a decap-server request whose values are repository paths (see its joi schema). */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder']);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const messages = {
  host: 'Dit adres hoort niet bij het redactiesysteem op deze computer.',
  origin: 'Alleen het redactiesysteem zelf (/admin/) mag met de lokale opslag praten.',
  token: 'Onbekend adres.',
  branch: (b) => `Het redactiesysteem werkt alleen op de branch "${b}".`,
  path: (p) => `"${p}" ligt buiten de inhoud van het magazine; het redactiesysteem mag alleen bestanden in de inhoud lezen en schrijven.`,
  name: (n) => `"${n}" is geen geldige naam voor een stuk.`,
  changed: (p, who, iso) => changedMessage(p, who ?? '', whenChanged(iso)),
  replaces: (p) =>
    `Er staat al een andere foto met de naam "${path.posix.basename(p)}" in de mediabibliotheek; die zou worden vervangen, ook in de stukken die hem al gebruiken. ` +
    `Uw tekst is niet opgeslagen maar staat nog in het scherm: haal de nieuwe foto weg, geef het bestand op uw computer een andere naam en voeg het opnieuw toe.`,
};

/** A repository path is allowed when it is a plain relative path inside one of `roots`. */
export function allowedPath(value, roots) {
  if (typeof value !== 'string' || value === '' || value.includes('\0') || value.includes('\\')) return false;
  if (path.posix.isAbsolute(value)) return false;
  const parts = value.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..' || p.toLowerCase().startsWith('.git'))) return false;
  const clean = parts.join('/');
  return roots.some((root) => clean === root || clean.startsWith(`${root}/`));
}

/** Every path-valued field of a request body (nested anywhere in params). */
function collectPaths(value, out = []) {
  if (Array.isArray(value)) for (const v of value) collectPaths(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'paths' && Array.isArray(v)) out.push(...v.map(String));
      else if (PATH_KEYS.has(key) && typeof v === 'string') out.push(v);
      else if (typeof v === 'object') collectPaths(v, out);
    }
  return out;
}

/** What is wrong with a decap-server request body, or null. */
export function bodyProblem(body, { branch, roots }) {
  const params = body && typeof body === 'object' ? body.params : undefined;
  if (body?.action === 'info') return null;
  if (!params || typeof params !== 'object') return null; // decap-server's own schema refuses it
  if ('branch' in params && params.branch !== branch) return messages.branch(branch);
  for (const key of ['collection', 'slug'])
    if (key in params && (typeof params[key] !== 'string' || !NAME.test(params[key]) || params[key].includes('..'))) return messages.name(String(params[key]));
  if ('id' in params && (typeof params.id !== 'string' || !params.id.split('/').every((p) => NAME.test(p) && !p.includes('..')))) return messages.name(String(params.id));
  for (const p of collectPaths(params)) if (!allowedPath(p, roots)) return messages.path(p);
  return null;
}

/** An upload that is neither a photo nor a recording, or null. */
export function uploadProblem(body) {
  const params = body?.params ?? {};
  const assets = [params.asset, ...(Array.isArray(params.assets) ? params.assets : [])].filter(Boolean);
  // Every file the CMS uploads is a photo for the media library or a recorded reading (issue 19):
  // the same rule as the CMS page's (src/lib/upload-rule.ts).
  for (const a of assets) {
    const bytes = Buffer.from(String(a.content ?? ''), a.encoding === 'base64' ? 'base64' : 'utf8');
    const problem = uploadRefusal(path.posix.basename(String(a.path ?? '')), bytes);
    if (problem) return `${problem}.`;
  }
  return null;
}

/** A path that leads outside the content folders through a symbolic link in the repository. */
function outsideRoots(realRepo, paths, roots) {
  for (const p of paths) {
    let probe = path.resolve(realRepo, p);
    while (!fs.existsSync(probe) && probe !== realRepo) probe = path.dirname(probe);
    const real = fs.realpathSync(probe);
    const rel = path.relative(realRepo, real).split(path.sep).join('/');
    if (real !== realRepo && !roots.some((root) => rel === root || rel.startsWith(`${root}/`)) && !roots.some((root) => root.startsWith(`${rel}/`))) return messages.path(p);
    if (rel.split('/').some((part) => part.toLowerCase().startsWith('.git'))) return messages.path(p);
  }
  return null;
}

/** Not one of decap-server's actions: answered by this guard (see createLocalBackend). */
export const VERSION_ACTION = 'cmsFileVersion';
/** Decap's review branches: cms/<collection>/<slug>. */
const REVIEW_BRANCH = /^cms\/[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The text of `file` on `ref` (null when the branch or file is not there) and its last commit's author and time. */
async function fileVersion(repo, ref, file) {
  const text = await git(repo, ['show', `refs/heads/${ref}:${file}`]);
  if (!text) return { text: null, who: '', when: '' };
  const log = String((await git(repo, ['log', '-1', '--format=%an%x00%aI', `refs/heads/${ref}`, '--', file])) ?? '').trim();
  const [who = '', when = ''] = log.split('\0');
  return { text: text.toString('utf8'), who, when };
}

/** The Git blob id of `bytes` (what `git rev-parse <branch>:<path>` gives for the same content). */
const blobId = (bytes) => crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

function gitBlob(repo, ref) {
  return new Promise((resolve) => execFile('git', ['rev-parse', '--verify', '-q', ref], { cwd: repo }, (error, stdout) => resolve(error ? null : stdout.trim())));
}

/**
 * An upload that would replace a different photo of the same name on the CMS branch (issue 16:
 * a phone's "IMG_0001.jpg" replaced a published article's photo without a word), or null.
 * The same bytes again (Decap re-sends an entry's photos on every save) are fine.
 */
async function replacesPhoto(repo, branch, body) {
  const params = body?.params ?? {};
  const assets = [params.asset, ...(Array.isArray(params.assets) ? params.assets : [])].filter(Boolean);
  for (const a of assets) {
    const existing = await gitBlob(repo, `refs/heads/${branch}:${String(a.path).replace(/^\.\//, '')}`);
    if (existing && existing !== blobId(Buffer.from(String(a.content ?? ''), a.encoding === 'base64' ? 'base64' : 'utf8'))) return messages.replaces(String(a.path));
  }
  return null;
}

function git(repo, args) {
  return new Promise((resolve) => execFile('git', args, { cwd: repo, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => resolve(error ? null : stdout)));
}


/**
 * A save made on an older version of the file than the one on its branch now (issue 16): the
 * CMS page sends what it last read (params.cmsExpected, cms/overwrite-guard.ts); someone else
 * saved in between. Answers the Dutch message with who and when, or null.
 */
async function overwritesOthers(repo, branch, body) {
  const params = body?.params ?? {};
  if (body?.action !== 'persistEntry' || !params.cmsExpected || typeof params.cmsExpected !== 'object') return null;
  let target = branch;
  if (params.options?.useWorkflow) {
    const slug = (Array.isArray(params.dataFiles) ? params.dataFiles[0] : params.entry)?.slug;
    const draft = `cms/${params.options.collectionName}/${slug}`;
    if (await gitBlob(repo, `refs/heads/${draft}`)) target = draft;
  }
  for (const [file, expected] of Object.entries(params.cmsExpected)) {
    const now = await git(repo, ['show', `refs/heads/${target}:${file}`]);
    if (!now) continue; // a new file, or gone: nothing of someone else's to overwrite
    if (crypto.createHash('sha256').update(now).digest('hex') === expected) continue;
    const log = String((await git(repo, ['log', '-1', '--format=%an%x00%aI', `refs/heads/${target}`, '--', file])) ?? '').trim();
    const [who, iso] = log.split('\0');
    return messages.changed(file, who, iso);
  }
  return null;
}

/** Not one of decap-server's actions: the file list of a collection for the CMS's paged lists. */
export const INDEX_ACTION = 'cmsFolderIndex';
const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The value of a top-level front-matter field, as written (quotes removed), or undefined. */
export function frontMatterValue(text, field) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return undefined;
  const line = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(m[1]);
  if (!line || line[1] === '') return undefined;
  return line[1].replace(/^(['"])(.*)\1$/, '$2');
}

/** Compare two front-matter values: numbers as numbers, anything else (ISO dates too) as text. */
function compareValues(a, b) {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The front matter (text up to the closing `---`) of each blob, in one `git cat-file --batch` for all of them. */
function readFrontMatters(repo, blobs) {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['cat-file', '--batch'], { cwd: repo, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => {
      if (error) return reject(error);
      const texts = [];
      let at = 0;
      for (let i = 0; i < blobs.length; i++) {
        const eol = stdout.indexOf(10, at);
        const size = / blob (\d+)$/.exec(stdout.subarray(at, eol).toString('latin1'));
        if (!size) {
          texts.push('');
          at = eol + 1;
          continue;
        }
        const body = stdout.subarray(eol + 1, eol + 1 + Number(size[1]));
        const close = body.indexOf('\n---', 3);
        texts.push(body.subarray(0, close < 0 ? Math.min(body.length, 64 * 1024) : close + 4).toString('utf8'));
        at = eol + 1 + Number(size[1]) + 1;
      }
      resolve(texts);
    });
    child.stdin.end(blobs.map((b) => `${b}\n`).join(''));
  });
}

/** Front matters already read, per blob id: a blob never changes, so each is read once per run. */
const frontMatterCache = new Map();

/** The front matter of each of `files` ({ blob }), from the cache or Git. */
async function frontMatters(repo, files) {
  const unread = [...new Set(files.map((f) => f.blob).filter((b) => !frontMatterCache.has(b)))];
  if (unread.length) {
    const texts = await readFrontMatters(repo, unread);
    if (frontMatterCache.size > 50_000) frontMatterCache.clear();
    unread.forEach((b, i) => frontMatterCache.set(b, texts[i]));
  }
  return files.map((f) => frontMatterCache.get(f.blob) ?? '');
}

/** The entry files of `folder` on `branch` as decap-server lists them (by extension, at most `depth` deep): { blob, path }. */
async function folderFiles(repo, branch, { folder, extension, depth }) {
  const out = await git(repo, ['ls-tree', '-r', '-z', `refs/heads/${branch}`, '--', `${folder}/`]);
  const base = folder.split('/').filter(Boolean).length;
  const maxDepth = Number(depth) > 0 ? Number(depth) : 1;
  return String(out ?? '')
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
    .filter((m) => m && (!extension || m[2].endsWith(`.${extension}`)) && m[2].split('/').length - base <= maxDepth)
    .map((m) => ({ blob: m[1], path: m[2] }));
}

/** Not one of decap-server's actions: every entry of a folder with its front matter only (no text). */
export const SUMMARIES_ACTION = 'cmsFolderSummaries';

/**
 * Every entry of `folder` on `branch` with only its front matter: what Decap needs when it wants
 * all entries at once (sorting by a field, the search box and relation fields use front-matter
 * fields only; an entry that is opened is read whole with `getEntry`). At 2,000 artikelen ~1 MB
 * instead of decap-server's 10 MB (cms/paged-list.ts).
 */
export async function folderSummaries(repo, branch, options) {
  const files = await folderFiles(repo, branch, options);
  const texts = await frontMatters(repo, files);
  return files.map((f, i) => ({ file: { path: f.path, id: f.blob }, data: `${texts[i]}\n` }));
}

/**
 * Every entry file of `folder` on `branch` (as decap-server lists them: by extension, at most
 * `depth` folders deep), ordered by `order` ({ field, direction }: a front-matter field, entries
 * without it last; ties and no order by path). Paths only: the CMS then loads one page of
 * entries at a time (cms/paged-list.ts) instead of all of them (issue 16, point 6: 2,000
 * artikelen were 10 MB of text before the list showed anything). Read from Git, not from the
 * working tree, which decap-server switches to review branches for a moment now and then.
 */
export async function folderIndex(repo, branch, { folder, extension, depth, order }) {
  const files = await folderFiles(repo, branch, { folder, extension, depth });
  if (!order) return files.map((f) => f.path).sort();
  const texts = await frontMatters(repo, files);
  const keyed = files.map((f, i) => ({ path: f.path, value: frontMatterValue(texts[i], order.field) }));
  const sign = order.direction === 'desc' ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) return a.value === b.value ? (a.path < b.path ? -1 : 1) : a.value === undefined ? 1 : -1;
    return sign * compareValues(a.value, b.value) || (a.path < b.path ? -1 : 1);
  });
  return keyed.map((k) => k.path);
}

/** Not one of decap-server's actions: the media library without the files' bytes. */
export const MEDIA_ACTION = 'cmsMediaIndex';

/**
 * The files directly in `mediaFolder` on `branch`: { id (Git blob id), name, path, size }, no
 * content. decap-server's `getMedia` sends every file base64-encoded, and Decap asks for it at
 * login and again each time an entry is opened (our collections have a media folder); the CMS
 * page then loads a photo only when it is shown (cms/paged-list.ts).
 */
export async function mediaIndex(repo, branch, mediaFolder) {
  const out = await git(repo, ['ls-tree', '-l', '-z', `refs/heads/${branch}`, '--', `${mediaFolder}/`]);
  return String(out ?? '')
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+) +(\d+)\t(.+)$/.exec(line))
    .filter(Boolean)
    .map((m) => ({ id: m[1], name: path.posix.basename(m[3]), path: m[3], size: Number(m[2]) }));
}

const safeEqual = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

/**
 * Middleware that lets requests through one at a time, in the order they came, each when the one
 * before it has been answered (or its connection closed); one that takes longer than `limit` ms
 * no longer holds the others up.
 */
export function oneAtATime(limit = 120_000) {
  let turn = Promise.resolve();
  return (_req, res, next) => {
    const before = turn;
    let done;
    turn = new Promise((resolve) => (done = resolve));
    const timer = setTimeout(done, limit);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    res.once('finish', finish);
    res.once('close', finish);
    before.then(() => (res.writableEnded || res.destroyed ? finish() : next()));
  };
}

/**
 * An express app: the guard, then decap-server's Git middleware for `repo`.
 * options: { repo, token, origins: string[], branch, roots?: string[], hosts?: string[] }
 * (hosts: the Host headers accepted; default this server's own address, 127.0.0.1 or localhost
 * with the port the request came in on).
 */
export async function createLocalBackend({ repo, token, origins, hosts, branch, roots = ['content'] }) {
  if (!token || token.length < 16) throw new Error('CMS_TOKEN ontbreekt of is te kort');
  if (!origins?.length) throw new Error('CMS_ORIGINS ontbreekt');
  const app = express();
  app.disable('x-powered-by');
  const refuse = (res, status, error) => res.status(status).type('application/json').send(JSON.stringify({ error }));
  const prefix = `/${token}/api/v1`;

  app.use((req, res, next) => {
    const own = hosts ?? [`127.0.0.1:${req.socket.localPort}`, `localhost:${req.socket.localPort}`];
    if (!own.includes(String(req.headers.host ?? '').toLowerCase())) return refuse(res, 403, messages.host);
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !origins.includes(origin)) return refuse(res, 403, messages.origin);
    const url = req.url.split('?')[0];
    if (!safeEqual(url, prefix)) return refuse(res, 404, messages.token);
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      return res.status(204).end();
    }
    if (req.method !== 'POST') return refuse(res, 405, messages.token);
    req.url = '/api/v1';
    next();
  });
  // decap-server's body limit; the body is parsed once (express.json skips a parsed body).
  app.use(express.json({ limit: '50mb', type: () => true }));
  const realRepo = fs.realpathSync(repo);
  // The CMS page's own check before a save (cms/hosted-guard.ts, the same as on GitHub/GitLab/
  // Forgejo): an entry's text on the CMS branch or its review branch, and who changed it last.
  app.use((req, res, next) => {
    if (req.body?.action !== VERSION_ACTION) return next();
    const { ref, path: file } = req.body.params ?? {};
    if (typeof ref !== 'string' || (ref !== branch && !REVIEW_BRANCH.test(ref)) || ref.includes('..')) return refuse(res, 403, messages.branch(branch));
    if (!allowedPath(file, roots) || outsideRoots(realRepo, [file], roots)) return refuse(res, 403, messages.path(String(file)));
    fileVersion(realRepo, ref, file).then((version) => res.json(version), next);
  });
  // decap-server does one Git operation at a time and refuses a request that waited more than 3 s
  // for its turn ("Request timed out": an empty list, or an entry that does not open in the CMS):
  // on a slow laptop a login or a save with photos queues more than that. Its requests wait their
  // turn here instead, without that limit, and a save is checked against the files (someone
  // else's version, a photo it would replace) in the same turn as it is written. The light answers
  // below read Git by ref and need no turn.
  const queue = oneAtATime();
  const light = new Set([INDEX_ACTION, SUMMARIES_ACTION, MEDIA_ACTION]);
  app.use((req, res, next) => (light.has(req.body?.action) ? next() : queue(req, res, next)));
  app.use((req, res, next) => {
    const problem = bodyProblem(req.body, { branch, roots }) ?? outsideRoots(realRepo, collectPaths(req.body?.params), roots) ?? uploadProblem(req.body);
    if (problem) return refuse(res, 403, problem);
    Promise.all([overwritesOthers(realRepo, branch, req.body), replacesPhoto(realRepo, branch, req.body)]).then(
      ([changed, replaces]) => (changed ? refuse(res, 409, changed) : replaces ? refuse(res, 409, replaces) : next()),
      next,
    );
  });
  // The paged lists of the CMS (cms/paged-list.ts): after the guard above (branch, folder).
  app.use((req, res, next) => {
    if (req.body?.action !== INDEX_ACTION && req.body?.action !== SUMMARIES_ACTION) return next();
    const { folder, extension, depth, order } = req.body.params ?? {};
    if (typeof folder !== 'string' || (extension !== undefined && (typeof extension !== 'string' || !/^[a-z0-9]{1,8}$/.test(extension)))) return refuse(res, 400, messages.name(String(folder)));
    if (order !== undefined && (!order || !FIELD.test(String(order.field)) || !['asc', 'desc'].includes(order.direction))) return refuse(res, 400, messages.name(String(order?.field)));
    const options = { folder: folder.replace(/\/+$/, ''), extension, depth, order };
    (req.body.action === INDEX_ACTION ? folderIndex(realRepo, branch, options) : folderSummaries(realRepo, branch, options)).then((answer) => res.json(answer), next);
  });
  app.use((req, res, next) => {
    if (req.body?.action !== MEDIA_ACTION) return next();
    const { mediaFolder } = req.body.params ?? {};
    if (typeof mediaFolder !== 'string') return refuse(res, 400, messages.name(String(mediaFolder)));
    mediaIndex(realRepo, branch, mediaFolder.replace(/^\/+|\/+$/g, '')).then((files) => res.json(files), next);
  });
  // decap-server registers its logger, its CORS (every localhost origin) and its JSON parser with
  // app.use, and its API with app.post('/api/v1'): take only the API.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repo;
  try {
    await registerLocalGit({ use() {}, post: (route, ...handlers) => app.post(route, ...handlers) }, { logLevel: process.env.LOG_LEVEL || 'info' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  app.use((_req, res) => refuse(res, 404, messages.token));
  return app;
}

/** Start on host:port; resolves with the node http server. */
export async function listenLocalBackend(options) {
  const app = await createLocalBackend(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
    server.once('error', reject);
  });
}

const list = (s) => String(s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8081);
  const host = process.env.BIND_HOST || '127.0.0.1';
  const options = {
    repo: path.resolve(process.env.GIT_REPO_DIRECTORY || process.cwd()),
    token: process.env.CMS_TOKEN,
    origins: list(process.env.CMS_ORIGINS),
    branch: process.env.CMS_BRANCH || 'redactie',
    roots: list(process.env.CMS_PATHS || 'content'),
    port,
    host,
  };
  listenLocalBackend(options).then(
    () => console.log(`Lokale opslag van het CMS op ${host}:${port} (alleen voor ${options.origins.join(', ')})`),
    (e) => {
      console.error(`✗ De lokale opslag van het CMS start niet: ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    },
  );
}
