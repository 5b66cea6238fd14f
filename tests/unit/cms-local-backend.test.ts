/**
 * The CMS's local backend (cms/local-backend.mjs, issue 15 finding 1): decap-server's real Git
 * middleware on a real temporary Git repository, behind the guard. Requests are sent the way a
 * browser would (Origin header) and the way a rebinding attacker would (foreign Host header).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MAGAZINE } from '../magazine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedPath, frontMatterValue, listenLocalBackend, messages, oneAtATime } from '../../cms/local-backend.mjs';
import { annotateRequest, recordResponse, type Seen } from '../../cms/overwrite-guard';
import { currentVersion, hostReader, overwriteProblem } from '../../cms/hosted-guard';

// express comes with decap-server (as in cms/local-backend.mjs).
const express = createRequire(import.meta.url)('express');
const ORIGIN = 'http://localhost:4321';
const TOKEN = 'test-geheim-0123456789abcdef';
let repo: string;
let server: http.Server;
let port: number;

const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

function post(body: unknown, { origin = ORIGIN as string | null, host = `127.0.0.1:${port}`, urlPath = `/${TOKEN}/api/v1`, method = 'POST', port: to = port } = {}): Promise<{ status: number; json: Record<string, unknown> | null; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = { Host: host, 'Content-Type': 'text/plain' };
    if (origin) headers.Origin = origin;
    const req = http.request({ host: '127.0.0.1', port: to, path: urlPath, method, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : null, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const writeMedia = (p: string, content = 'aGFsbG8=') => ({ action: 'persistMedia', params: { branch: 'redactie', asset: { path: p, content, encoding: 'base64' }, options: { commitMessage: 'x' } } });

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-backend-'));
  fs.mkdirSync(path.join(repo, 'content', 'artikelen'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'content', 'media'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'scripts'));
  fs.writeFileSync(path.join(repo, 'content', 'artikelen', 'a.md'), '---\ntitel: A\n---\nTekst\n');
  fs.writeFileSync(path.join(repo, 'package.json'), '{"name":"geheim"}\n');
  // A symbolic link inside content/ that leads out of it.
  fs.symlinkSync('../scripts', path.join(repo, 'content', 'uitweg'));
  git('init', '-q', '-b', 'redactie');
  git('add', '-A');
  git('commit', '-q', '-m', 'begin');
  server = await listenLocalBackend({ repo, token: TOKEN, origins: [ORIGIN], branch: 'redactie', port: 0, host: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS backend answers only the CMS page', () => {
  it('answers the CMS page: exact origin, its secret, its own Host', async () => {
    const r = await post({ action: 'info' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ type: 'local_git' });
    expect(r.headers['access-control-allow-origin']).toBe(ORIGIN);
    const pre = await post(undefined, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ORIGIN);
    const read = await post({ action: 'getEntry', params: { branch: 'redactie', path: 'content/artikelen/a.md' } });
    expect(read.status).toBe(200);
    expect(read.json?.data).toContain('titel: A');
  });

  it('refuses another localhost page, a missing Origin, a wrong secret and a foreign Host header', async () => {
    const head = git('rev-parse', 'HEAD');
    const attempt = writeMedia('content/media/aanval.jpg');
    for (const [options, status, error] of [
      [{ origin: 'http://localhost:3000' }, 403, messages.origin],
      [{ origin: 'http://127.0.0.1:4321' }, 403, messages.origin],
      [{ origin: 'null' }, 403, messages.origin],
      [{ origin: null }, 403, messages.origin],
      [{ urlPath: '/api/v1' }, 404, messages.token],
      [{ urlPath: `/${TOKEN}x/api/v1` }, 404, messages.token],
      [{ host: `evil.example:${port}` }, 403, messages.host],
      [{ host: 'localhost' }, 403, messages.host],
    ] as const) {
      const r = await post(attempt, options);
      expect(r.status, JSON.stringify(options)).toBe(status);
      expect(r.json?.error).toBe(error);
      expect(r.headers['access-control-allow-origin'], JSON.stringify(options)).toBeUndefined();
    }
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(fs.existsSync(path.join(repo, 'content', 'media', 'aanval.jpg'))).toBe(false);
  });

  it('even the CMS page reads and writes only the content: never the code, never .git', async () => {
    const head = git('rev-parse', 'HEAD');
    const outside = [
      { action: 'getEntry', params: { branch: 'redactie', path: 'package.json' } },
      { action: 'entriesByFolder', params: { branch: 'redactie', folder: 'scripts', extension: 'md', depth: 1 } },
      { action: 'entriesByFiles', params: { branch: 'redactie', files: [{ path: 'content/artikelen/a.md' }, { path: '.git/config' }] } },
      { action: 'getMedia', params: { branch: 'redactie', mediaFolder: '.' } },
      writeMedia('scripts/x.txt'),
      writeMedia('.git/config'),
      writeMedia('content/../.git/config'),
      writeMedia('content/media/../../package.json'),
      writeMedia('/etc/passwd'),
      writeMedia('content\\..\\x.txt'),
      writeMedia('content/.git/config'),
      writeMedia('content/uitweg/via-link.txt'),
      { action: 'deleteFiles', params: { branch: 'redactie', paths: ['content/artikelen/a.md', 'package.json'], options: { commitMessage: 'x' } } },
      { action: 'persistEntry', params: { branch: 'redactie', entry: { slug: 'x', path: 'content/artikelen/x.md', raw: 'x', newPath: 'scripts/x.md' }, assets: [], options: { collectionName: 'artikelen', commitMessage: 'x', useWorkflow: false, status: 'draft' } } },
    ];
    for (const body of outside) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(403);
      expect(String(r.json?.error), JSON.stringify(body)).toMatch(/ligt buiten de inhoud van het magazine/);
    }
    for (const body of [
      { action: 'getEntry', params: { branch: 'main', path: 'content/artikelen/a.md' } },
      { action: 'publishUnpublishedEntry', params: { branch: 'redactie', collection: 'artikelen', slug: '--upload-pack=touch /tmp/x' } },
      { action: 'unpublishedEntry', params: { branch: 'redactie', id: 'artikelen/../../x' } },
    ]) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(403);
    }
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
    expect(fs.readdirSync(path.join(repo, 'scripts'))).toEqual([]);
  });

  it('refuses an SVG as a photo, in Dutch, and saves a real photo', async () => {
    const svg = await post(writeMedia('content/media/tekening.svg', Buffer.from('<svg><script>alert(1)</script></svg>').toString('base64')));
    expect(svg.status).toBe(403);
    expect(svg.json?.error).toMatch(/"tekening\.svg" is een SVG-bestand/);
    expect((await post(writeMedia("content/media/script.html"))).json?.error).toMatch(/is geen foto/);
    // The same rule as the CMS page's (src/lib/upload-rule.ts): an empty photo is refused too.
    const empty = await post(writeMedia('content/media/leeg.jpg', ''));
    expect(empty.status).toBe(403);
    expect(empty.json?.error).toBe('"leeg.jpg" is leeg (0 bytes); zet de foto opnieuw in de mediabibliotheek.');
    const ok = await post(writeMedia('content/media/foto.jpg'));
    expect(ok.status).toBe(200);
    expect(git('log', '-1', '--name-only', '--format=')).toBe('content/media/foto.jpg');
  });

  it('accepts a recorded reading (MP3) and refuses a fake, empty or other sound file, in Dutch (issue 19)', async () => {
    const mp3 = fs.readFileSync(path.join(MAGAZINE, 'media', 'gezond-de-winter-door.mp3')).toString('base64');
    const fake = await post(writeMedia('content/media/nep.mp3', Buffer.from('<script>alert(1)</script>').toString('base64')));
    expect(fake.status).toBe(403);
    expect(fake.json?.error).toMatch(/"nep\.mp3" heet een opname maar is het niet/);
    expect((await post(writeMedia('content/media/leeg.m4a', ''))).json?.error).toMatch(/"leeg\.m4a" is leeg/);
    expect((await post(writeMedia('content/media/opname.wav', mp3))).json?.error).toMatch(/is geen foto/);
    const ok = await post(writeMedia('content/media/voorgelezen.mp3', mp3));
    expect(ok.status).toBe(200);
    expect(git('log', '-1', '--name-only', '--format=')).toBe('content/media/voorgelezen.mp3');
  });

  it('refuses to replace a different photo of the same name, and accepts the same photo again (issue 16)', async () => {
    const head = git('rev-parse', 'HEAD');
    const other = await post(writeMedia('content/media/foto.jpg', Buffer.from('een andere foto').toString('base64')));
    expect(other.status).toBe(409);
    expect(other.json?.error).toMatch(/Er staat al een andere foto met de naam "foto\.jpg"/);
    const inEntry = await post({
      action: 'persistEntry',
      params: { branch: 'redactie', entry: { slug: 'b', path: 'content/artikelen/b.md', raw: '---\ntitel: B\n---\nx\n' }, assets: [{ path: 'content/media/foto.jpg', content: Buffer.from('nog een').toString('base64'), encoding: 'base64' }], options: { collectionName: 'artikelen', commitMessage: 'x', useWorkflow: true, status: 'draft' } },
    });
    expect(inEntry.status).toBe(409);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('branch', '--list', 'cms/*')).toBe('');
    // The same bytes as the photo already there: saved as usual.
    expect((await post(writeMedia('content/media/foto.jpg'))).status).toBe(200);
  });

  it('stops a save on a version someone else changed since, and says who and when (issue 16)', async () => {
    // Two editors, each with their own tab: what each read is remembered as the CMS page does.
    const tab = async (seen: Seen, body: { action: string; params: Record<string, unknown> }) => {
      const answer = await post(annotateRequest(body, seen));
      if (answer.status === 200) await recordResponse(body, answer.json, seen);
      return answer;
    };
    const anna: Seen = new Map();
    const bert: Seen = new Map();
    const list = { action: 'entriesByFolder', params: { branch: 'redactie', folder: 'content/artikelen', extension: 'md', depth: 1 } };
    await tab(anna, list);
    await tab(bert, list);
    expect(anna.get('content/artikelen/a.md')).toMatch(/^[0-9a-f]{64}$/);
    const save = (raw: string) => ({
      action: 'persistEntry',
      params: { branch: 'redactie', entry: { slug: 'a', path: 'content/artikelen/a.md', raw }, assets: [], options: { collectionName: 'artikelen', commitMessage: 'x', useWorkflow: true, status: 'draft' } },
    });
    // Bert saves first: a draft on cms/artikelen/a.
    expect((await tab(bert, save('---\ntitel: A\n---\nTekst van Bert\n'))).status).toBe(200);
    // Anna saves her version of the same article: stopped, with who and when, nothing changed.
    const draft = () => git('show', 'cms/artikelen/a:content/artikelen/a.md');
    const refused = await tab(anna, save('---\ntitel: A\n---\nTekst van Anna\n'));
    expect(refused.status).toBe(409);
    const who = git('log', '-1', '--format=%an', 'cms/artikelen/a');
    expect(refused.json?.error).toContain(`Dit stuk is intussen door iemand anders veranderd (${who}, `);
    expect(refused.json?.error).toMatch(/, \w+dag \d+ \w+ om \d\d:\d\d\)\. Uw versie is niet opgeslagen/);
    expect(draft()).toContain('Tekst van Bert');
    // Bert saves again on his own version: fine. Anna, after opening the new version, too.
    expect((await tab(bert, save('---\ntitel: A\n---\nTekst van Bert, verbeterd\n'))).status).toBe(200);
    await tab(anna, { action: 'unpublishedEntryDataFile', params: { branch: 'redactie', collection: 'artikelen', slug: 'a', id: 'artikelen/a', path: 'content/artikelen/a.md' } });
    expect((await tab(anna, save('---\ntitel: A\n---\nTekst van Bert, verbeterd, en van Anna\n'))).status).toBe(200);
    expect(draft()).toContain('en van Anna');
    // A save that says nothing about what it read (an older page) is not stopped.
    expect((await post(save('---\ntitel: A\n---\nZonder versie\n'))).status).toBe(200);
    git('branch', '-D', 'cms/artikelen/a');
  });

  it('two saves of one version at the same moment: one is written, the other stopped (check and write in one turn)', async () => {
    const list = { action: 'entriesByFolder', params: { branch: 'redactie', folder: 'content/artikelen', extension: 'md', depth: 1 } };
    const seen: Seen = new Map();
    await recordResponse(list, (await post(list)).json, seen);
    const save = (raw: string) =>
      annotateRequest(
        { action: 'persistEntry', params: { branch: 'redactie', entry: { slug: 'a', path: 'content/artikelen/a.md', raw }, assets: [], options: { collectionName: 'artikelen', commitMessage: 'x', useWorkflow: true, status: 'draft' } } },
        seen,
      );
    const texts = ['Tekst van Carla', 'Tekst van Dirk', 'Tekst van Els'];
    const answers = await Promise.all(texts.map((t) => post(save(`---\ntitel: A\n---\n${t}\n`))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const written = texts[answers.findIndex((a) => a.status === 200)];
    expect(git('show', 'cms/artikelen/a:content/artikelen/a.md')).toContain(written);
    git('branch', '-D', 'cms/artikelen/a');
  });

  it('answers the CMS page’s own check before a save (cms/hosted-guard.ts), for content on the CMS branch and review branches only (issue 16)', async () => {
    // As the CMS page asks it: with its Origin, through the same reader the hosted backends use.
    const fetchFn: typeof fetch = (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: ORIGIN } });
    const reader = hostReader({ name: 'proxy', proxy_url: `http://127.0.0.1:${port}/${TOKEN}/api/v1`, branch: 'redactie' }, '', fetchFn)!;
    const entry = { collection: 'artikelen', slug: 'a', path: 'content/artikelen/a.md' };
    const anna = await currentVersion(reader, entry, 'redactie', true);
    expect(anna).toEqual({ branch: 'redactie', text: git('show', 'redactie:content/artikelen/a.md') + '\n' });
    expect(await overwriteProblem(reader, entry, 'redactie', true, anna)).toBeNull();
    // Bert saves: a review branch with his text. Anna's save would overwrite it: the Dutch refusal, with who.
    const save = { action: 'persistEntry', params: { branch: 'redactie', entry: { slug: 'a', path: 'content/artikelen/a.md', raw: '---\ntitel: A\n---\nTekst van Bert\n' }, assets: [], options: { collectionName: 'artikelen', commitMessage: 'x', useWorkflow: true, status: 'draft' } } };
    expect((await post(save)).status).toBe(200);
    expect(await currentVersion(reader, entry, 'redactie', true)).toEqual({ branch: 'cms/artikelen/a', text: '---\ntitel: A\n---\nTekst van Bert\n' });
    const who = git('log', '-1', '--format=%an', 'cms/artikelen/a');
    expect(await overwriteProblem(reader, entry, 'redactie', true, anna)).toContain(`Dit stuk is intussen door iemand anders veranderd (${who}, `);
    git('branch', '-D', 'cms/artikelen/a');
    // Nothing else can be read this way: another branch, a path outside the content, a link out of it.
    const ask = (ref: string, p: string) => post({ action: 'cmsFileVersion', params: { branch: 'redactie', ref, path: p } });
    expect((await ask('main', 'content/artikelen/a.md')).status).toBe(403);
    expect((await ask('cms/../redactie', 'content/artikelen/a.md')).status).toBe(403);
    expect((await ask('redactie', 'package.json')).status).toBe(403);
    expect((await ask('redactie', 'content/uitweg/x.md')).status).toBe(403);
    expect((await post({ action: 'cmsFileVersion', params: { branch: 'redactie', ref: 'redactie', path: 'content/artikelen/a.md' } }, { origin: 'http://localhost:9999' })).status).toBe(403);
  });

  it('cmsFolderIndex: the paths of a folder on the CMS branch, ordered by a front-matter field (issue 16, point 6)', async () => {
    const dir = path.join(repo, 'content', 'nummers');
    fs.mkdirSync(path.join(dir, 'oud'), { recursive: true });
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('negen.md', '---\ntitel: Negen\nnummer: 9\n---\n');
    write('tien.md', '---\ntitel: Tien\nnummer: 10\n---\nnummer: 99 in de tekst telt niet\n');
    write('twaalf.md', "---\ntitel: 'Twaalf'\nnummer: '12'\n---\n");
    write('zonder.md', '---\ntitel: Zonder nummer\n---\n');
    write('notitie.txt', 'geen stuk');
    write('oud/acht.md', '---\nnummer: 8\n---\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'nummers');
    write('nog-niet-bewaard.md', '---\nnummer: 13\n---\n'); // in the folder, not on the branch
    const index = (params: Record<string, unknown>, options?: Parameters<typeof post>[1]) => post({ action: 'cmsFolderIndex', params: { branch: 'redactie', folder: 'content/nummers', extension: 'md', depth: 1, ...params } }, options);
    // Numbers as numbers (12 > 10 > 9), entries without the field last; not the subfolder, not other files.
    expect((await index({ order: { field: 'nummer', direction: 'desc' } })).json).toEqual(['content/nummers/twaalf.md', 'content/nummers/tien.md', 'content/nummers/negen.md', 'content/nummers/zonder.md']);
    expect((await index({ order: { field: 'nummer', direction: 'asc' } })).json).toEqual(['content/nummers/negen.md', 'content/nummers/tien.md', 'content/nummers/twaalf.md', 'content/nummers/zonder.md']);
    expect((await index({})).json).toEqual(['content/nummers/negen.md', 'content/nummers/tien.md', 'content/nummers/twaalf.md', 'content/nummers/zonder.md']);
    expect((await index({ depth: 2 })).json).toContain('content/nummers/oud/acht.md');
    // Every entry with its front matter only (sorting, search): the text below it is left out.
    const summaries = (await post({ action: 'cmsFolderSummaries', params: { branch: 'redactie', folder: 'content/nummers', extension: 'md', depth: 1 } })).json as unknown as Array<{ file: { path: string; id: string }; data: string }>;
    expect(summaries.map((e) => e.file.path).sort()).toEqual(['content/nummers/negen.md', 'content/nummers/tien.md', 'content/nummers/twaalf.md', 'content/nummers/zonder.md']);
    expect(summaries.find((e) => e.file.path.endsWith('tien.md'))).toEqual({ file: { path: 'content/nummers/tien.md', id: git('rev-parse', 'redactie:content/nummers/tien.md') }, data: '---\ntitel: Tien\nnummer: 10\n---\n' });
    expect((await post({ action: 'cmsFolderSummaries', params: { branch: 'redactie', folder: 'scripts', extension: 'md', depth: 1 } })).status).toBe(403);
    // The same guard as every request: the folder, the branch, the origin; a field name is a name.
    expect((await index({ folder: 'scripts' })).status).toBe(403);
    expect((await index({ folder: 'content/uitweg' })).status).toBe(403);
    expect((await index({ branch: 'main' })).status).toBe(403);
    expect((await index({}, { origin: 'http://localhost:9999' })).status).toBe(403);
    expect((await index({ order: { field: 'nummer: 1\\n', direction: 'desc' } })).status).toBe(400);
    expect((await index({ order: { field: 'nummer', direction: 'omhoog' } })).status).toBe(400);
    fs.rmSync(dir, { recursive: true, force: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'nummers weg');
  });

  it('cmsMediaIndex: names, sizes and blob ids of the media folder on the CMS branch, no bytes (issue 16, point 6)', async () => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)]);
    fs.writeFileSync(path.join(repo, 'content', 'media', 'molen.jpg'), photo);
    git('add', '-A');
    git('commit', '-q', '-m', 'foto');
    fs.writeFileSync(path.join(repo, 'content', 'media', 'los.jpg'), photo); // not committed: not on the branch
    const answer = await post({ action: 'cmsMediaIndex', params: { branch: 'redactie', mediaFolder: 'content/media' } });
    expect(answer.status).toBe(200);
    const listed = answer.json as unknown as Array<Record<string, unknown>>;
    expect(listed.find((f) => f.name === 'molen.jpg')).toEqual({ id: git('rev-parse', 'redactie:content/media/molen.jpg'), name: 'molen.jpg', path: 'content/media/molen.jpg', size: photo.length });
    expect(listed.map((f) => f.path)).toEqual(git('ls-tree', '--name-only', 'redactie', 'content/media/').split('\n'));
    expect(listed.some((f) => 'content' in f)).toBe(false);
    // decap-server's own answer for the same folder: the same file, with all its bytes.
    const full = (await post({ action: 'getMedia', params: { branch: 'redactie', mediaFolder: 'content/media' } })).json as unknown as Array<{ path: string; content: string }>;
    expect(full.map((f) => f.path)).toContain('content/media/molen.jpg');
    expect(Buffer.from(full.find((f) => f.path === 'content/media/molen.jpg')!.content, 'base64').length).toBe(photo.length);
    expect((await post({ action: 'cmsMediaIndex', params: { branch: 'redactie', mediaFolder: 'scripts' } })).status).toBe(403);
    expect((await post({ action: 'cmsMediaIndex', params: { branch: 'redactie', mediaFolder: 'content/media' } }, { origin: 'http://localhost:9999' })).status).toBe(403);
    fs.rmSync(path.join(repo, 'content', 'media', 'los.jpg'));
    git('rm', '-q', 'content/media/molen.jpg');
    git('commit', '-q', '-m', 'foto weg');
  });

  it('frontMatterValue: a top-level field of the front matter, quotes removed, not the text', () => {
    const text = "---\ntitel: 'Een titel'\npublicatiedatum: 2026-11-20\nauteur:\n  naam: x\n---\nnummer: 3\n";
    expect(frontMatterValue(text, 'publicatiedatum')).toBe('2026-11-20');
    expect(frontMatterValue(text, 'titel')).toBe('Een titel');
    expect(frontMatterValue(text, 'naam')).toBeUndefined();
    expect(frontMatterValue(text, 'auteur')).toBeUndefined();
    expect(frontMatterValue(text, 'nummer')).toBeUndefined();
    expect(frontMatterValue('geen voorwerk', 'titel')).toBeUndefined();
  });

  it('allowedPath: plain relative paths inside a content folder only', () => {
    const roots = ['content'];
    for (const p of ['content', 'content/artikelen', 'content/media/foto.jpg', './content/x.md', 'content//x.md']) expect(allowedPath(p, roots), p).toBe(true);
    for (const p of ['', '.', 'contentx/a.md', 'src/x.ts', '.git', 'content/../x', '/content/x', 'content/.gitattributes', 'content/a\0b', 42]) expect(allowedPath(p, roots), String(p)).toBe(false);
  });
});

describe('decap-server requests wait their turn (no "Request timed out" on a slow laptop)', () => {
  it('oneAtATime: one request at a time, in order; a closed connection gives the next its turn', async () => {
    const app = express();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    app.post('/', oneAtATime());
    app.post('/', (req: http.IncomingMessage & { query: Record<string, string> }, res: http.ServerResponse & { json(v: unknown): void }) => {
      running++;
      most = Math.max(most, running);
      const n = Number(req.query.n);
      setTimeout(() => {
        order.push(n);
        running--;
        if (n === 2) res.destroy(); // a connection that breaks off
        else res.json({ n });
      }, 30);
    });
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const at = (server.address() as AddressInfo).port;
    const ask = (n: number) =>
      new Promise<number>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: at, path: `/?n=${n}`, method: 'POST' }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
        req.on('error', () => resolve(0));
        req.end();
      });
    const codes: number[] = [];
    for (let n = 0; n < 6; n++) codes.push(0);
    await Promise.all([0, 1, 2, 3, 4, 5].map(async (n) => {
      await new Promise((r) => setTimeout(r, n * 2)); // sent in this order
      codes[n] = await ask(n);
    }));
    await new Promise<void>((r) => server.close(() => r()));
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codes).toEqual([200, 200, 0, 200, 200, 200]);
  });

  it('40 lists asked at once from a folder of 200 artikelen all arrive whole (decap-server alone refuses those that wait over 3 s)', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-backend-rij-'));
    fs.mkdirSync(path.join(big, 'content', 'artikelen'), { recursive: true });
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(big, 'content', 'artikelen', `a${i}.md`), `---\ntitel: A${i}\n---\n${'Tekst '.repeat(2000)}\n`);
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
    for (const args of [['init', '-q', '-b', 'redactie'], ['add', '-A'], ['commit', '-q', '-m', 'begin']]) spawnSync('git', args, { cwd: big, env });
    const bigServer = await listenLocalBackend({ repo: big, token: TOKEN, origins: [ORIGIN], branch: 'redactie', port: 0, host: '127.0.0.1' });
    const bigPort = (bigServer.address() as AddressInfo).port;
    const started = Date.now();
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          post({ action: 'entriesByFolder', params: { branch: 'redactie', folder: 'content/artikelen', extension: 'md', depth: 1 } }, { host: `127.0.0.1:${bigPort}`, port: bigPort }),
        ),
      );
      console.log(`40 lijsten van 200 artikelen tegelijk: ${Date.now() - started} ms`);
      expect(answers.map((a) => a.status)).toEqual(Array(40).fill(200));
      for (const a of answers) expect((a.json as unknown as unknown[]).length).toBe(200);
    } finally {
      await new Promise((r) => bigServer.close(r));
      fs.rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);
});
