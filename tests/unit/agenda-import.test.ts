/**
 * Partner calendars (issue 18, point 2): `npm run agenda:ophalen` against a local HTTP server that
 * serves hand-written feeds (tests/fixtures/ics/): a weekly series with EXDATE across the DST change,
 * a series that does not fit the agenda's own recurrence, a UTC event, an update of the same UID
 * (v1, then v2: longer, a cancelled date, a cancelled event, an event gone), a malformed feed,
 * hostile titles, an HTTP 500, a timeout, a feed too large and a web page instead of a calendar.
 *
 * The import writes only into a temporary content folder. The files are checked with the content
 * validator (the same schemas as every activity), a second run must leave every byte as it was, and
 * the result is read back with an independent parser: the site's own .ics for the activity
 * (ical-generator + rrule) read with ical.js, compared with the partner's feed read the same way.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAgendas, markdownText, type ImportReport } from '../../src/lib/agenda-import';
import { parseFrontmatter, validateContent } from '../../src/lib/content-validation';
import { buildIcs } from '../../src/lib/ics';
import { markdownProcessor } from '../../src/lib/markdown/index';

const root = process.cwd();
const fixtures = path.join(root, 'tests', 'fixtures', 'ics');
/** 1 October 2026, noon in Amsterdam: before the series and before the DST change of 25 October. */
const NOW = new Date('2026-10-01T12:00:00+02:00');

/** What the server answers per path; `reeks` is switched between v1, v2 and a server error. */
let reeks: 'reeks-v1.ics' | 'reeks-v2.ics' | 500 = 'reeks-v1.ics';
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const send = (file: string, type = 'text/calendar; charset=utf-8') => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(fs.readFileSync(path.join(fixtures, file)));
    };
    if (url === '/reeks.ics') return reeks === 500 ? (res.writeHead(500), res.end('kapot')) : send(reeks);
    if (url === '/vijandig.ics') return send('vijandig.ics');
    if (url === '/kapot.ics') return send('kapot.ics');
    if (url === '/fout.ics') return res.writeHead(500, 'Internal Server Error').end('<h1>Er ging iets mis</h1>');
    if (url === '/traag.ics') return void setTimeout(() => res.destroyed || send('reeks-v1.ics'), 5000); // never in time
    if (url === '/groot.ics') {
      res.writeHead(200, { 'Content-Type': 'text/calendar' });
      return res.end(`BEGIN:VCALENDAR\r\n${'X-VULLING:'.padEnd(70, 'x').concat('\r\n').repeat(4000)}END:VCALENDAR\r\n`);
    }
    if (url === '/pagina.ics') return send('reeks-v1.ics', 'text/html; charset=utf-8');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A content folder of its own: the test magazine's wegwijzer, an empty agenda, the partners' list. */
function contentFolder(agendas: Array<Record<string, unknown>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-ophalen-'));
  fs.cpSync(path.join(root, 'tests', 'fixtures', 'magazine', 'initiatieven'), path.join(dir, 'initiatieven'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'agenda'));
  fs.writeFileSync(path.join(dir, 'partner-agendas.json'), `${JSON.stringify({ agendas }, null, 2)}\n`);
  return dir;
}

const partner = (code: string, naam: string, file: string, extra: Record<string, unknown> = {}) => ({
  code,
  naam,
  url: `${base}/${file}`,
  gemeente: 'vlaardingen',
  organisator: 'buurthuis-de-schakel',
  themas: ['ontmoeten'],
  ...extra,
});

/** Every file under agenda/ with its bytes. */
const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(dir, 'agenda')).sort().map((f) => [f, fs.readFileSync(path.join(dir, 'agenda', f), 'utf8')]));
const data = (dir: string, file: string) => parseFrontmatter(fs.readFileSync(path.join(dir, 'agenda', file), 'utf8')) as { data: Record<string, any>; body: string };
const byUid = (dir: string, uid: string) => Object.keys(snapshot(dir)).filter((f) => data(dir, f).data.bron?.uid === uid);
const run = (dir: string) => importAgendas({ contentRoot: dir, now: NOW, timeoutMs: 800, maxBytes: 100_000 });

