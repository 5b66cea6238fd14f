/**
 * Validates every file under content/ in one run and lists *all* problems at once, in Dutch
 * for the editor plus the exact file and field path for a developer. Runs before every build
 * (integration in astro.config.mjs) and as `npm run check:content`.
 *
 * Astro's own schema validation still runs afterwards; this pass adds what Astro does not do:
 * reference checks (an artikel's rubriek must exist), cross-file rules (unique tip codes,
 * nummer file name = nummer) and messages an editor understands.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter as astroParseFrontmatter } from 'astro/markdown';
import { checkMarkdown } from './markdown/check';
import { checkMdx } from './markdown/mdx-policy';
import { z } from 'astro/zod';
import { registry, referencesOf, schemas, collectionNames, type CollectionName, type SchemaContext } from '../schemas/index';
import { activiteitThemaLabels, gemeenteSlugs, recordingPath } from '../schemas/helpers';
import { siteSchema } from '../schemas/site';
import { PARTNER_AGENDAS_FILE, partnerAgendasSchema } from '../schemas/partner-agendas';
import { plainContext } from './schema-context';
import { photoFileProblem, photoNameProblem } from './image-file';
import { audioFileProblem, audioNameProblem } from './audio-file';
import { unwrapSchema } from './zod-unwrap';
import { reservedSlugs } from './agenda-words';


export interface ContentProblem {
  /** Path relative to the project root, e.g. content/artikelen/wandelen.md */
  file: string;
  /** Dotted field path, e.g. locatie.gemeente ('' for the file as a whole) */
  field: string;
  /** Dutch, for the editor */
  message: string;
}

export interface ContentEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const dutchErrors = z.locales.nl().localeError;
const CONTENT_EXT = /\.(md|mdx)$/;

/** What a YAML mistake means, in Dutch (codes of the `yaml` package). */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'een veld staat er twee keer in',
  BAD_INDENT: 'een regel springt niet goed in, of er ontbreekt een afsluitend haakje ] of }',
  TAB_AS_INDENT: 'er wordt ingesprongen met een tab; gebruik spaties',
  MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels, of er ontbreekt een dubbele punt',
  BAD_DQ_ESCAPE: 'een tekst tussen "…" bevat een ongeldige \\-code',
  MULTIPLE_DOCS: 'er staat een extra regel "---" in de gegevens',
  BLOCK_AS_IMPLICIT_KEY: 'een regel heeft een dubbele punt op een plek waar dat niet kan',
  UNEXPECTED_TOKEN: 'er staat een teken op een plek waar het niet kan',
  BAD_SCALAR_START: 'een waarde begint met een teken dat niet mag (zet de tekst tussen aanhalingstekens)',
  BAD_ALIAS: 'een verwijzing met * klopt niet',
};

/** Split "---\nyaml\n---\nbody" into frontmatter object and body. */
export function parseFrontmatter(source: string): { data: unknown; body: string; error?: string } {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: undefined, body: text, error: 'het bestand begint niet met een kopje tussen twee regels "---" (de gegevens van het stuk ontbreken)' };
  // Fast path: js-yaml with the YAML 1.2 core schema (dates stay text) reads the same data as the
  // `yaml` package below, ~7× faster (2,376 files: 94 vs 703 ms; identical results). Only when it
  // refuses the text do we ask `yaml`, whose errors carry the line and a code we explain in Dutch.
  try {
    return { data: loadYaml(match[1], { schema: CORE_SCHEMA }), body: match[2] };
  } catch {
    /* explained below */
  }
  try {
    const doc = YAML.parseDocument(match[1], { uniqueKeys: true });
    if (doc.errors.length) {
      const e = doc.errors[0];
      // linePos counts from the first line after the opening "---", which is line 2 of the file.
      const line = e.linePos?.[0]?.line;
      const where = line ? ` (regel ${line + 1})` : '';
      const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { data: undefined, body: match[2], error: `de gegevens bovenaan zijn niet goed opgeschreven${where}: ${YAML_ERRORS[e.code] ?? 'dit is geen geldige YAML'} [${detail}]` };
    }
    return { data: doc.toJS({ maxAliasCount: 50 }), body: match[2] };
  } catch (e) {
    return { data: undefined, body: match[2], error: `de gegevens bovenaan zijn niet te lezen: ${(e as Error).message.split('\n')[0]}` };
  }
}

