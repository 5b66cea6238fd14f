/**
 * Build test (issue 19): the magazine where readers are — the e-mail edition of a nummer, sent for
 * real, and the full feeds, parsed back with independent parsers. One build of the test magazine.
 *
 * E-mail:
 * Builds the test magazine (tests/fixtures/magazine, clock at TEST_NOW) into tmp/, starts a real
 * SMTP server (smtp-server from npm, on a free port, with a login), runs `npm run nieuwsbrief`
 * (scripts/nieuwsbrief.ts) against it and parses what arrived with mailparser:
 *   - multipart/alternative with an HTML and a plain-text part, the nummer in the subject;
 *   - every published artikel of nummer 12 linked with an absolute URL to the site (the one
 *     scheduled after TEST_NOW not), in both parts; every image absolute and present in the build;
 *   - no <script>, no tracking (no image from anywhere but the site);
 *   - the plain text complete: voorwoord, every title and samenvatting, the tip, every gemeente;
 *   - --proef goes to the one address only, marked [Proef];
 *   - mistakes (no SMTP settings, unknown nummer, wrong password) give one Dutch sentence, exit 1,
 *     no stack trace; --bepaal decides from the setting and from the live site (a local HTTP server).
 * Feeds (/rss.xml, /feed.json, /rubriek/<slug>/rss.xml and feed.json):
 *   - RSS read by rss-parser and by feedsmith, JSON Feed 1.1 by feedsmith and checked field by field;
 *   - every published artikel (none scheduled after TEST_NOW), newest first, with its whole text
 *     (the text of the article page's body), its photo and every link absolute, images present in
 *     the build; each rubriek's feeds hold exactly that rubriek's artikelen;
 *   - the pages announce the feeds with <link rel="alternate">.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import yaml from 'js-yaml';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedBuild } from '../isolated-build';
import { MAGAZINE, projectRoot, TEST_NOW } from '../magazine';

const SITE = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'content/site.json'), 'utf8')) as { url: string }).url.replace(/\/$/, '');
const work = path.join(projectRoot, 'tmp', 'nieuwsbrief-test');
let dist = '';

interface Received { from: string; to: string[]; raw: Buffer; mail: ParsedMail }
const received: Received[] = [];
let server: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  const build = await isolatedBuild(work, 'magazine', MAGAZINE, { BUILD_NOW: TEST_NOW });
  if (!build.ok) throw new Error(`build failed (${build.code}):\n${build.log.slice(-3000)}`);
  dist = build.outDir;

  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'redactie' && auth.password === 'geheim') cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, mail: await simpleParser(raw) });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (server.server.address() as AddressInfo).port;
}, 240_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  fs.rmSync(work, { recursive: true, force: true });
});

const SMTP_ENV = () => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  SMTP_USER: 'redactie',
  SMTP_PASS: 'geheim',
  SMTP_TLS: 'uit',
  NIEUWSBRIEF_VAN: 'Vief <redactie@vief-mvs.nl>',
  NIEUWSBRIEF_AAN: 'lezers@lijst.example.nl',
});

/** Runs the command as a user would (asynchronously: the SMTP server lives in this process). */
function nieuwsbrief(args: string[], env: Record<string, string | undefined> = SMTP_ENV()): Promise<{ code: number | null; out: string; err: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SMTP_|NIEUWSBRIEF_|GITHUB_OUTPUT)/.test(k)));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/nieuwsbrief.ts', ...args], {
      cwd: projectRoot,
      env: { ...clean, ...env } as NodeJS.ProcessEnv,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The articles of nummer 12 in the test magazine, read straight from the fixture files. */
