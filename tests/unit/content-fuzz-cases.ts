/**
 * Content fuzz test, shared part: the mutations and their verdicts (validated in beforeAll of the
 * file that imports this module). content-fuzz.test.ts checks the verdicts (no build);
 * content-fuzz.build.test.ts builds them (vitest project "build").
 *
 * Content fuzz test (issue 8, point 2): "validation that lists everything at once".
 *
 * From the valid fixture files (tests/fixtures/content, every collection) we generate a few
 * hundred mutations: missing fields, wrong types, impossible dates, huge strings, unicode, HTML,
 * YAML tricks, broken bodies, bad file names, plus seeded random ones. Each mutation is a new,
 * distinct file next to the fixtures, run through the real validator (validateContent, the code
 * the build runs before anything else) and classified:
 *
 *   accepted  — no problems;
 *   rejected  — problems, every one naming the mutated file, with a Dutch message;
 *   crash     — the validator threw: the test fails.
 *
 * Most mutations also say what they should give (a 2026-02-30 must be rejected, an emoji title
 * accepted); a difference fails the test. Then "never silently dropped": all accepted mutations
 * go into ONE content folder and ONE real `astro build` (own root, outDir and cacheDir), and every
 * one must have its page, showing its title (and its text, where the page shows text). Finally a
 * build with several rejected files must fail, naming every one of them.
 *
 * Deterministic: a fixed seed for the random part and a fixed BUILD_NOW for the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll } from 'vitest';
import { describeSchema, type ObjectNode, type SchemaNode } from '../../cms/schema-walk';
import { formatProblems, reservedIds, validateContent, type ContentProblem } from '../../src/lib/content-validation';
import { reservedSlugs } from '../../src/lib/agenda';
import { activiteitThemaLabels, gemeenteSlugs } from '../../src/schemas/helpers';
import { schemas, collectionNames, type CollectionName } from '../../src/schemas/index';
import { plainContext } from '../../src/lib/schema-context';
import { projectRoot } from '../isolated-build';

export const FIXTURES = path.join(projectRoot, 'tests/fixtures/content');
export const BUILD_NOW = '2026-12-01T12:00:00Z';
export const SEED = 20261125;

type Expect = 'accept' | 'reject' | undefined;
export interface Mutation {
  n: number;
  collection: CollectionName;
  kind: string;
  /** File name inside the collection folder. */
  name: string;
  source: string;
  expect: Expect;
  /** Other files the mutation needs, relative to content/ (a photo, a second file with the same name). */
  extra?: Record<string, string | Buffer>;
}
export type Outcome = { kind: 'accepted'; titel: string; data: Record<string, unknown> } | { kind: 'rejected'; problems: ContentProblem[] } | { kind: 'crash'; error: string };

// ---------- deterministic random ----------
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const CHARS = [...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789', ...'éëüïöàçßñ', '€', '漢字', '🙂', '👩‍🦳', '\u200b', '\u202e', '\u00a0', ...'<>&"\'', ...':#-{}[]!*|>%@`,?', '\\', '\t'];
const randomText = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(CHARS)).join('');