/**
 * The frontmatter as Astro's content layer reads it (js-yaml through astro/markdown). It differs
 * from the `yaml` package above in places: unquoted dates become Dates (so `titel: 2026-03-14` is
 * not text), `<<` merges, some characters and tags are refused. Validating this too means that
 * whatever passes here also passes Astro's own schema check, which stops the build in English.
 */
function astroFrontmatter(source: string): { data?: unknown; error?: string } {
  try {
    return { data: astroParseFrontmatter(source).frontmatter };
  } catch (e) {
    const message = (e as Error).message.split('\n')[0];
    const line = /\((\d+):\d+\)/.exec(message)?.[1];
    return { error: `de gegevens bovenaan zijn niet goed opgeschreven${line ? ` (regel ${line})` : ''}: de bouw van de website kan ze niet lezen [${message}]` };
  }
}

/**
 * Fields the schema does not know. zod drops them without a word, so a misspelt optional field
 * (`bijgewerk:`) or a `slug:` (which would silently change the page's address) would be lost.
 */
function unknownFields(schema: z.ZodType, data: unknown, at: PropertyKey[] = []): ContentProblem['field'][] {
  const s = unwrapSchema(schema);
  if (s instanceof z.ZodObject && data && typeof data === 'object' && !Array.isArray(data)) {
    const shape = s.shape as Record<string, z.ZodType>;
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      // Object.hasOwn: a key named like a built-in property (toString, constructor, __proto__) is
      // an unknown field, not the schema's inherited method (issue 15: it crashed the validator).
      Object.hasOwn(shape, key) ? unknownFields(shape[key], value, [...at, key]) : [fieldPath([...at, key])],
    );
  }
  if (s instanceof z.ZodArray && Array.isArray(data)) return data.flatMap((item, i) => unknownFields(s.element as z.ZodType, item, [...at, i]));
  return [];
}

