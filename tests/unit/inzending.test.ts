/**
 * "Doe mee" (issue 18): the submission handler (server/inzending.ts) with its real parts: a real
 * temporary Git repository written by server/git-local.ts, decap-server's own Git middleware
 * (behind the guard of cms/local-backend.mjs, as under npm start) listing the draft, and a real
 * SMTP server (smtp-server from npm, mails parsed with mailparser) receiving the sender's details.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenLocalBackend } from '../../cms/local-backend.mjs';
import { localGitWriter } from '../../server/git-local';
import { createInzendingHandler, HONEYPOT, LIMITS, slugify } from '../../server/inzending';
import { smtpMailer } from '../../server/mail';
import { nodeServer } from '../../server/serve';

const SITE = 'https://vief.example';
const ORIGIN = 'http://localhost:4321';
const TOKEN = 'test-geheim-0123456789abcdef';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PERSONAL = { naam: 'Truus van Wijngaarden-Uniek', telefoon: '06 1234 9876', email: 'truus.uniek@voorbeeld.nl' };

let repo: string;
let backend: http.Server;
let backendPort: number;
let smtp: SMTPServer;
let smtpPort: number;
const mails: ParsedMail[] = [];

const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

function decap(body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: backendPort, path: `/${TOKEN}/api/v1`, method: 'POST', headers: { Host: `127.0.0.1:${backendPort}`, Origin: ORIGIN, 'Content-Type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const handler = (rateLimit = { max: 100, windowMs: 60_000 }) =>
  createInzendingHandler({
    writer: localGitWriter({ repo, branch: 'redactie' }),
    mailer: smtpMailer({ host: '127.0.0.1', port: smtpPort, from: 'website@vief.example', to: 'redactie@vief.example' }),
    siteUrl: SITE,
    rateLimit,
    now: () => new Date('2026-12-01T10:15:00+01:00'),
    log: () => {},
  });

function activiteit(extra: Record<string, string | string[]> = {}): FormData {
  const f = new FormData();
  const fields: Record<string, string | string[]> = {
    soort: 'activiteit',
    titel: 'Koffieochtend in De Schakel',
    samenvatting: 'Samen koffie drinken en bijpraten.',
    tekst: 'Iedereen is welkom. De koffie staat klaar!',
    datum: '2027-01-12',
    begintijd: '10:00',
    eindtijd: '11:30',
    herhaling: 'wekelijks',
    locatieNaam: 'Buurthuis De Schakel',
    adres: 'Schakelstraat 1, 3131 AA Vlaardingen',
    gemeente: 'vlaardingen',
    kosten: '€ 1,00',
    aanmeldenNodig: 'nee',
    rolstoel: 'ja',
    themas: ['ontmoeten'],
    organisatie: 'Buurthuis De Schakel',
    ...PERSONAL,
    [HONEYPOT]: '',
    ...extra,
  };
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

function verhaal(extra: Record<string, string> = {}, photo?: { bytes: Uint8Array<ArrayBuffer>; name: string }): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries({ soort: 'verhaal', titel: 'Mijn eerste fiets', tekst: 'In 1952 kreeg ik mijn eerste fiets. Wat was ik trots.', ...PERSONAL, ...extra })) f.append(k, v);
  if (photo) f.append('foto', new Blob([photo.bytes]), photo.name);
  return f;
}

const post = (h: ReturnType<typeof handler>, form: FormData, { json = true, address = '10.0.0.1' } = {}) =>
  h(new Request(`${SITE}/api/inzending`, { method: 'POST', body: form, headers: { Origin: SITE, ...(json ? { Accept: 'application/json' } : {}) } }), { address });

async function waitForMail(count: number) {
  for (let i = 0; i < 100 && mails.length < count; i++) await new Promise((r) => setTimeout(r, 50));
  expect(mails.length).toBeGreaterThanOrEqual(count);
}

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-inzending-repo-'));
  fs.mkdirSync(path.join(repo, 'content', 'agenda'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'content', 'artikelen'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'content', 'artikelen', 'bestaand-verhaal.md'), '---\ntitel: Bestaand\n---\nTekst\n');
  git('init', '-q', '-b', 'redactie');
  git('add', '-A');
  git('commit', '-q', '-m', 'begin');
  backend = await listenLocalBackend({ repo, token: TOKEN, origins: [ORIGIN], branch: 'redactie', port: 0, host: '127.0.0.1' });
  backendPort = (backend.address() as AddressInfo).port;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => backend?.close(r));
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('Doe mee: a submission becomes a draft in the review column', () => {
  it('an activiteit: branch cms/agenda/<slug> with the file, status pending_review, listed by decap-server, details only by e-mail', async () => {
    const r = await post(handler(), activiteit());
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, reference: 'cms/agenda/koffieochtend-in-de-schakel' });

    const file = git('show', 'cms/agenda/koffieochtend-in-de-schakel:content/agenda/koffieochtend-in-de-schakel.md');
    expect(file).toContain('titel: "Koffieochtend in De Schakel"');
    expect(file).toContain('ingezonden: true');
    expect(file).toContain('start: "2027-01-12T10:00"');
    expect(file).toContain('patroon: "wekelijks"');
    expect(file).toContain('rolstoel: true');
    expect(file).not.toContain('organisator');
    // On top of the CMS branch, the CMS branch itself untouched.
    expect(git('rev-parse', 'cms/agenda/koffieochtend-in-de-schakel~1')).toBe(git('rev-parse', 'redactie'));
    expect(git('ls-tree', '-r', '--name-only', 'redactie')).not.toContain('koffieochtend');
    expect(git('config', 'branch.cms/agenda/koffieochtend-in-de-schakel.description')).toBe('decap-cms/pending_review');
    expect(git('log', '-1', '--format=%an <%ae>', 'cms/agenda/koffieochtend-in-de-schakel')).toBe('Doe mee (website) <doe-mee@vief.invalid>');

    // decap-server's own middleware (what the CMS asks) lists it in the review column.
    const list = await decap({ action: 'unpublishedEntries', params: { branch: 'redactie' } });
    expect(list.json).toContain('agenda/koffieochtend-in-de-schakel');
    const entry = await decap({ action: 'unpublishedEntry', params: { branch: 'redactie', id: 'agenda/koffieochtend-in-de-schakel' } });
    expect(entry.status).toBe(200);
    expect(entry.json).toMatchObject({ collection: 'agenda', slug: 'koffieochtend-in-de-schakel', status: 'pending_review' });
    const data = await decap({ action: 'unpublishedEntryDataFile', params: { branch: 'redactie', collection: 'agenda', slug: 'koffieochtend-in-de-schakel', id: 'x', path: 'content/agenda/koffieochtend-in-de-schakel.md' } });
    expect(JSON.stringify(data.json)).toContain('Koffieochtend in De Schakel');

    // The sender's details: in the mail to the redactie, nowhere in Git.
    await waitForMail(1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe('Doe mee: Koffieochtend in De Schakel');
    for (const v of Object.values(PERSONAL)) expect(mail.text).toContain(v);
    expect(mail.text).toContain('cms/agenda/koffieochtend-in-de-schakel');
    expect(mail.text).toContain(`${SITE}/admin/#/collections/agenda/entries/koffieochtend-in-de-schakel`);
    expect(mail.replyTo?.text).toContain(PERSONAL.email);
    const everything = git('log', '-p', '--all') + git('for-each-ref') + fs.readFileSync(path.join(repo, '.git', 'config'), 'utf8');
    for (const v of [...Object.values(PERSONAL), 'Truus', '1234 9876']) expect(everything).not.toContain(v);
  });

  it('the same title again gets its own draft (-2); a file already published keeps its name', async () => {
    const r = await post(handler(), activiteit());
    expect(await r.json()).toMatchObject({ ok: true, reference: 'cms/agenda/koffieochtend-in-de-schakel-2' });
    const v = await post(handler(), verhaal({ titel: 'Bestaand verhaal' }));
    expect(await v.json()).toMatchObject({ ok: true, reference: 'cms/artikelen/bestaand-verhaal-2' });
  });

  it('a verhaal with a photo: artikel draft with the photo in the media folder, validated like CMS content', async () => {
    const r = await post(handler(), verhaal({ fotoBeschrijving: 'Een jongen op een zwarte fiets' }, { bytes: PNG, name: 'IMG_0001.PNG' }));
    expect(await r.json()).toMatchObject({ ok: true, reference: 'cms/artikelen/mijn-eerste-fiets' });
    const files = git('ls-tree', '-r', '--name-only', 'cms/artikelen/mijn-eerste-fiets');
    expect(files).toContain('content/media/ingezonden-mijn-eerste-fiets.png');
    const file = git('show', 'cms/artikelen/mijn-eerste-fiets:content/artikelen/mijn-eerste-fiets.md');
    expect(file).toContain('afbeelding: "../media/ingezonden-mijn-eerste-fiets.png"');
    expect(file).toContain('afbeeldingAlt: "Een jongen op een zwarte fiets"');
    expect(file).toContain('samenvatting: "In 1952 kreeg ik mijn eerste fiets."');
    expect(file).toContain('publicatiedatum: "2026-12-01"');
    expect(file).toMatch(/\n---\nIn 1952 kreeg ik/);
  });

  it('without JavaScript (no JSON asked): a redirect to the Dutch confirmation page', async () => {
    const r = await post(handler(), verhaal({ titel: 'Zonder javascript' }), { json: false });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`${SITE}/doe-mee/bedankt/`);
  });

  it('through the node:http server of npm start (server/serve.ts) as well', async () => {
    const server = nodeServer(handler());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as AddressInfo).port;
      const r = await fetch(`http://127.0.0.1:${port}/api/inzending`, { method: 'POST', body: verhaal({ titel: 'Via de server' }), headers: { Accept: 'application/json', Origin: SITE } });
      expect(await r.json()).toMatchObject({ ok: true, reference: 'cms/artikelen/via-de-server' });
    } finally {
      server.close();
    }
  });

  it('the node:http server counts the socket address, X-Real-IP only when told it is behind a proxy', async () => {
    const send = async (port: number, ip: string, titel: string) =>
      (await fetch(`http://127.0.0.1:${port}/api/inzending`, { method: 'POST', body: verhaal({ titel }), headers: { Accept: 'application/json', Origin: SITE, 'X-Real-IP': ip } })).status;
    for (const behindProxy of [false, true]) {
      const server = nodeServer(handler({ max: 1, windowMs: 60_000 }), { behindProxy });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      try {
        const port = (server.address() as AddressInfo).port;
        expect(await send(port, '192.0.2.1', `Proxy ${behindProxy} een`)).toBe(200);
        // A forged header does not get around the limit; behind a proxy it is the reader's address.
        expect(await send(port, '192.0.2.2', `Proxy ${behindProxy} twee`)).toBe(behindProxy ? 200 : 429);
      } finally {
        server.close();
      }
    }
  });
});

describe('Doe mee refuses, in Dutch, naming the field', () => {
  const refused = async (form: FormData, status = 400, h = handler()) => {
    const before = git('for-each-ref');
    const r = await post(h, form);
    expect(r.status).toBe(status);
    const body = (await r.json()) as { ok: boolean; errors: Array<{ field: string; message: string }> };
    expect(body.ok).toBe(false);
    expect(git('for-each-ref')).toBe(before); // nothing written
    return body.errors;
  };

  it('missing and wrong fields, all at once, with the form labels', async () => {
    const errors = await refused(activiteit({ titel: '', locatieNaam: '', gemeente: 'rotterdam', datum: '12-01-2027', themas: [], email: 'geen-adres' }));
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField.titel).toBe('Titel: vul dit in.');
    expect(byField.locatieNaam).toBe('Naam van de plek: vul dit in.');
    expect(byField.gemeente).toMatch(/^Gemeente: kies een van de mogelijkheden/);
    expect(byField.datum).toMatch(/^Datum: vul een datum in/);
    expect(byField.themas).toMatch(/^Waar past het bij:/);
    expect(byField.email).toMatch(/^Uw e-mailadres: dit is geen geldig e-mailadres/);
  });

  it('what the schema refuses (same zod schema as the CMS): an end before the start, a date that does not exist', async () => {
    let errors = await refused(activiteit({ eindtijd: '09:00' }));
    expect(errors).toContainEqual({ field: 'eindtijd', message: 'Eindtijd: ligt niet na het begin.' });
    errors = await refused(activiteit({ datum: '2027-02-30' }));
    expect(errors.map((e) => e.field)).toContain('datum');
    expect(errors[0].message).toMatch(/^Datum: .*bestaat niet/);
  });

  it('the honeypot', async () => {
    const errors = await refused(activiteit({ [HONEYPOT]: 'http://spam.example' }));
    expect(errors[0]).toMatchObject({ field: HONEYPOT });
    expect(errors[0].message).toContain('Laat dit veld leeg');
  });

  it('scripts and HTML in the text, and Markdown directives', async () => {
    for (const tekst of ['Leuk! <script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[klik](javascript:alert(1))', '::foto{src="../../package.json"}']) {
      const errors = await refused(verhaal({ tekst }));
      expect(errors[0]).toEqual({ field: 'tekst', message: 'Uw tekst: bevat code (zoals <script> of HTML) of een opmaakcommando; schrijf gewone tekst.' });
    }
    const errors = await refused(activiteit({ titel: 'Bingo <b>vet</b>' }));
    expect(errors[0].field).toBe('titel');
  });

  it('files that are not photos: SVG, a text file called .jpg', async () => {
    let errors = await refused(verhaal({ fotoBeschrijving: 'x' }, { bytes: new TextEncoder().encode('<svg onload="alert(1)"/>'), name: 'foto.svg' }));
    expect(errors[0]).toMatchObject({ field: 'foto' });
    errors = await refused(verhaal({ fotoBeschrijving: 'x' }, { bytes: new TextEncoder().encode('gewoon tekst'), name: 'foto.jpg' }));
    expect(errors[0]).toEqual({ field: 'foto', message: 'Foto: "foto.jpg" is geen foto (jpg, png, webp, avif of gif).' });
    errors = await refused(verhaal({}, { bytes: PNG, name: 'foto.png' }));
    expect(errors[0].field).toBe('fotoBeschrijving');
  });

  it('oversized: the whole request, a photo, a text', async () => {
    const big = new Uint8Array(LIMITS.body + 10);
    big.set(PNG);
    let errors = await refused(verhaal({ fotoBeschrijving: 'x' }, { bytes: big, name: 'groot.png' }), 413);
    expect(errors[0].message).toMatch(/^Uw inzending is te groot \(hoogstens 12 MB/);
    const photo = new Uint8Array(LIMITS.photo + 10);
    photo.set(PNG);
    errors = await refused(verhaal({ fotoBeschrijving: 'x' }, { bytes: photo, name: 'groot.png' }));
    expect(errors[0]).toMatchObject({ field: 'foto', message: 'Foto: de foto is te groot (hoogstens 8 MB). Kies een kleinere foto of stuur hem per e-mail.' });
    errors = await refused(verhaal({ tekst: 'a'.repeat(LIMITS.tekst + 1) }));
    expect(errors[0]).toEqual({ field: 'tekst', message: `Uw tekst: is te lang (hoogstens ${LIMITS.tekst} tekens).` });
  });

  it('rapid fire from one address (another address still gets through)', async () => {
    const h = handler({ max: 2, windowMs: 60 * 60 * 1000 });
    expect((await post(h, verhaal({ titel: 'Snel een' }))).status).toBe(200);
    expect((await post(h, verhaal({ titel: 'Snel twee' }))).status).toBe(200);
    const errors = await refused(verhaal({ titel: 'Snel drie' }), 429, h);
    expect(errors[0].message).toMatch(/^U heeft net al een paar keer iets ingestuurd/);
    expect((await post(h, verhaal({ titel: 'Ander adres' }), { address: '10.0.0.2' })).status).toBe(200);
  });

  it('another website posting, and a GET', async () => {
    const h = handler();
    const r = await h(new Request(`${SITE}/api/inzending`, { method: 'POST', body: verhaal(), headers: { Origin: 'https://kwaadaardig.example', Accept: 'application/json' } }));
    expect(r.status).toBe(403);
    expect((await h(new Request(`${SITE}/api/inzending`))).status).toBe(405);
  });

  it('slugs', () => {
    expect(slugify('Café "De Öude Haven" – 2× per week!')).toBe('cafe-de-oude-haven-2-per-week');
    expect(slugify('<<>>')).toBe('inzending');
  });
});