/** The content validator over the whole folder: the same check as before every build. */
function validate(dir: string) {
  const { entries, problems } = validateContent(root, path.relative(root, dir));
  return { entries: entries.filter((e) => e.collection === 'agenda'), problems };
}

/** Occurrence starts (UTC ISO) of the first VEVENT with this UID in an iCalendar text, read with ical.js. */
function occurrencesIn(ics: string, uid?: string): string[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const ve = cal.getAllSubcomponents('vevent').find((v) => !uid || v.getFirstPropertyValue('uid') === uid)!;
  const event = new ICAL.Event(ve);
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(), n = 0; next && n < 100; next = it.next(), n++) out.push(next.toJSDate().toISOString());
  return out;
}

describe('npm run agenda:ophalen: a partner calendar, imported, updated, cancelled', () => {
  let dir: string;
  let first: ImportReport;
  beforeAll(async () => {
    reeks = 'reeks-v1.ics';
    dir = contentFolder([partner('welzijn-vlaardingen', 'Welzijn Vlaardingen', 'reeks.ics')]);
    first = await run(dir);
  });

  it('imports every upcoming event as a valid activity, and nothing that is over', () => {
    expect(first.fouten).toEqual([]);
    expect(first.geschreven).toHaveLength(6); // koffie (series), stoelgym ×3 (expanded), lezing, bingo
    const { entries, problems } = validate(dir);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(6);
    expect(byUid(dir, 'oud@welzijn-vlaardingen.example')).toEqual([]);
  });

  it('keeps a weekly series in Amsterdam time as one activity with its own recurrence: EXDATE → "niet op"', () => {
    const [file] = byUid(dir, 'koffie-dinsdag@welzijn-vlaardingen.example');
    const { data: d, body } = data(dir, file);
    expect(d.start).toBe('2026-10-06T10:00');
    expect(d.einde).toBe('2026-10-06T11:30');
    expect(d.herhaling).toEqual({ patroon: 'wekelijks', tot: '2026-11-17', uitzonderingen: ['2026-10-27'] });
    expect(d.locatie).toEqual({ naam: 'Buurthuis De Schakel', adres: 'Schakelplein 4, 3134 AB Vlaardingen', gemeente: 'vlaardingen' });
    expect(d.bron).toMatchObject({ naam: 'Welzijn Vlaardingen', agenda: 'welzijn-vlaardingen', uid: 'koffie-dinsdag@welzijn-vlaardingen.example', link: 'https://welzijn-vlaardingen.example/agenda/koffie' });
    expect(d.themas).toEqual(['ontmoeten']);
    expect(body).toContain('De koffie staat om 10.00 uur klaar.');
    // A stable name: the title, then a code from feed + UID.
    expect(file).toMatch(/^koffieochtend-in-de-schakel-[0-9a-f]{6}\.md$/);
  });

  it('the site’s own .ics of the activity, read with ical.js, has the partner’s dates: 10.00 Amsterdam before and after the DST change', () => {
    const [file] = byUid(dir, 'koffie-dinsdag@welzijn-vlaardingen.example');
    const entry = validate(dir).entries.find((e) => `${e.id}.md` === file)!;
    const d = entry.data as Record<string, any>;
    const ics = buildIcs({
      name: d.titel,
      description: d.samenvatting,
      host: 'vief.example',
      now: NOW,
      activities: [{ slug: entry.id, titel: d.titel, samenvatting: d.samenvatting, timing: d as never, locatie: `${d.locatie.naam}, ${d.locatie.adres}`, url: `https://vief.example/agenda/${entry.id}/`, kosten: d.kosten, themas: d.themas }],
    });
    const ours = occurrencesIn(ics);
    expect(ours).toEqual([
      '2026-10-06T08:00:00.000Z',
      '2026-10-13T08:00:00.000Z',
      '2026-10-20T08:00:00.000Z',
      // 27 October is the EXDATE; summer time ended on 25 October: 10.00 is now 09:00 UTC.
      '2026-11-03T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
      '2026-11-17T09:00:00.000Z',
    ]);
    expect(ours).toEqual(occurrencesIn(fs.readFileSync(path.join(fixtures, 'reeks-v1.ics'), 'utf8'), 'koffie-dinsdag@welzijn-vlaardingen.example'));
  });

  it('expands a series the agenda cannot say (Monday and Wednesday, COUNT, EXDATE) into one activity per date', () => {
    const files = byUid(dir, 'gym-ma-wo@welzijn-vlaardingen.example');
    const dates = files.map((f) => data(dir, f).data).map((d) => [d.bron.datum, d.start, d.einde]).sort();
    expect(dates).toEqual([
      ['2026-10-19', '2026-10-19T14:00', '2026-10-19T15:00'],
      ['2026-10-21', '2026-10-21T14:00', '2026-10-21T15:00'],
      // after the DST change, still 14.00 in Amsterdam; 26 October is the EXDATE
      ['2026-10-28', '2026-10-28T14:00', '2026-10-28T15:00'],
    ]);
    // CATEGORIES:Bewegen adds the theme to the partner's own.
    expect(data(dir, files[0]).data.themas).toEqual(['ontmoeten', 'bewegen']);
  });

  it('converts an event in UTC to Amsterdam time', () => {
    const [file] = byUid(dir, 'lezing-utc@welzijn-vlaardingen.example');
    expect(data(dir, file).data).toMatchObject({ start: '2026-11-10T19:30', einde: '2026-11-10T21:00' });
  });

  it('a second run changes nothing: every file byte for byte the same', async () => {
    const before = snapshot(dir);
    const second = await run(dir);
    expect(second.geschreven).toEqual([]);
    expect(second.afgemeld).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an update of the same UID updates the same file; a cancelled date, a cancelled event and a gone event are marked, not deleted', async () => {
    const before = snapshot(dir);
    const [koffie] = byUid(dir, 'koffie-dinsdag@welzijn-vlaardingen.example');
    reeks = 'reeks-v2.ics';
    const report = await run(dir);
    expect(report.fouten).toEqual([]);
    // No new files: the same names as before.
    expect(Object.keys(snapshot(dir))).toEqual(Object.keys(before));
    const d = data(dir, koffie).data;
    expect(d.titel).toBe('Koffieochtend in De Schakel (langer)');
    expect(d.einde).toBe('2026-10-06T12:00');
    // RECURRENCE-ID with STATUS:CANCELLED → one more "niet op"; UNTIL moved a week.
    expect(d.herhaling).toEqual({ patroon: 'wekelijks', tot: '2026-11-24', uitzonderingen: ['2026-10-27', '2026-11-10'] });
    expect(d.bron.status).toBeUndefined();
    const [lezing] = byUid(dir, 'lezing-utc@welzijn-vlaardingen.example');
    expect(data(dir, lezing).data.bron.status).toBe('afgelast');
    const [bingo] = byUid(dir, 'bingo@welzijn-vlaardingen.example');
    expect(data(dir, bingo).data.bron.status).toBe('vervallen');
    expect(report.afgemeld.sort()).toEqual([`agenda/${bingo}`, `agenda/${lezing}`].sort());
    // Still valid activities (their pages stay and say why they are off the agenda).
    expect(validate(dir).problems).toEqual([]);
    // And again: nothing changes.
    const after = snapshot(dir);
    expect((await run(dir)).geschreven).toEqual([]);
    expect(snapshot(dir)).toEqual(after);
  });

  it('an event that comes back is back on the agenda', async () => {
    reeks = 'reeks-v1.ics';
    await run(dir);
    const [bingo] = byUid(dir, 'bingo@welzijn-vlaardingen.example');
    expect(data(dir, bingo).data.bron.status).toBeUndefined();
  });

  it('never overwrites or brings back what the redactie hid or changed', async () => {
    const [gym] = byUid(dir, 'gym-ma-wo@welzijn-vlaardingen.example').sort();
    const [koffie] = byUid(dir, 'koffie-dinsdag@welzijn-vlaardingen.example');
    const [bingo] = byUid(dir, 'bingo@welzijn-vlaardingen.example');
    const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(dir, 'agenda', file), change(fs.readFileSync(path.join(dir, 'agenda', file), 'utf8')));
    edit(gym, (t) => t.replace('bron:', 'verborgen: true\nbron:'));
    edit(koffie, (t) => t.replace('kosten: "Vraag het de organisator"', 'kosten: "€ 1,50 voor koffie en koek"'));
    edit(bingo, (t) => t.replace('bron:', 'verborgen: true\nbron:'));
    const before = snapshot(dir);
    reeks = 'reeks-v2.ics'; // koffie changes, bingo is gone: both belong to the redactie now
    const report = await run(dir);
    const after = snapshot(dir);
    for (const f of [gym, koffie, bingo]) expect(after[f], f).toBe(before[f]);
    expect(report.doorRedactie).toEqual(expect.arrayContaining([`agenda/${gym}`, `agenda/${koffie}`]));
    expect(validate(dir).problems).toEqual([]);
  });

  it('a feed that fails leaves its activities as they are (nothing marked as gone)', async () => {
    const before = snapshot(dir);
    reeks = 500;
    const report = await run(dir);
    expect(report.fouten).toEqual([{ partner: 'Welzijn Vlaardingen', melding: expect.stringContaining('HTTP 500') }]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('npm run agenda:ophalen: broken and hostile feeds are reported in Dutch and skipped', () => {
  let dir: string;
  let report: ImportReport;
  beforeAll(async () => {
    reeks = 'reeks-v1.ics';
    dir = contentFolder([
      partner('kapot', 'Stichting Kapot', 'kapot.ics'),
      partner('kwaad', 'Buurthuis Kwaad', 'vijandig.ics', { gemeente: 'schiedam' }),
      partner('fout', 'Zorgcentrum Fout', 'fout.ics'),
      partner('traag', 'Wijkvereniging Traag', 'traag.ics'),
      partner('groot', 'Stichting Groot', 'groot.ics'),
      partner('pagina', 'Welzijn Webpagina', 'pagina.ics'),
      partner('welzijn-vlaardingen', 'Welzijn Vlaardingen', 'reeks.ics'),
    ]);
    report = await run(dir);
  }, 20_000);

  it('names the partner and the problem, in Dutch, for every feed that cannot be read', () => {
    const melding = (partnerNaam: string) => report.fouten.find((f) => f.partner === partnerNaam)?.melding;
    expect(melding('Stichting Kapot')).toMatch(/^de agenda is niet goed opgeschreven en kon niet worden gelezen/);
    expect(melding('Zorgcentrum Fout')).toBe('de server van de agenda gaf een foutmelding (HTTP 500 Internal Server Error)');
    expect(melding('Wijkvereniging Traag')).toMatch(/^de agenda antwoordde niet binnen \d+ seconden$/);
    expect(melding('Stichting Groot')).toMatch(/^de agenda is te groot/);
    expect(melding('Welzijn Webpagina')).toMatch(/geen agenda maar een webpagina/);
    expect(report.fouten).toHaveLength(5);
  });

  it('the other feeds are imported all the same', () => {
    expect(report.feeds.map((f) => f.code).sort()).toEqual(['kwaad', 'welzijn-vlaardingen']);
    expect(byUid(dir, 'koffie-dinsdag@welzijn-vlaardingen.example')).toHaveLength(1);
    expect(validate(dir).problems).toEqual([]);
  });

  it('skips events with a script in the title, and says so', () => {
    const kwaad = report.overgeslagen.filter((s) => s.partner === 'Buurthuis Kwaad').map((s) => s.melding);
    expect(kwaad).toEqual([expect.stringMatching(/bevat code/), expect.stringMatching(/bevat code/), expect.stringMatching(/^"Elke minuut koffie": komt \d+ keer terug/)]);
    expect(byUid(dir, 'elke-minuut@kwaad.example')).toEqual([]);
    expect(byUid(dir, 'script@kwaad.example')).toEqual([]);
    expect(byUid(dir, 'img@kwaad.example')).toEqual([]);
    for (const text of Object.values(snapshot(dir))) expect(text).not.toMatch(/<script|onerror|<img|<a |javascript:/i);
  });

  it('keeps titles and descriptions plain text: markup and Markdown from a feed show as the text they are', async () => {
    const [file] = byUid(dir, 'tekst@kwaad.example');
    const { data: d, body } = data(dir, file);
    expect(d.titel).toBe('Vette kienavond & meer');
    expect(d.locatie.gemeente).toBe('schiedam');
    const renderer = await markdownProcessor({ site: 'https://vief.example' }).createRenderer({ syntaxHighlight: false });
    const html = (await renderer.render(body, { fileURL: pathToFileURL(path.join(dir, 'agenda', file)) })).code;
    // No heading, list, content block or element: only paragraphs of text. A bare web address is
    // made a link as in every activity (its text is the address itself), never a link with other text.
    expect(html).not.toMatch(/<(h\d|ul|ol|li|aside|img|b)\b/);
    for (const [, href, text] of html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)) expect(text).toBe(href);
    expect(html).toContain('[kienavond](');
    expect(html).toContain(':::tip');
    expect(html).toContain('# Geen kop');
    // A description with a script is left out; the event itself stays.
    const [spel] = byUid(dir, 'beschrijving@kwaad.example');
    expect(data(dir, spel).body.trim()).toBe('');
  });

  it('markdownText escapes what Markdown would read as markup', () => {
    expect(markdownText('*vet* _schuin_ <b> [x](y) `code` ~~weg~~ & | tabel')).toBe('\\*vet\\* \\_schuin\\_ \\<b\\> \\[x\\](y) \\`code\\` \\~\\~weg\\~\\~ \\& \\| tabel');
    expect(markdownText('# kop\n- lijst\n1. lijst\n> citaat\n::video')).toBe('\\# kop\n\\- lijst\n1\\. lijst\n\\> citaat\n\\:\\:video');
  });

  it('the command reports in Dutch and exits 0, so the nightly publish goes on', async () => {
    const r = await command(['--map', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('✗ Stichting Kapot: de agenda is niet goed opgeschreven');
    expect(r.stdout).toContain('✗ Zorgcentrum Fout: de server van de agenda gaf een foutmelding (HTTP 500');
    expect(r.stdout).toContain('Deze agenda is overgeslagen');
    expect(r.stdout).toContain('! Buurthuis Kwaad: "Gratis koffie": de titel of plaats bevat code');
  }, 70_000);
});

/** Run the command; not spawnSync, since the feeds' server runs in this process and must keep answering. */
async function command(args: string[], cwd = root): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'agenda-ophalen.ts'), ...args], {
    cwd,
    env: { ...process.env, BUILD_NOW: NOW.toISOString() },
  });
  const r = { stdout: '', stderr: '', status: -1 as number | null };
  child.stdout.on('data', (b) => (r.stdout += b));
  child.stderr.on('data', (b) => (r.stderr += b));
  r.status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return r;
}

describe('npm run agenda:ophalen -- --commit (what the pipelines run)', () => {
  it('commits only content/agenda, once: a second run makes no commit', async () => {
    reeks = 'reeks-v1.ics';
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-git-'));
    const content = path.join(repo, 'content');
    fs.cpSync(contentFolder([partner('welzijn-vlaardingen', 'Welzijn Vlaardingen', 'reeks.ics')]), content, { recursive: true });
    fs.writeFileSync(path.join(repo, 'los.txt'), 'niet van de agenda\n');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', 'content');
    git('-c', 'user.name=Test', '-c', 'user.email=test@localhost', 'commit', '-q', '-m', 'begin');
    const output = path.join(repo, 'uitvoer.txt');

    const first = await command(['--map', content, '--commit', '--uitvoer', output], repo);
    expect(first.status, first.stderr).toBe(0);
    const sha = git('rev-parse', 'HEAD');
    expect(fs.readFileSync(output, 'utf8')).toBe(`commit=${sha}\n`);
    expect(git('log', '-1', '--format=%s|%an')).toBe("Agenda's van partners opgehaald [skip ci]|Vief agenda");
    const changed = git('show', '--name-only', '--format=', 'HEAD').split('\n');
    expect(changed).toHaveLength(6);
    for (const f of changed) expect(f).toMatch(/^content\/agenda\/[a-z0-9-]+\.md$/);
    expect(git('status', '--porcelain')).toBe('?? los.txt\n?? uitvoer.txt');

    const second = await command(['--map', content, '--commit', '--uitvoer', output], repo);
    expect(second.status, second.stderr).toBe(0);
    expect(git('rev-parse', 'HEAD')).toBe(sha);
    expect(fs.readFileSync(output, 'utf8')).toBe(`commit=${sha}\ncommit=\n`);
  }, 60_000);
});

describe('the list of partner calendars', () => {
  it('is checked by the content validator: organisator in the wegwijzer, known gemeente and themes, unique codes', () => {
    const dir = contentFolder([
      { code: 'a', naam: 'A', url: 'https://a.example/a.ics', gemeente: 'vlaardingen', organisator: 'bestaat-niet', themas: ['ontmoeten'] },
      { code: 'a', naam: 'B', url: 'ftp://b.example/b.ics', gemeente: 'rotterdam', organisator: 'buurthuis-de-schakel', themas: [] },
    ]);
    const messages = validate(dir).problems.map((p) => `${p.field}: ${p.message}`);
    const twice = contentFolder([
      { code: 'a', naam: 'A', url: 'https://a.example/a.ics', gemeente: 'vlaardingen', organisator: 'buurthuis-de-schakel', themas: ['ontmoeten'] },
      { code: 'a', naam: 'B', url: 'https://b.example/b.ics', gemeente: 'schiedam', organisator: 'buurthuis-de-schakel', themas: ['bewegen'] },
    ]);
    expect(validate(twice).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^agendas\[1\]\.code: de code "a" staat er al/)]);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^agendas\[1\]\.url: moet een webadres zijn/),
        expect.stringMatching(/^agendas\[1\]\.gemeente: kies een van/),
        expect.stringMatching(/^agendas\[1\]\.themas: kies minstens één thema/),
      ]),
    );
  });

  it('an organisator missing from the wegwijzer is named (with a valid list)', () => {
    const dir = contentFolder([{ code: 'a', naam: 'A', url: 'https://a.example/a.ics', gemeente: 'vlaardingen', organisator: 'bestaat-niet', themas: ['ontmoeten'] }]);
    expect(validate(dir).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^agendas\[0\]\.organisator: verwijst naar initiatief "bestaat-niet"/)]);
  });

  it('the sample list in content/ is valid, and uses reserved example addresses', () => {
    const list = JSON.parse(fs.readFileSync(path.join(root, 'content', 'partner-agendas.json'), 'utf8')) as { agendas: Array<{ url: string }> };
    expect(list.agendas.length).toBeGreaterThan(0);
    for (const a of list.agendas) expect(new URL(a.url).hostname).toMatch(/\.example$/);
    expect(validateContent(root, 'content').problems).toEqual([]);
  });

  it('a switched-off calendar is not fetched', async () => {
    let asked = 0;
    const dir = contentFolder([{ ...partner('uit', 'Uit', 'reeks.ics'), uit: true }]);
    const report = await importAgendas({ contentRoot: dir, now: NOW, fetch: (async () => (asked++, new Response(''))) as typeof fetch });
    expect(asked).toBe(0);
    expect(report.fouten).toEqual([]);
  });
});