/** Image fields: the file must exist next to the content (Astro's build stops on a missing image with a stack trace). */
function fileContext(dir: string): SchemaContext {
  return {
    ...plainContext,
    // Recordings (issue 19): the file must exist next to the content and be an MP3/M4A of a sane size.
    audio: () =>
      recordingPath().superRefine((value, ctx) => {
        if (audioNameProblem(value)) return;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/'))
          ctx.addIssue({ code: 'custom', message: `"${value}" is geen opname uit de mediabibliotheek; kies de opname in het CMS (bijvoorbeeld ../media/opname.mp3)` });
        else if (!fs.existsSync(path.resolve(dir, value)) || !fs.statSync(path.resolve(dir, value)).isFile())
          ctx.addIssue({ code: 'custom', message: `de opname "${value}" bestaat niet (gezocht in ${path.relative(process.cwd(), path.resolve(dir, value)) || value})` });
        else {
          const problem = audioFileProblem(path.resolve(dir, value), value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }
      }),
    image: () =>
      plainContext.image().superRefine((input, ctx) => {
        // Outside Astro the value is the path as written (the type is what Astro's image() gives).
        const value: unknown = input;
        // A wrong kind of file by name is already said by plainContext.
        if (typeof value !== 'string' || photoNameProblem(value)) return;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/'))
          ctx.addIssue({ code: 'custom', message: `"${value}" is geen foto uit de mediabibliotheek; kies de foto in het CMS (bijvoorbeeld ../media/foto.jpg)` });
        else if (!fs.existsSync(path.resolve(dir, value)) || !fs.statSync(path.resolve(dir, value)).isFile())
          ctx.addIssue({ code: 'custom', message: `de foto "${value}" bestaat niet (gezocht in ${path.relative(process.cwd(), path.resolve(dir, value)) || value})` });
        else {
          const problem = photoFileProblem(path.resolve(dir, value), value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }
      }),
  };
}

/** One schema per collection and folder (building a zod schema is costly; images resolve per folder). */
const schemaCache = new Map<string, z.ZodType>();
function schemaFor(collection: CollectionName, dir: string): z.ZodType {
  const key = `${collection}\0${dir}`;
  if (!schemaCache.has(key)) schemaCache.set(key, schemas[collection](fileContext(dir)) as z.ZodType);
  return schemaCache.get(key)!;
}


const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
let reservedCache: Map<CollectionName, Set<string>> | undefined;

/**
 * File names a collection cannot use because another page already has that address: a pagina
 * "zoeken" or a tip "controle" would be silently left out (the fixed page wins), an activity or
 * initiatief named after a gemeente or thema would clash with a filter page.
 */
export function reservedIds(collection: CollectionName): Set<string> {
  if (!reservedCache) {
    reservedCache = new Map();
    const names = (dir: string) =>
      fs.existsSync(dir)
        ? // A route file's address starts with its name up to the first dot (rss.xml.ts → rss.xml):
          // an entry of that name would share its folder (a tip "rss" failed the build, issue 15).
          fs.readdirSync(dir).filter((n) => !n.startsWith('[') && !n.startsWith('.')).map((n) => n.replace(/\..*$/, '')).filter((n) => n && n !== 'index')
        : [];
    const filters = reservedSlugs(gemeenteSlugs, Object.keys(activiteitThemaLabels));
    for (const c of collectionNames) {
      const set = new Set(names(path.join(PAGES_DIR, registry[c].routeDir)));
      if (c === 'paginas') for (const n of [...names(PUBLIC_DIR), 'pagefind', 'admin']) set.add(n);
      if (c === 'agenda' || c === 'initiatieven') for (const n of filters) set.add(n);
      reservedCache.set(c, set);
    }
  }
  return reservedCache.get(collection)!;
}

function fieldPath(p: PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[');
}

function label(schemaPath: string): string {
  return schemaPath || 'het bestand';
}

/** Validate one collection's file contents; returns parsed data or problems. */
export function validateEntry(collection: CollectionName, file: string, source: string, absPath = path.resolve(file)): { entry?: ContentEntry; problems: ContentProblem[] } {
  const id = path.basename(file).replace(CONTENT_EXT, '');
  const problems: ContentProblem[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    problems.push({ file, field: '', message: `de bestandsnaam "${id}" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten` });
  else if (reservedIds(collection).has(id))
    problems.push({ file, field: '', message: `de bestandsnaam "${id}" kan niet: dat webadres is al van een andere pagina van de website; kies een andere naam` });
  const { data, body, error } = parseFrontmatter(source);
  if (error) return { problems: [...problems, { file, field: '', message: error }] };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { problems: [...problems, { file, field: '', message: 'de gegevens bovenaan ontbreken of zijn geen lijst van velden' }] };
  const astro = astroFrontmatter(source);
  if (astro.error) return { problems: [...problems, { file, field: '', message: astro.error }] };
  const schema = schemaFor(collection, path.dirname(absPath));
  const result = schema.safeParse(data, { error: dutchErrors });
  const reported = new Set<string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path);
      reported.add(field);
      problems.push({ file, field, message: missing(data, issue) ? MISSING : issue.message });
    }
  }
  // The same schema on the data as Astro will read it (see astroFrontmatter).
  const asAstro = schema.safeParse(astro.data, { error: dutchErrors });
  if (!asAstro.success) {
    for (const issue of asAstro.error.issues) {
      const field = fieldPath(issue.path);
      if (reported.has(field)) continue;
      reported.add(field);
      const asDate = valueAt(astro.data, issue.path) instanceof Date && typeof valueAt(data, issue.path) === 'string';
      problems.push({ file, field, message: asDate ? `wordt als datum gelezen; zet de tekst tussen aanhalingstekens ("…")` : missing(astro.data, issue) ? MISSING : issue.message });
    }
  }
  for (const field of unknownFields(schema, data)) {
    problems.push({
      file,
      field,
      message: field === 'slug'
        ? 'dit veld kan niet: het webadres komt uit de bestandsnaam (een "slug" zou het stilletjes veranderen); haal het weg'
        : 'is geen bekend veld en zou verloren gaan; staat er een tikfout in de naam? Haal het weg of verbeter het',
    });
  }
  // The body: content blocks and photos must be right (Astro would only log these and publish an empty page).
  // An .mdx body is also a program: only whitelisted components, no code (see markdown/mdx-policy.ts).
  if (/\.mdx$/.test(file)) {
    for (const v of checkMdx(body, pathToFileURL(absPath)))
      problems.push({ file, field: v.line ? `tekst, regel ${v.line}` : 'tekst', message: v.problem });
  }
  // Whether a collection has text, and whether it is required, is what the CMS shows (src/schemas/registry.ts).
  const bodyInfo = registry[collection].body;
  if (!bodyInfo && body.trim())
    problems.push({ file, field: 'tekst', message: 'tekst onder de gegevens wordt bij dit soort stuk nergens getoond en zou verloren gaan; zet het in een veld of haal het weg' });
  else if (bodyInfo && bodyInfo.required && !body.trim())
    problems.push({ file, field: 'tekst', message: `ontbreekt; schrijf de tekst onder de gegevens (in het CMS: "${bodyInfo.label}")` });
  else if (!problems.some((p) => p.field.startsWith('tekst'))) {
    const bodyProblem = checkMarkdown(body, pathToFileURL(absPath));
    if (bodyProblem) problems.push({ file, field: bodyProblem.line ? `tekst, regel ${bodyProblem.line}` : 'tekst', message: bodyProblem.problem });
  }
  if (!result.success || !asAstro.success) return { problems };
  return { entry: { collection, id, file, data: result.data as Record<string, unknown>, body }, problems };
}

const MISSING = 'ontbreekt; dit veld is verplicht';

/** A required field that is not there at all (zod says "expected string, received undefined"). */
function missing(data: unknown, issue: { code: string; path: PropertyKey[] }): boolean {
  if (issue.code !== 'invalid_type' || issue.path.length === 0) return false;
  const parent = valueAt(data, issue.path.slice(0, -1));
  return !!parent && typeof parent === 'object' && !Object.hasOwn(parent, issue.path.at(-1)!);
}

function valueAt(data: unknown, at: PropertyKey[]): unknown {
  return at.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** Cross-file checks: references exist, unique codes, nummer numbering. */
export function checkRelations(entries: ContentEntry[], existing: Array<{ collection: CollectionName; id: string }> = entries): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // `existing` includes files that failed validation: they exist, so pointing at them is not a second error.
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set()]));
  for (const e of existing) ids.get(e.collection)!.add(e.id);
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));

  // Which fields refer to which collection, and what an entry is called, come from the registry.
  const refs = new Map(collectionNames.map((c) => [c, referencesOf(c)]));
  for (const e of entries) {
    for (const [fieldName, target] of refs.get(e.collection) ?? []) {
      const value = e.data[fieldName];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      values.forEach((v, i) => {
        if (!ids.get(target)!.has(String(v)))
          problems.push({
            file: e.file,
            field: Array.isArray(value) ? `${fieldName}[${i}]` : fieldName,
            message: `verwijst naar ${registry[target].singular} "${v}", maar die bestaat niet (content/${registry[target].folder}/${v}.md ontbreekt)`,
          });
      });
    }
  }
  const codes = new Map<string, string>();
  for (const e of entries.filter((x) => x.collection === 'tips')) {
    const code = String(e.data.kortId);
    if (codes.has(code)) problems.push({ file: e.file, field: 'kortId', message: `de code "${code}" wordt al gebruikt door ${codes.get(code)}` });
    else codes.set(code, e.file);
  }
  for (const e of entries.filter((x) => x.collection === 'nummers')) {
    if (String(e.data.nummer) !== e.id)
      problems.push({ file: e.file, field: 'nummer', message: `het nummer (${e.data.nummer}) moet gelijk zijn aan de bestandsnaam (${e.id})` });
    const lead = e.data.uitgelicht as string | undefined;
    if (lead && byKey.get(`artikelen/${lead}`) && byKey.get(`artikelen/${lead}`)!.data.nummer !== e.id)
      problems.push({ file: e.file, field: 'uitgelicht', message: `het artikel "${lead}" hoort niet bij dit nummer` });
  }
  return problems;
}