function artikelenVan(nummer: string | null) {
  const dir = path.join(MAGAZINE, 'artikelen');
  return fs.readdirSync(dir).flatMap((f) => {
    const fm = yaml.load(fs.readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;
    if (nummer !== null && String(fm.nummer) !== nummer) return [];
    return [{ slug: f.replace(/\.md$/, ''), titel: String(fm.titel), samenvatting: String(fm.samenvatting), foto: Boolean(fm.afbeelding), rubriek: String(fm.rubriek), gepubliceerd: new Date(fm.publicatiedatum as Date) <= new Date(TEST_NOW) }];
  });
}
const voorwoord = (nummer: string) => fs.readFileSync(path.join(MAGAZINE, 'nummers', `${nummer}.md`), 'utf8').split(/^---$/m)[2].trim();

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe('npm run nieuwsbrief', () => {
  let mail: Received;
  beforeAll(async () => {
    const r = await nieuwsbrief(['--nummer', '12', '--bron', dist]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nieuwsbrief van nummer 12 verstuurd aan lezers@lijst.example.nl');
    expect(received).toHaveLength(1);
    mail = received[0];
  }, 60_000);

  it('sends one multipart/alternative message to the list, from the sender, with the nummer in the subject', () => {
    expect(mail.to).toEqual(['lezers@lijst.example.nl']);
    expect(mail.from).toBe('redactie@vief-mvs.nl');
    expect(mail.raw.toString('utf8')).toMatch(/^Content-Type: multipart\/alternative;/im);
    expect(mail.mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.mail.subject).toBe('Vief nummer 12: Warm de winter door');
    expect(mail.mail.html).toBeTruthy();
    expect(mail.mail.text).toBeTruthy();
  });

  it('links every published artikel of the nummer with an absolute URL, in both parts; the scheduled one not', () => {
    const html = mail.mail.html as string;
    const text = mail.mail.text!;
    const list = artikelenVan('12');
    expect(list.filter((a) => a.gepubliceerd).length).toBeGreaterThanOrEqual(7);
    for (const a of list) {
      const url = `${SITE}/artikelen/${a.slug}/`;
      if (a.gepubliceerd) {
        expect(html, a.slug).toContain(`href="${url}"`);
        expect(text, a.slug).toContain(url);
        // The page it links to exists in the build.
        expect(fs.existsSync(path.join(dist, 'artikelen', a.slug, 'index.html')), a.slug).toBe(true);
      } else {
        expect(html).not.toContain(a.slug);
        expect(text).not.toContain(a.slug);
      }
    }
    // Every link at all is absolute (http(s) or mailto), none relative.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of hrefs) expect(h).toMatch(/^(https:\/\/|mailto:)/);
  });

  it('has only absolute images on the site itself, each present in the build, each with alt text; no script', () => {
    const html = mail.mail.html as string;
    const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    // The cover and every published artikel of nummer 12 with a photo (in the test magazine every artikel has one).
    const fotos = artikelenVan('12').filter((a) => a.gepubliceerd && a.foto).length;
    expect(fotos).toBeGreaterThan(2);
    expect(fotos).toBe(artikelenVan('12').filter((a) => a.gepubliceerd).length);
    expect(imgs.length).toBe(1 + fotos);
    for (const img of imgs) {
      const src = /src="([^"]+)"/.exec(img)![1];
      expect(src.startsWith(`${SITE}/_astro/`), src).toBe(true);
      expect(fs.existsSync(path.join(dist, new URL(src).pathname)), src).toBe(true);
      expect(img).toMatch(/alt="[^"]{10,}"/);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // No image, stylesheet or font from anywhere else (no tracking pixel).
    for (const m of html.matchAll(/\b(?:src|background)="([^"]+)"/g)) expect(m[1].startsWith(`${SITE}/`), m[1]).toBe(true);
  });

  it('has a complete plain-text part: voorwoord, every title and samenvatting, the tip, the agenda per gemeente', () => {
    const text = mail.mail.text!.replace(/\s+/g, ' ');
    const plain = (s: string) => s.replace(/'/g, '’').replace(/\s+/g, ' ');
    for (const p of voorwoord('12').split(/\n\s*\n/)) expect(text).toContain(plain(p));
    for (const a of artikelenVan('12').filter((x) => x.gepubliceerd)) {
      expect(text).toContain(a.titel);
      expect(text).toContain(a.samenvatting);
    }
    expect(text).toMatch(/Tip van de week .+ Lees verder: https:\/\/vief-mvs\.nl\/tips\/[a-z-]+\//);
    for (const g of ['Maassluis', 'Vlaardingen', 'Schiedam']) expect(text).toContain(`Alle activiteiten in ${g}: ${SITE}/agenda/${g.toLowerCase()}/`);
    // The weekly koffieochtend in Maassluis is on at TEST_NOW (tests/magazine.ts).
    expect(text).toContain(`Koffieochtend in Het Baken Ontmoetingscentrum Het Baken, Maassluis ${SITE}/agenda/koffieochtend-het-baken/`);
    expect(mail.mail.text).not.toMatch(/<[a-z][^>]*>/i);
    // The same text as the site's text version.
    expect(mail.mail.text!.trim()).toBe(fs.readFileSync(path.join(dist, 'nieuwsbrief', '12.txt'), 'utf8').trim());
  });

  it('--proef sends to that one address only, marked [Proef]', async () => {
    const before = received.length;
    const r = await nieuwsbrief(['--nummer', '12', '--bron', dist, '--proef', 'eindredacteur@example.nl']);
    expect(r.code).toBe(0);
    expect(received).toHaveLength(before + 1);
    const proef = received.at(-1)!;
    expect(proef.to).toEqual(['eindredacteur@example.nl']);
    expect(proef.mail.subject).toBe('[Proef] Vief nummer 12: Warm de winter door');
  }, 60_000);
});

describe('npm run nieuwsbrief: mistakes', () => {
  it('missing settings, unknown nummer, wrong password, no nummer: one Dutch sentence, exit 1, nothing sent', async () => {
    const before = received.length;
    const cases: Array<[string[], Record<string, string | undefined>, RegExp]> = [
      [['--nummer', '12', '--bron', dist], { ...SMTP_ENV(), SMTP_HOST: undefined, NIEUWSBRIEF_VAN: undefined }, /De instellingen SMTP_HOST en NIEUWSBRIEF_VAN ontbreken/],
      [['--nummer', '12', '--bron', dist], { ...SMTP_ENV(), NIEUWSBRIEF_AAN: undefined }, /NIEUWSBRIEF_AAN ontbreekt/],
      [['--nummer', '99', '--bron', dist], SMTP_ENV(), /Nummer 99 staat niet in de gebouwde site/],
      [['--nummer', '13', '--bron', dist], SMTP_ENV(), /Nummer 13 staat niet in de gebouwde site.*al verschenen/],
      [['--nummer', '12', '--bron', dist], { ...SMTP_ENV(), SMTP_PASS: 'fout' }, /Versturen via 127\.0\.0\.1:\d+ is mislukt \(EAUTH\)/],
      [['--nummer', '12', '--bron', path.join(work, 'leeg')], SMTP_ENV(), /In tmp\/nieuwsbrief-test\/leeg\/ staat geen gebouwde site met nieuwsbrieven/],
      [[], SMTP_ENV(), /Welk nummer\?/],
      [['--nummer', 'twaalf'], SMTP_ENV(), /"twaalf" is geen nummer/],
    ];
    for (const [args, env, message] of cases) {
      const r = await nieuwsbrief(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(new RegExp(`^✗ ${message.source}`));
      expect(r.err.trim().split('\n')).toHaveLength(1);
      noStack(r.err);
    }
    expect(received).toHaveLength(before);
  }, 120_000);
});

describe('npm run nieuwsbrief -- --bepaal (the pipelines)', () => {
  let live: http.Server;
  let liveUrl = '';
  const online = new Set<string>();
  beforeAll(async () => {
    live = http.createServer((req, res) => {
      res.statusCode = online.has(req.url ?? '') ? 200 : 404;
      res.end();
    });
    await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', () => resolve()));
    liveUrl = `http://127.0.0.1:${(live.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => live.close(() => resolve())));

  const settings = (on: boolean) => {
    const file = path.join(work, `site-${on}.json`);
    const s = JSON.parse(fs.readFileSync(path.join(projectRoot, 'content/site.json'), 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...s, nieuwsbrief: { automatischVersturen: on } }));
    return file;
  };
  const decide = async (on: boolean) => {
    const output = path.join(work, 'github-output');
    const dotenv = path.join(work, 'nieuwsbrief.env');
    fs.writeFileSync(output, '');
    const r = await nieuwsbrief(['--bepaal', '--bron', dist, '--live', liveUrl, '--site', settings(on), '--dotenv', dotenv], { GITHUB_OUTPUT: output });
    expect(r.code, r.err).toBe(0);
    return { github: fs.readFileSync(output, 'utf8'), dotenv: fs.readFileSync(dotenv, 'utf8'), log: r.out };
  };

  it('sends nothing when the setting is off (the default)', async () => {
    const d = await decide(false);
    expect(d.github).toBe('nummer=\n');
    expect(d.dotenv).toBe('NIEUWSBRIEF_NUMMER=\n');
    expect(d.log).toContain('automatisch versturen staat uit');
  });

  it('with the setting on: the newest nummer when its e-mail is not online yet, nothing once it is', async () => {
    const first = await decide(true);
    expect(first.github).toBe('nummer=12\n');
    expect(first.dotenv).toBe('NIEUWSBRIEF_NUMMER=12\n');
    online.add('/nieuwsbrief/12/');
    const again = await decide(true);
    expect(again.github).toBe('nummer=\n');
    expect(again.log).toContain('stond al online');
  });

  it('sends nothing when the live site cannot be reached (never twice)', async () => {
    const output = path.join(work, 'github-output');
    fs.writeFileSync(output, '');
    const r = await nieuwsbrief(['--bepaal', '--bron', dist, '--live', 'http://127.0.0.1:1', '--site', settings(true)], { GITHUB_OUTPUT: output });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toBe('nummer=\n');
    expect(r.out).toContain('niet bereikbaar');
  });
});

describe('full feeds', () => {
  const read = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
  const published = () => artikelenVan(null).filter((a) => a.gepubliceerd);
  /** The text of the article page's body, as a reader sees it. */
  const pageText = (slug: string) => parseHtml(read(`artikelen/${slug}/index.html`)).querySelector('.prose')!.textContent.replace(/\s+/g, ' ').trim();
  const htmlText = (html: string) => parseHtml(html).textContent.replace(/\s+/g, ' ').trim();

  function checkHtml(slug: string, html: string) {
    // The whole text of the article, not a summary.
    expect(htmlText(html), slug).toContain(pageText(slug));
    for (const m of html.matchAll(/\b(href|src)="([^"]*)"/g)) {
      expect(m[2], `${slug}: ${m[1]}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
      if (m[1] === 'src') {
        expect(m[2].startsWith(`${SITE}/`), m[2]).toBe(true);
        expect(fs.existsSync(path.join(dist, new URL(m[2]).pathname)), m[2]).toBe(true);
      }
    }
    expect(html).not.toMatch(/<script|__ASTRO_IMAGE_/i);
  }

  it('/rss.xml: valid RSS 2.0 for two parsers, every published artikel with its full text and photo', async () => {
    const xml = read('rss.xml');
    const feed = await new Parser().parseString(xml);
    const smith = parseRssFeed(xml);
    const list = published();
    expect(list.length).toBeGreaterThan(20);
    expect(feed.items).toHaveLength(list.length);
    expect(smith.items).toHaveLength(list.length);
    expect(feed.link).toBe(`${SITE}/`);
    const links = feed.items.map((i) => i.link);
    expect(new Set(links)).toEqual(new Set(list.map((a) => `${SITE}/artikelen/${a.slug}/`)));
    // Newest first.
    const dates = feed.items.map((i) => new Date(i.pubDate!).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const [n, item] of feed.items.entries()) {
      const slug = item.link!.split('/').at(-2)!;
      const a = list.find((x) => x.slug === slug)!;
      expect(item.title).toBe(a.titel);
      expect(item.contentSnippet ?? item.content).toBeTruthy();
      const full = (item as unknown as Record<string, string>)['content:encoded'];
      expect(full.trim(), slug).toBe(smith.items![n].content?.encoded?.trim());
      checkHtml(slug, full);
      expect(/<img\b/.test(full), slug).toBe(a.foto || slug === 'gezond-de-winter-door');
      expect(smith.items![n].dc?.creators?.length, slug).toBeGreaterThan(0);
    }
    // The photo block inside a body (::foto) comes through Astro's image step, absolute.
    const gezond = feed.items.find((i) => i.link!.endsWith('/gezond-de-winter-door/'))!;
    expect((gezond as unknown as Record<string, string>)['content:encoded']).toMatch(/<figure class="blok-foto"><img [^>]*src="https:\/\/vief-mvs\.nl\/_astro\/theepot-kopjes\.[^"]+\.webp"/);
    expect((gezond as unknown as Record<string, string>)['content:encoded']).toContain(`href="${SITE}/tips/"`);
  });

  it('/feed.json: JSON Feed 1.1 with the same items, absolute URLs, RFC 3339 dates', () => {
    const raw = JSON.parse(read('feed.json'));
    const feed = parseJsonFeed(raw);
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Vief');
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const list = published();
    expect(feed.items).toHaveLength(list.length);
    const ids = feed.items!.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rssLinks = parseRssFeed(read('rss.xml')).items!.map((i) => i.link);
    expect(feed.items!.map((i) => i.url)).toEqual(rssLinks);
    for (const item of raw.items as Array<Record<string, unknown>>) {
      const slug = String(item.url).split('/').at(-2)!;
      const a = list.find((x) => x.slug === slug)!;
      expect(item.id).toBe(item.url);
      expect(item.title).toBe(a.titel);
      expect(item.summary).toBe(a.samenvatting);
      expect(String(item.date_published)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
      expect((item.authors as Array<{ name: string }>).length).toBeGreaterThan(0);
      checkHtml(slug, String(item.content_html));
      if (a.foto) expect(String(item.image)).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
      else expect(item.image).toBeUndefined();
    }
  });

  it('a feed per rubriek: RSS and JSON Feed with exactly that rubriek\'s published artikelen', async () => {
    const rubrieken = fs.readdirSync(path.join(MAGAZINE, 'rubrieken')).map((f) => f.replace(/\.md$/, ''));
    expect(rubrieken.length).toBeGreaterThan(5);
    for (const r of rubrieken) {
      const expected = published().filter((a) => a.rubriek === r).map((a) => `${SITE}/artikelen/${a.slug}/`).sort();
      const rssFeed = await new Parser().parseString(read(`rubriek/${r}/rss.xml`));
      expect(rssFeed.items.map((i) => i.link).sort(), r).toEqual(expected);
      const json = parseJsonFeed(JSON.parse(read(`rubriek/${r}/feed.json`)));
      expect(json.items!.map((i) => i.url).sort(), r).toEqual(expected);
      expect(json.feed_url).toBe(`${SITE}/rubriek/${r}/feed.json`);
      expect(json.home_page_url).toBe(`${SITE}/rubriek/${r}/`);
      // The rubriek page announces both and links them for readers.
      const page = parseHtml(read(`rubriek/${r}/index.html`));
      expect(page.querySelector(`link[rel="alternate"][type="application/rss+xml"][href="/rubriek/${r}/rss.xml"]`), r).toBeTruthy();
      expect(page.querySelector(`link[rel="alternate"][type="application/feed+json"][href="/rubriek/${r}/feed.json"]`), r).toBeTruthy();
      expect(page.querySelector(`main a[href="/rubriek/${r}/rss.xml"]`), r).toBeTruthy();
    }
    // Every page announces the magazine's own feeds.
    const home = parseHtml(read('index.html'));
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]')).toBeTruthy();
    expect(home.querySelector('link[rel="alternate"][type="application/feed+json"][href="/feed.json"]')).toBeTruthy();
  });
});

describe('recorded readings and /podcast.xml', () => {
  const read = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
  const withRecording = () => artikelenVan(null).filter((a) => a.gepubliceerd && /^opname:/m.test(fs.readFileSync(path.join(MAGAZINE, 'artikelen', `${a.slug}.md`), 'utf8')));

  it('the recording is published next to the article page, which plays it instead of Voorlezen', () => {
    const list = withRecording();
    expect(list.map((a) => a.slug)).toEqual(['gezond-de-winter-door']);
    const file = path.join(dist, 'artikelen', 'gezond-de-winter-door', 'voorgelezen.mp3');
    expect(fs.readFileSync(file)).toEqual(fs.readFileSync(path.join(MAGAZINE, 'media', 'gezond-de-winter-door.mp3')));
    const page = parseHtml(read('artikelen/gezond-de-winter-door/index.html'));
    const audio = page.querySelector('article section.opname audio[controls]')!;
    expect(audio.getAttribute('src')).toBe('/artikelen/gezond-de-winter-door/voorgelezen.mp3');
    expect(page.querySelector('section.opname h2')!.textContent).toBe('Luister naar dit artikel');
    expect(page.querySelector('section.opname')!.textContent).toContain('Duur: 0:03');
    expect(page.querySelector('[data-voorlezen]')).toBeNull();
    // Without a recording, Voorlezen stays and there is no player.
    const other = parseHtml(read('artikelen/snert-zoals-het-hoort/index.html'));
    expect(other.querySelector('[data-voorlezen]')).toBeTruthy();
    expect(other.querySelector('audio')).toBeNull();
  });

  it('/podcast.xml: valid for two parsers, enclosure with length and type, duration and iTunes fields', async () => {
    const xml = read('podcast.xml');
    const feed = await new Parser({ customFields: { feed: ['itunes:explicit'] as never[], item: ['itunes:duration', 'itunes:explicit'] as never[] } }).parseString(xml);
    const smith = parseRssFeed(xml);
    expect(feed.title).toBe('Vief: voorgelezen');
    expect(feed.items).toHaveLength(withRecording().length);
    const item = feed.items[0];
    const file = path.join(dist, 'artikelen', 'gezond-de-winter-door', 'voorgelezen.mp3');
    expect(item.enclosure).toEqual({ url: `${SITE}/artikelen/gezond-de-winter-door/voorgelezen.mp3`, length: String(fs.statSync(file).size), type: 'audio/mpeg' });
    expect(item.guid).toBe(`${SITE}/artikelen/gezond-de-winter-door/`);
    expect(item.itunes?.duration ?? (item as unknown as Record<string, string>)['itunes:duration']).toBe('0:03');
    expect(smith.items![0].enclosures?.[0]).toMatchObject({ url: item.enclosure!.url, length: fs.statSync(file).size, type: 'audio/mpeg' });
    expect(smith.items![0].itunes?.duration).toBe(3);
    // Channel: author, owner, category, explicit, and a square cover of at least 1400 px in the build.
    expect(feed.itunes?.author).toBe('Vief');
    expect(feed.itunes?.owner).toEqual({ name: 'Vief', email: 'redactie@vief-mvs.nl' });
    expect(feed.itunes?.categories).toEqual(['Society & Culture']);
    expect(smith.itunes?.explicit).toBe(false);
    const cover = feed.itunes!.image!;
    expect(cover).toBe(`${SITE}/podcast.jpg`);
    const { default: sharp } = await import('sharp');
    const meta = await sharp(path.join(dist, new URL(cover).pathname)).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1400, 1400, 'jpeg']);
  });
});