// ---------- the fixtures as templates for new files ----------
interface Template {
  data: Record<string, unknown>;
  body: string;
}
const templates = new Map<CollectionName, Template>();
for (const c of collectionNames) {
  const dir = path.join(FIXTURES, c);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.md'))!;
  const source = fs.readFileSync(path.join(dir, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source)!;
  templates.set(c, { data: YAML.parse(m[1]), body: m[2] });
}
/** Collections whose page shows the body: a marker in it must reach the page. */
export const SHOWS_BODY = new Set<CollectionName>(['artikelen', 'agenda', 'initiatieven', 'nummers', 'paginas', 'tips']);
const fields = new Map<CollectionName, ObjectNode>(collectionNames.map((c) => [c, describeSchema(schemas[c](plainContext)) as ObjectNode]));

export const marker = (n: number) => `Fuzzmerk ${n} staat hier.`;
const idOf = (c: CollectionName, n: number) => (c === 'nummers' ? String(1000 + n) : `fuzz-${n}`);

/** A valid new file for collection c: the fixture, made unique where the rules demand it. */
function cloneData(c: CollectionName, n: number): Record<string, unknown> {
  const data = structuredClone(templates.get(c)!.data);
  if (c === 'tips') data.kortId = `fz${n}`;
  if (c === 'nummers') {
    data.nummer = 1000 + n;
    delete data.uitgelicht; // the lead article belongs to nummer 1
  }
  return data;
}
function assemble(c: CollectionName, n: number, data: unknown, body = templates.get(c)!.body): string {
  const text = SHOWS_BODY.has(c) ? `${body.replace(/\s*$/, '')}\n\n${marker(n)}\n` : body;
  return `---\n${YAML.stringify(data)}---\n${text}`;
}

export const mutations: Mutation[] = [];
function add(collection: CollectionName, kind: string, make: (n: number) => { source: string; name?: string; extra?: Record<string, string | Buffer> }, expect: Expect) {
  const n = mutations.length + 1;
  const { source, name, extra } = make(n);
  mutations.push({ n, collection, kind, name: name ?? `${idOf(collection, n)}.md`, source, expect, extra });
}
/** Change the data (structured; serialised by the yaml package). */
function addData(c: CollectionName, kind: string, change: (d: Record<string, unknown>, n: number) => void, expect: Expect, body?: string) {
  add(c, kind, (n) => {
    const d = cloneData(c, n);
    change(d, n);
    return { source: assemble(c, n, d, body) };
  }, expect);
}
/** Change the file text (for YAML tricks the serialiser would never write). */
function addText(c: CollectionName, kind: string, change: (source: string, n: number) => string, expect: Expect, name?: (n: number) => string) {
  add(c, kind, (n) => ({ source: change(assemble(c, n, cloneData(c, n)), n), name: name?.(n) }), expect);
}
const setIn = (d: Record<string, unknown>, at: string[], value: unknown) => {
  const parent = at.slice(0, -1).reduce<Record<string, unknown>>((o, k) => ((o[k] ??= {}) as Record<string, unknown>), d);
  if (value === undefined) delete parent[at.at(-1)!];
  else parent[at.at(-1)!] = value;
};

// ---------- 1. every field: missing, and wrong types ----------
/** Deleting these is not allowed although the field itself is optional (a rule across fields). */
const DELETE_REJECTS = new Set(['artikelen.afbeeldingAlt', 'initiatieven.telefoon']);
function wrongValues(node: SchemaNode): unknown[] {
  switch (node.kind) {
    case 'string':
      return [42, true, ['x'], { a: 'b' }, null, ''];
    case 'number':
      return ['12', 1.5, -1, true, null];
    case 'boolean':
      return ['ja', 1, null];
    case 'date':
      return [20260314, true, null, '2026-02-30', '2026-13-01', '14-03-2026', '2026-3-5', '2026-03-14T10:00', '2025-02-29', '0000-01-01'];
    case 'enum':
      return ['onbekend', node.values[0].toUpperCase(), 1];
    case 'array':
      return ['tekst', [null], ...(node.minItems ? [[]] : []), [{ a: 1 }]];
    case 'object':
      return ['tekst', [], null];
  }
}
/**
 * Optional objects the fixtures leave out, filled in validly so their own fields are fuzzed too:
 * an activity imported from a partner's calendar (issue 18).
 */
const FILLED: Record<string, unknown> = {
  'agenda.bron': { naam: 'Welzijn Vlaardingen', agenda: 'welzijn-vlaardingen', uid: 'koffie@welzijn.example', datum: '2026-01-07', link: 'https://welzijn.example/koffie', controle: '0123456789abcdef' },
};
for (const c of collectionNames) {
  const walk = (node: ObjectNode, at: string[], prepare: (d: Record<string, unknown>) => void) => {
    for (const [key, child] of Object.entries(node.shape)) {
      const p = [...at, key];
      const dotted = `${c}.${p.join('.')}`;
      // Inside an object that is present (the fixture has them all, or FILLED), its required fields are required.
      const required = !child.optional;
      addData(c, `ontbreekt: ${p.join('.')}`, (d) => (prepare(d), setIn(d, p, undefined)), required || DELETE_REJECTS.has(dotted) ? 'reject' : 'accept');
      for (const v of wrongValues(child)) addData(c, `verkeerd type: ${p.join('.')} = ${JSON.stringify(v)}`, (d) => (prepare(d), setIn(d, p, v)), 'reject');
      if (child.kind !== 'object') continue;
      const filled = at.length === 0 && templates.get(c)!.data[key] === undefined ? FILLED[dotted] : undefined;
      if (!filled) walk(child, p, prepare);
      else {
        addData(c, `ingevuld: ${p.join('.')}`, (d) => setIn(d, p, structuredClone(FILLED[dotted])), 'accept');
        walk(child, p, (d) => (prepare(d), setIn(d, p, structuredClone(FILLED[dotted]))));
      }
    }
  };
  walk(fields.get(c)!, [], () => {});
}

// ---------- 2. dates ----------
addData('artikelen', 'schrikkeldag in een schrikkeljaar', (d) => (d.publicatiedatum = '2024-02-29'), 'accept');
addData('artikelen', 'bijgewerkt vóór publicatie', (d) => (d.bijgewerkt = '2025-12-31'), 'reject');
addData('artikelen', 'bijgewerkt na publicatie', (d) => (d.bijgewerkt = '2026-02-01'), 'accept');
addData('artikelen', 'publicatie in de toekomst (nog niet zichtbaar)', (d) => (d.publicatiedatum = '2027-03-01'), 'accept');
addData('artikelen', 'jaar 9999', (d) => (d.publicatiedatum = '9999-12-31'), 'reject');
addData('agenda', 'start 30 februari', (d) => ((d.start = '2026-02-30T10:00'), (d.einde = '2026-02-30T11:00')), 'reject');
addData('agenda', 'start 24:00', (d) => (d.start = '2026-01-07T24:00'), 'reject');
addData('agenda', 'start 10:60', (d) => (d.start = '2026-01-07T10:60'), 'reject');
addData('agenda', 'start met seconden', (d) => (d.start = '2026-01-07T10:00:00'), 'reject');
addData('agenda', 'einde vóór start', (d) => (d.einde = '2026-01-07T09:00'), 'reject');
addData('agenda', 'einde op een andere dag', (d) => (d.einde = '2026-01-08T11:30'), 'reject');
addData('agenda', 'herhaling tot vóór start', (d) => ((d.herhaling as Record<string, unknown>).tot = '2025-12-31'), 'reject');
addData('agenda', 'uitzondering bestaat niet', (d) => ((d.herhaling as Record<string, unknown>).uitzonderingen = ['2026-04-31']), 'reject');
addData('agenda', 'maandelijks zonder einde', (d) => (d.herhaling = { patroon: 'maandelijks' }), 'accept');
addData('agenda', 'eenmalig, zonder herhaling', (d) => delete d.herhaling, 'accept');
addData('tips', 'gecontroleerd lang geleden', (d) => (d.gecontroleerdOp = '2019-05-01'), 'accept');
addData('nummers', 'verschijnt in de toekomst', (d) => (d.verschijningsdatum = '2027-06-01'), 'accept');
addText('artikelen', 'datum tussen aanhalingstekens', (s) => s.replace('publicatiedatum: 2026-01-05', 'publicatiedatum: "2026-01-05"'), 'accept');
addText('artikelen', 'onmogelijke datum zonder aanhalingstekens', (s) => s.replace('publicatiedatum: 2026-01-05', 'publicatiedatum: 2026-02-30'), 'reject');
addText('paginas', 'bijgewerkt leeg', (s) => s.replace('samenvatting:', 'bijgewerkt:\nsamenvatting:'), 'reject');

// ---------- 3. huge strings ----------
addData('artikelen', 'titel van 10.000 tekens', (d) => (d.titel = 'x'.repeat(10_000)), 'reject');
addData('artikelen', 'titel van precies 120 tekens', (d) => (d.titel = 'W'.repeat(120)), 'accept');
addData('artikelen', 'titel van 121 tekens', (d) => (d.titel = 'W'.repeat(121)), 'reject');
addData('auteurs', 'bio van 600 tekens', (d) => (d.bio = 'Ria '.repeat(150).trim() + '.'), 'accept');
addData('artikelen', 'tekst van 200 kB', () => {}, 'accept', `${'Een lange alinea over de polder. '.repeat(60)}\n\n`.repeat(100));
addData('paginas', 'één regel van 50.000 tekens', () => {}, 'accept', `${'woord'.repeat(10_000)}\n`);
addData('tips', '100 stappen', (d) => (d.stappen = Array.from({ length: 100 }, (_, i) => `Stap ${i + 1}.`)), 'accept');
addData('artikelen', '500 gemeenten (herhaald)', (d) => (d.gemeenten = Array(500).fill('vlaardingen')), 'accept');

// ---------- 4. unicode ----------
for (const [kind, titel] of [
  ['emoji', 'Koffie ☕ en taart 🍰 met oma 👩‍🦳'],
  ['accenten', 'Café Één: ëën, ü, ß, ç en ñ'],
  ['rechts-naar-links', 'مرحبا بالجميع in de wijk'],
  ['Chinees', '社区咖啡 in Schiedam'],
  ['nulbreedte-spatie', 'Wan\u200bdelen'],
  ['harde spatie', 'Wandelen\u00a0in\u00a0de\u00a0polder'],
  ['regelscheiding U+2028', 'Wandelen\u2028polder'],
  ['combinerende tekens', 'Cafe\u0301 de\u0301 la\u0300'],
] as const)
  addData('artikelen', `unicode: ${kind}`, (d) => (d.titel = titel), 'accept');
addData('artikelen', 'unicode: NUL-teken', (d) => (d.titel = 'Wandelen\u0000polder'), 'reject');
addData('artikelen', 'unicode: stuurteken', (d) => (d.titel = 'Wandelen\u0007polder'), 'reject');
addData('auteurs', 'unicode: naam met accenten', (d) => (d.naam = 'Ángel Ñúñez-Ëlberg'), 'accept');
addText('paginas', 'BOM aan het begin', (s) => `\uFEFF${s}`, 'accept');
addText('paginas', 'Windows-regeleinden', (s) => s.replace(/\n/g, '\r\n'), 'accept');
addData('initiatieven', 'unicode in de tekst', () => {}, 'accept', 'Wij 💚 de buurt. Ïk ën jïj. 漢字. \u202eomgekeerd\u202c.\n');

// ---------- 5. HTML and code in fields and text ----------
for (const [kind, titel] of [
  ['script in titel', '<script>alert("titel")</script>'],
  ['img onerror in titel', 'Kijk <img src=x onerror=alert(1)>'],
  ['uit JSON-LD breken', '</script><script>alert(1)</script>'],
  ['HTML-entiteiten', 'Koffie &amp; taart &lt;3 &#60;b&#62;'],
  ['accolades', 'Ik {hou} van de {polder}'],
] as const) {
  addData('artikelen', `html: ${kind}`, (d) => (d.titel = titel), 'accept');
  addData('agenda', `html: ${kind}`, (d) => (d.titel = titel), 'accept');
}
addData('paginas', 'html: samenvatting met tags', (d) => (d.samenvatting = '<b>Vet</b> en <i>schuin</i> <a href="javascript:alert(1)">klik</a>'), 'accept');
addData('artikelen', 'html in de tekst', () => {}, 'accept', '<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n[klik](javascript:alert(1))\n');
addData('artikelen', 'MDX-achtige tekst in .md', () => {}, 'accept', 'import x from "y"\n\nexport const a = 1\n\n{1+1} en <Onbekend /> en <3\n');

// ---------- 6. YAML tricks ----------
addText('paginas', 'anker en verwijzing', (s) => s.replace(/^titel: (.*)$/m, 'titel: &t $1').replace(/^samenvatting: .*$/m, 'samenvatting: *t'), 'accept');
addText('paginas', 'merge-sleutel <<', (s) => s.replace(/^titel: .*$/m, '<<: { titel: Samengevoegd }'), 'reject');
addText('paginas', 'miljard-lachen (alias-bom)', (s) => s.replace(/^titel: .*$/m, `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitel: *d`), 'reject');
addText('paginas', 'dubbel veld', (s) => s.replace(/^(titel: .*)$/m, '$1\ntitel: Nog een keer'), 'reject');
addText('paginas', '!!str tag', (s) => s.replace(/^titel: .*$/m, 'titel: !!str 2026'), 'accept');
addText('paginas', '!!binary tag', (s) => s.replace(/^titel: .*$/m, 'titel: !!binary aGFsbG8='), 'reject');
addText('paginas', '!!js/function tag', (s) => s.replace(/^titel: .*$/m, 'titel: !!js/function "function(){return 1}"'), 'reject');
addText('paginas', 'onbekende tag', (s) => s.replace(/^titel: .*$/m, 'titel: !vreemd hallo'), 'reject');
addText('paginas', 'titel is een datum', (s) => s.replace(/^titel: .*$/m, 'titel: 2026-03-14'), 'reject');
addText('paginas', 'titel is een tijdstip', (s) => s.replace(/^titel: .*$/m, 'titel: 2026-03-14 10:00:00'), 'reject');
addText('paginas', 'titel yes (YAML 1.1-boolean)', (s) => s.replace(/^titel: .*$/m, 'titel: yes'), 'accept');
addText('paginas', 'titel ~ (null)', (s) => s.replace(/^titel: .*$/m, 'titel: ~'), 'reject');
addText('paginas', 'titel 0x1F (getal)', (s) => s.replace(/^titel: .*$/m, 'titel: 0x1F'), 'reject');
addText('paginas', 'titel #hashtag (commentaar)', (s) => s.replace(/^titel: .*$/m, 'titel: #hashtag'), 'reject');
addText('paginas', "titel '#hashtag'", (s) => s.replace(/^titel: .*$/m, "titel: '#hashtag'"), 'accept');
addText('paginas', 'titel @begin', (s) => s.replace(/^titel: .*$/m, 'titel: @vief'), 'reject');
addText('paginas', 'titel met dubbele punt', (s) => s.replace(/^titel: .*$/m, 'titel: Let op: dit'), 'reject');
addText('paginas', 'titel met escapes', (s) => s.replace(/^titel: .*$/m, 'titel: "Zeg \\"hoi\\" \\u00e9"'), 'accept');
addText('paginas', "titel met ''", (s) => s.replace(/^titel: .*$/m, "titel: 'It''s ons huis'"), 'accept');
addText('paginas', 'titel als blok | (meer regels)', (s) => s.replace(/^titel: .*$/m, 'titel: |\n  Regel een\n  Regel twee'), 'reject');
addText('paginas', 'titel als gevouwen blok >', (s) => s.replace(/^titel: .*$/m, 'titel: >\n  Over\n  ons'), 'accept');
addText('paginas', 'titel geneste lijst', (s) => s.replace(/^titel: .*$/m, 'titel: [[[[[x]]]]]'), 'reject');
addText('paginas', 'tab als inspringing', (s) => s.replace(/^titel: .*$/m, 'titel:\n\tOver ons'), 'reject');
addText('paginas', 'Titel met hoofdletter', (s) => s.replace(/^titel:/m, 'Titel:'), 'reject');
addText('paginas', 'veld tussen aanhalingstekens', (s) => s.replace(/^titel:/m, '"titel":'), 'accept');
addText('paginas', 'commentaar in de gegevens', (s) => s.replace(/^titel:/m, '# opmerking van de redactie\ntitel:'), 'accept');
addText('paginas', 'gegevens als {…}', (s) => s.replace(/^---\n[\s\S]*?\n---/, '---\n{titel: Over ons, samenvatting: Wie wij zijn.}\n---'), 'accept');
addText('paginas', 'gegevens als lijst', (s) => s.replace(/^---\n[\s\S]*?\n---/, '---\n- titel\n- samenvatting\n---'), 'reject');
addText('paginas', 'gegevens leeg', (s) => s.replace(/^---\n[\s\S]*?\n---/, '---\n\n---'), 'reject');
addText('paginas', 'slot-streepjes ontbreken', (s) => s.replace(/\n---\n/, '\n'), 'reject');
addText('paginas', 'geen gegevens', (s) => s.replace(/^---\n[\s\S]*?\n---\n/, ''), 'reject');
addText('paginas', 'leeg bestand', () => '', 'reject');
addText('paginas', 'spaties achter ---', (s) => s.replace(/^---\n/, '---   \n'), 'reject');
addText('paginas', 'ongesloten aanhalingsteken', (s) => s.replace(/^titel: (.*)$/m, 'titel: "$1'), 'reject');
addText('rubrieken', 'volgorde 0x1F (hex)', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: 0x1F'), 'accept');
addText('rubrieken', 'volgorde 0o17 (octaal)', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: 0o17'), 'accept');
addText('rubrieken', 'volgorde 1_000', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: 1_000'), 'reject');
addText('rubrieken', 'volgorde .inf', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: .inf'), 'reject');
addText('rubrieken', 'volgorde .nan', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: .nan'), 'reject');
addText('rubrieken', 'volgorde 1e2', (s) => s.replace(/^volgorde: .*$/m, 'volgorde: 1e2'), 'accept');
addText('agenda', 'boolean als yes', (s) => s.replace(/nodig: false/, 'nodig: no'), 'reject');
addText('agenda', 'boolean als True', (s) => s.replace(/nodig: false/, 'nodig: False'), 'accept');
addText('agenda', 'start zonder aanhalingstekens', (s) => s.replace(/^start: "(.*)"$/m, 'start: $1'), 'accept');

// ---------- 7. fields that would be lost, references ----------
addData('artikelen', 'slug in de gegevens', (d) => (d.slug = 'wandelen-in-de-polder'), 'reject');
addData('paginas', 'tikfout in optioneel veld', (d) => (d.bijgewerk = '2026-01-01'), 'reject');
addData('agenda', 'onbekend veld in locatie', (d) => ((d.locatie as Record<string, unknown>).postcode = '3131 AB'), 'reject');
addData('artikelen', 'onbekende rubriek', (d) => (d.rubriek = 'breien'), 'reject');
addData('artikelen', 'onbekend nummer', (d) => (d.nummer = 77), 'reject');
addData('artikelen', 'nummer als tekst', (d) => (d.nummer = '1'), 'accept');
addData('artikelen', 'zelfde auteur twee keer', (d) => (d.auteurs = ['ria-van-dijk', 'ria-van-dijk']), 'accept');
addData('artikelen', 'foto bestaat niet', (d) => (d.afbeelding = '../media/bestaat-niet.jpg'), 'reject');
addData('artikelen', 'foto van het web', (d) => (d.afbeelding = 'https://example.org/foto.jpg'), 'reject');
addData('artikelen', 'foto is geen foto', (d) => (d.afbeelding = '../artikelen/wandelen-in-de-polder.md'), 'reject');
addData('tips', 'kortId al in gebruik', (d) => (d.kortId = 'val1'), 'reject');
addData('nummers', 'nummer ≠ bestandsnaam', (d) => (d.nummer = 5), 'reject');
addData('nummers', 'openingsartikel van een ander nummer', (d) => (d.uitgelicht = 'wandelen-in-de-polder'), 'reject');
addData('initiatieven', 'alleen e-mail als contact', (d) => ((d.email = 'info@example.org'), delete d.telefoon), 'accept');
addData('initiatieven', 'website zonder https', (d) => (d.website = 'www.example.org'), 'reject');
addData('initiatieven', 'website javascript:', (d) => (d.website = 'javascript:alert(1)'), 'reject');
addData('agenda', 'aanmelden nodig zonder contact', (d) => ((d.aanmelden as Record<string, unknown>).nodig = true), 'reject');

// ---------- 8. bodies ----------
addData('artikelen', 'onbekend blok', () => {}, 'reject', 'Tekst\n\n:::kader\nx\n:::\n');
addData('artikelen', 'foto-blok zonder alt', () => {}, 'reject', '::foto{src="../media/omslag.jpg"}\n');
addData('artikelen', 'foto-blok bestaat niet', () => {}, 'reject', '::foto{src="../media/weg.jpg" alt="Weg"}\n');
addData('artikelen', 'Markdown-foto bestaat niet', () => {}, 'reject', 'Kijk: ![Weg](../media/weg.jpg)\n');
addData('artikelen', 'foto-blok dat bestaat', () => {}, 'accept', '::foto{src="../media/omslag.jpg" alt="De polder" bijschrift="Mooi"}\n');
addData('artikelen', 'video van een andere site', () => {}, 'reject', '::video{url="https://example.org/v.mp4" titel="x"}\n');
addData('artikelen', 'alle blokken', () => {}, 'accept', ':::tipkader{titel="Let op"}\nNeem water mee.\n:::\n\n:::citaat{wie="Ria"}\nMooi!\n:::\n\n::video{url="https://www.youtube.com/watch?v=abc" titel="Film"}\n');
addData('artikelen', 'ongesloten blok', () => {}, 'accept', ':::tipkader{titel="Open"}\nNooit gesloten\n');
addData('artikelen', 'ongesloten codeblok', () => {}, 'accept', '```\ncode zonder einde\n');
addData('artikelen', 'tijden en dubbele punten', () => {}, 'accept', 'Om 10:30 uur, tijd:10, zie:foto en a:b[c]{d=e}.\n');
addData('agenda', 'lege tekst', () => {}, 'accept', '');
addData('auteurs', 'tekst bij een auteur (wordt niet getoond)', () => {}, 'reject', 'Ria schrijft graag.\n');
addData('rubrieken', 'tekst bij een rubriek (wordt niet getoond)', () => {}, 'reject', 'Over bewegen.\n');

// ---------- 9. file names and .mdx ----------
const rename = (c: CollectionName, kind: string, name: (n: number) => string, expect: Expect) => addText(c, kind, (s) => s, expect, name);
rename('artikelen', 'hoofdletters in de naam', (n) => `Fuzz-${n}.md`, 'reject');
rename('artikelen', 'spatie in de naam', (n) => `fuzz ${n}.md`, 'reject');
rename('artikelen', 'laag streepje vooraan', (n) => `_fuzz-${n}.md`, 'reject');
rename('artikelen', 'accent in de naam', (n) => `café-${n}.md`, 'reject');
rename('artikelen', '.markdown', (n) => `fuzz-${n}.markdown`, 'reject');
rename('artikelen', '.MD', (n) => `fuzz-${n}.MD`, 'reject');
rename('artikelen', '.txt', (n) => `fuzz-${n}.txt`, 'reject');
rename('paginas', 'pagina "zoeken" (bestaat al)', () => 'zoeken.md', 'reject');
rename('paginas', 'pagina "agenda" (bestaat al)', () => 'agenda.md', 'reject');
rename('paginas', 'pagina "404"', () => '404.md', 'reject');
rename('paginas', 'pagina "admin"', () => 'admin.md', 'reject');
rename('tips', 'tip "controle" (bestaat al)', () => 'controle.md', 'reject');
rename('agenda', 'activiteit "vlaardingen" (filterpagina)', () => 'vlaardingen.md', 'reject');
rename('initiatieven', 'initiatief "ontmoeten" (filterpagina)', () => 'ontmoeten.md', 'reject');
// The fixture article's text has {hou} and <3: fine in .md, code in .mdx. Plain text is fine in both.
addText('artikelen', '.mdx met de tekst van de .md', (s) => s, 'reject', (n) => `fuzz-${n}.mdx`);
addText('artikelen', '.mdx met gewone tekst', (s, n) => s.replace(/\n---\n[\s\S]*$/, `\n---\nGewone tekst, **vet** en een [link](https://example.org).\n\n:::tipkader{titel="Tip"}\nOok blokken.\n:::\n\n${marker(n)}\n`), 'accept', (n) => `fuzz-${n}.mdx`);
addText('artikelen', '.mdx met {expressie}', (s) => `${s}\nTwee is {1 + 1}.\n`, 'reject', (n) => `fuzz-${n}.mdx`);
addText('artikelen', '.mdx met import', (s) => s.replace(/\n---\n/, "\n---\nimport fs from 'node:fs'\n\n"), 'reject', (n) => `fuzz-${n}.mdx`);
addText('artikelen', '.mdx met <3', (s) => `${s}\nIk <3 de buurt.\n`, 'reject', (n) => `fuzz-${n}.mdx`);

// ---------- 10. keys named like built-in object properties (issue 15: they crashed the validator) ----------
const PROTO_KEYS = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable', '__defineGetter__', 'prototype'];
/** Insert `line` into the frontmatter right after the line of `key` (top level when key is undefined). */
function insertAfter(source: string, key: string | undefined, line: string): string {
  if (key === undefined) return source.replace(/^---\n/, `---\n${line}\n`);
  return source.replace(new RegExp(`^(${key}:.*)$`, 'm'), `$1\n${line}`);
}
for (const c of collectionNames) {
  for (const k of PROTO_KEYS) {
    addText(c, `ingebouwde naam bovenaan: ${k}`, (src) => insertAfter(src, undefined, `${k}: x`), 'reject');
    addText(c, `ingebouwde naam bovenaan met gegevens: ${k}`, (src) => insertAfter(src, undefined, `${k}:\n  a: 1`), 'reject');
  }
  // Nested: inside every object field of the fixture (locatie, aanmelden, herhaling, …).
  const template = templates.get(c)!.data;
  for (const [key, child] of Object.entries(fields.get(c)!.shape))
    if (child.kind === 'object' && template[key] && typeof template[key] === 'object' && !Array.isArray(template[key]))
      for (const k of PROTO_KEYS) addText(c, `ingebouwde naam in ${key}: ${k}`, (src) => insertAfter(src, key, `  ${k}: x`), 'reject');
}

// ---------- 11. two files, one address; files in subfolders ----------
const plainBody = (n: number) => `Gewone tekst.\n\n${marker(n)}\n`;
for (const c of collectionNames) {
  // x.md next to x.mdx: one would silently not be published.
  add(c, 'zelfde naam als .md en .mdx', (n) => {
    const source = assemble(c, n, cloneData(c, n), SHOWS_BODY.has(c) ? 'Gewone tekst.\n' : '');
    return { source, name: `${idOf(c, n)}.mdx`, extra: { [`${c}/${idOf(c, n)}.md`]: source } };
  }, 'reject');
  add(c, 'in een submap', (n) => ({ source: assemble(c, n, cloneData(c, n)), name: `submap/${idOf(c, n)}.md` }), 'reject');
  add(c, 'in een verborgen submap', (n) => ({ source: assemble(c, n, cloneData(c, n)), name: `.concept/${idOf(c, n)}.md` }), 'reject');
  add(c, 'twee submappen diep', (n) => ({ source: assemble(c, n, cloneData(c, n)), name: `a/b/${idOf(c, n)}.md` }), 'reject');
}
void plainBody;

// ---------- 12. addresses of feeds and other files next to the pages ----------
rename('tips', 'tip "rss" (naast /tips/rss.xml)', () => 'rss.md', 'reject');
rename('tips', 'tip "delen" (naast /tips/delen.js)', () => 'delen.md', 'reject');
rename('tips', 'tip "og" (map van de deelafbeeldingen)', () => 'og.md', 'reject');
rename('paginas', 'pagina "rss" (naast /rss.xml)', () => 'rss.md', 'reject');
rename('paginas', 'pagina "robots" (naast /robots.txt)', () => 'robots.md', 'reject');
rename('paginas', 'pagina "favicon" (naast /favicon.svg)', () => 'favicon.md', 'reject');

// ---------- 13. photos that are not photos ----------
const JPEG = fs.readFileSync(path.join(FIXTURES, 'media', 'omslag.jpg'));
const SVG_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>';
const SVG_CLEAN = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const PHOTOS: Array<[string, string, string | Buffer, Expect]> = [
  ['echte jpg', 'jpg', JPEG, 'accept'],
  ['jpg van 0 bytes', 'jpg', Buffer.alloc(0), 'reject'],
  ['tekst met de naam .jpg', 'jpg', 'Dit is geen foto maar tekst.\n', 'reject'],
  ['HTML met de naam .jpg', 'jpg', '<html><script>alert(1)</script></html>', 'reject'],
  ['SVG met script', 'svg', SVG_SCRIPT, 'reject'],
  ['SVG zonder script', 'svg', SVG_CLEAN, 'reject'],
  ['SVG met de naam .jpg', 'jpg', SVG_SCRIPT, 'reject'],
  ['PDF met de naam .png', 'png', '%PDF-1.4\n%\n', 'reject'],
  ['jpg met hoofdletters JPG', 'JPG', JPEG, 'accept'],
  ['foto zonder extensie', '', JPEG, 'reject'],
  ['.html als foto', 'html', '<p>x</p>', 'reject'],
];
const photoCollections: Array<[CollectionName, string]> = [['artikelen', 'afbeelding'], ['auteurs', 'foto'], ['nummers', 'omslag']];
for (const [kind, ext, bytes, expect] of PHOTOS) {
  for (const [c, field] of photoCollections) {
    add(c, `fotoveld ${field}: ${kind}`, (n) => {
      const file = `fuzz-foto-${n}${ext ? `.${ext}` : ''}`;
      const d = cloneData(c, n);
      d[field] = `../media/${file}`;
      if (c === 'artikelen') d.afbeeldingAlt = 'Een foto';
      if (c === 'auteurs') d.fotoAlt = 'Een portret';
      return { source: assemble(c, n, d), extra: { [`media/${file}`]: bytes } };
    }, expect);
  }
  add('artikelen', `foto in de tekst: ${kind}`, (n) => {
    const file = `fuzz-tekstfoto-${n}${ext ? `.${ext}` : ''}`;
    return { source: assemble('artikelen', n, cloneData('artikelen', n), `::foto{src="../media/${file}" alt="Een foto"}\n`), extra: { [`media/${file}`]: bytes } };
  }, expect);
  add('artikelen', `Markdown-foto in de tekst: ${kind}`, (n) => {
    const file = `fuzz-mdfoto-${n}${ext ? `.${ext}` : ''}`;
    return { source: assemble('artikelen', n, cloneData('artikelen', n), `Kijk: ![Een foto](../media/${file})\n`), extra: { [`media/${file}`]: bytes } };
  }, expect);
}
addData('artikelen', 'foto in de tekst is een ander bestand van de site', () => {}, 'reject', '![Geheim](../rubrieken/bewegen.md)\n');
addData('artikelen', 'foto in de tekst is de instellingen', () => {}, 'reject', '::foto{src="../site.json" alt="x"}\n');
addData('artikelen', 'fotoveld wijst naar een map', (d) => (d.afbeelding = '../media'), 'reject');

export const enumerated = mutations.length;

// ---------- 14. seeded random mutations (no expectation: only the rules) ----------
for (let i = 0; i < 200; i++) {
  const c = pick(collectionNames);
  const node = fields.get(c)!;
  const key = pick(Object.keys(node.shape));
  const value = pick<() => unknown>([
    () => randomText(30),
    () => randomText(400),
    () => Math.floor(random() * 2000) - 500,
    () => random() < 0.5,
    () => [randomText(10), randomText(10)],
    () => `${1900 + Math.floor(random() * 200)}-${String(Math.floor(random() * 14)).padStart(2, '0')}-${String(Math.floor(random() * 33)).padStart(2, '0')}`,
  ])();
  addData(c, `willekeurig: ${key}`, (d) => (d[key] = value), undefined);
}
for (let i = 0; i < 150; i++) {
  const c = pick(collectionNames);
  addText(c, 'willekeurig: teken in de gegevens', (s) => {
    const end = s.indexOf('\n---', 4);
    const at = 4 + Math.floor(random() * (end - 4));
    return s.slice(0, at) + pick([...':#-{}[]!&*|>%@`\'"', '\n', '\t', '  ', '\u0000', '🙂']) + s.slice(at);
  }, undefined);
}

// ---------- running ----------
export let work = '';
let content = '';
export const outcomes = new Map<number, Outcome>();

function classify(m: Mutation): Outcome {
  const dir = path.join(content, m.collection);
  const file = path.join(dir, m.name);
  const written = [file, ...Object.keys(m.extra ?? {}).map((rel) => path.join(content, rel))];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, m.source);
  for (const [rel, bytes] of Object.entries(m.extra ?? {})) fs.writeFileSync(path.join(content, rel), bytes);
  try {
    const { entries, problems } = validateContent(work, 'content');
    if (problems.length === 0) {
      const id = m.name.replace(/\.mdx?$/, '');
      const entry = entries.find((e) => e.collection === m.collection && e.id === id);
      if (!entry) return { kind: 'crash', error: `geaccepteerd maar niet in de lijst van stukken: ${m.name}` };
      return { kind: 'accepted', titel: String(entry.data.titel ?? entry.data.naam), data: entry.data };
    }
    return { kind: 'rejected', problems };
  } catch (e) {
    return { kind: 'crash', error: (e as Error).stack ?? String(e) };
  } finally {
    for (const f of written) fs.rmSync(f);
    // An emptied subfolder of the mutation goes too.
    for (let d = path.dirname(file); d !== dir && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
  }
}

/** Write a mutation (and the files it needs) into a content folder. */
export function writeMutation(site: string, m: Mutation): void {
  fs.mkdirSync(path.dirname(path.join(site, m.collection, m.name)), { recursive: true });
  fs.writeFileSync(path.join(site, m.collection, m.name), m.source);
  for (const [rel, bytes] of Object.entries(m.extra ?? {})) fs.writeFileSync(path.join(site, rel), bytes);
}

const started = Date.now();
beforeAll(() => {
  fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
  work = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'content-fuzz-'));
  content = path.join(work, 'content');
  fs.cpSync(FIXTURES, content, { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'content/site.json'), path.join(content, 'site.json'));
  for (const m of mutations) outcomes.set(m.n, classify(m));
  console.log(`content-fuzz: ${mutations.length} mutaties gevalideerd in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(() => {
  if (work && !process.env.KEEP_FUZZ) fs.rmSync(work, { recursive: true, force: true });
  console.log(`content-fuzz: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

export const accepted = () => mutations.filter((m) => outcomes.get(m.n)?.kind === 'accepted');
export const rejected = () => mutations.filter((m) => outcomes.get(m.n)?.kind === 'rejected');
export const describeM = (m: Mutation) => `#${m.n} ${m.collection}/${m.name} (${m.kind})`;