/** Read and validate everything under contentDir. */
export function validateContent(root: string, contentDir = 'content'): { entries: ContentEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const entries: ContentEntry[] = [];
  const existing: Array<{ collection: CollectionName; id: string }> = [];
  const abs = path.resolve(root, contentDir);
  // The site config is always the project's own (it is imported by the schemas and the pages).
  const siteFile = path.join('content', 'site.json');
  try {
    const site = siteSchema.safeParse(JSON.parse(fs.readFileSync(path.resolve(root, siteFile), 'utf8')), { error: dutchErrors });
    if (!site.success) for (const i of site.error.issues) problems.push({ file: siteFile, field: fieldPath(i.path), message: i.message });
  } catch (e) {
    problems.push({ file: siteFile, field: '', message: `is niet te lezen: ${(e as Error).message}` });
  }
  for (const collection of collectionNames) {
    const dir = path.join(abs, registry[collection].folder);
    if (!fs.existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const name of fs.readdirSync(dir).sort()) {
      const rel = path.join(contentDir, registry[collection].folder, name);
      if (!CONTENT_EXT.test(name)) {
        const isDir = fs.statSync(path.join(dir, name)).isDirectory();
        if (isDir) {
          // Astro reads subfolders too, but their pages would have no address (the build stops);
          // hidden ones it skips, so a file there would silently never be published.
          for (const inner of filesUnder(path.join(dir, name)).filter((f) => CONTENT_EXT.test(f)))
            problems.push({ file: path.join(rel, inner), field: '', message: `staat in een submap; stukken staan direct in ${path.join(contentDir, registry[collection].folder)}/ (zet het bestand daar of haal het weg)` });
        } else if (!isDir && !name.startsWith('.'))
          problems.push({ file: rel, field: '', message: 'dit bestand wordt niet gelezen: stukken eindigen op .md (of .mdx voor handgeschreven pagina\'s)' });
        continue;
      }
      const id = name.replace(CONTENT_EXT, '');
      // x.md and x.mdx would be one page: the build keeps one and silently drops the other.
      if (seen.has(id)) {
        problems.push({ file: rel, field: '', message: `er is al een stuk met de naam "${id}" (${seen.get(id)}); twee bestanden kunnen niet hetzelfde webadres hebben: geef dit bestand een andere naam of haal er een weg` });
        continue;
      }
      seen.set(id, rel);
      existing.push({ collection, id });
      const result = validateEntry(collection, rel, fs.readFileSync(path.join(dir, name), 'utf8'), path.join(dir, name));
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  problems.push(...checkRelations(entries, existing));
  problems.push(...checkPartnerAgendas(abs, path.join(contentDir, PARTNER_AGENDAS_FILE), new Set(existing.filter((e) => e.collection === 'initiatieven').map((e) => e.id))));
  return { entries, problems };
}

/**
 * content/partner-agendas.json (issue 18, point 2), when there is one: the same schema as the CMS
 * and the import use, and every organisator must be in the wegwijzer.
 */
export function checkPartnerAgendas(contentAbs: string, rel: string, initiatieven: Set<string>): ContentProblem[] {
  const file = path.join(contentAbs, PARTNER_AGENDAS_FILE);
  if (!fs.existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return [{ file: rel, field: '', message: `is niet te lezen: ${(e as Error).message.split('\n')[0]}` }];
  }
  const schema = partnerAgendasSchema(plainContext);
  const result = schema.safeParse(raw, { error: dutchErrors });
  const problems: ContentProblem[] = [];
  if (!result.success) for (const i of result.error.issues) problems.push({ file: rel, field: fieldPath(i.path), message: missing(raw, i) ? MISSING : i.message });
  for (const field of unknownFields(schema, raw)) problems.push({ file: rel, field, message: 'is geen bekend veld en zou verloren gaan; staat er een tikfout in de naam? Haal het weg of verbeter het' });
  if (result.success)
    result.data.agendas.forEach((a, i) => {
      if (!initiatieven.has(String(a.organisator)))
        problems.push({ file: rel, field: `agendas[${i}].organisator`, message: `verwijst naar initiatief "${a.organisator}", maar die bestaat niet (content/${registry.initiatieven.folder}/${a.organisator}.md ontbreekt)` });
    });
  return problems;
}

/** Every file under dir (relative paths). */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(path.join(dir, d.name)).map((f) => path.join(d.name, f)) : [d.name],
  );
}

/** Human-readable report: one line per problem, Dutch first, path for developers. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}${p.field ? ` → veld "${label(p.field)}"` : ''}: ${p.message}`);
  return `De inhoud bevat ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}. Pas deze aan en probeer het opnieuw:\n${lines.join('\n')}`;
}
