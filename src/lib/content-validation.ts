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
import { pathToFileURL } from 'node:url';
import { checkMarkdown } from './markdown/check';
import { z } from 'astro/zod';
import { schemas, collectionNames, type CollectionName } from '../schemas/index';
import { siteSchema } from '../schemas/site';
import { plainContext } from './schema-context';


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

/** Split "---\nyaml\n---\nbody" into frontmatter object and body. */
export function parseFrontmatter(source: string): { data: unknown; body: string; error?: string } {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: undefined, body: text, error: 'het bestand begint niet met een kopje tussen twee regels "---" (de gegevens van het stuk ontbreken)' };
  try {
    const doc = YAML.parseDocument(match[1], { uniqueKeys: true, maxAliasCount: 50 });
    if (doc.errors.length) return { data: undefined, body: match[2], error: `de gegevens bovenaan zijn niet goed opgeschreven: ${doc.errors[0].message.split('\n')[0]}` };
    return { data: doc.toJS({ maxAliasCount: 50 }), body: match[2] };
  } catch (e) {
    return { data: undefined, body: match[2], error: `de gegevens bovenaan zijn niet te lezen: ${(e as Error).message.split('\n')[0]}` };
  }
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
  const { data, body, error } = parseFrontmatter(source);
  if (error) return { problems: [...problems, { file, field: '', message: error }] };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { problems: [...problems, { file, field: '', message: 'de gegevens bovenaan ontbreken of zijn geen lijst van velden' }] };
  const schema = schemas[collection](plainContext) as z.ZodType;
  const result = schema.safeParse(data, { error: dutchErrors });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: fieldPath(issue.path), message: issue.message });
    }
    return { problems };
  }
  // The body: content blocks and photos must be right (Astro would only log these and publish an empty page).
  const bodyProblem = checkMarkdown(body, pathToFileURL(absPath));
  if (bodyProblem) problems.push({ file, field: bodyProblem.line ? `tekst, regel ${bodyProblem.line}` : 'tekst', message: bodyProblem.problem });
  return { entry: { collection, id, file, data: result.data as Record<string, unknown>, body }, problems };
}

/** Cross-file checks: references exist, unique codes, nummer numbering. */
export function checkRelations(entries: ContentEntry[], existing: Array<{ collection: CollectionName; id: string }> = entries): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // `existing` includes files that failed validation: they exist, so pointing at them is not a second error.
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set()]));
  for (const e of existing) ids.get(e.collection)!.add(e.id);
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));

  const refs: Record<string, Array<[string, CollectionName]>> = {
    artikelen: [['rubriek', 'rubrieken'], ['nummer', 'nummers'], ['auteurs', 'auteurs']],
    agenda: [['organisator', 'initiatieven']],
    tips: [['hulp', 'initiatieven']],
    nummers: [['uitgelicht', 'artikelen']],
  };
  const names: Record<CollectionName, string> = {
    rubrieken: 'rubriek', nummers: 'nummer', artikelen: 'artikel', auteurs: 'auteur',
    tips: 'tip', agenda: 'activiteit', initiatieven: 'initiatief', paginas: 'pagina',
  };
  for (const e of entries) {
    for (const [fieldName, target] of refs[e.collection] ?? []) {
      const value = e.data[fieldName];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      values.forEach((v, i) => {
        if (!ids.get(target)!.has(String(v)))
          problems.push({
            file: e.file,
            field: Array.isArray(value) ? `${fieldName}[${i}]` : fieldName,
            message: `verwijst naar ${names[target]} "${v}", maar die bestaat niet (content/${target}/${v}.md ontbreekt)`,
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
    const dir = path.join(abs, collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const rel = path.join(contentDir, collection, name);
      if (!CONTENT_EXT.test(name)) {
        if (!fs.statSync(path.join(dir, name)).isDirectory() && !name.startsWith('.'))
          problems.push({ file: rel, field: '', message: 'dit bestand wordt niet gelezen: stukken eindigen op .md (of .mdx voor handgeschreven pagina\'s)' });
        continue;
      }
      existing.push({ collection, id: name.replace(CONTENT_EXT, '') });
      const result = validateEntry(collection, rel, fs.readFileSync(path.join(dir, name), 'utf8'), path.join(dir, name));
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  problems.push(...checkRelations(entries, existing));
  return { entries, problems };
}

/** Human-readable report: one line per problem, Dutch first, path for developers. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}${p.field ? ` → veld "${label(p.field)}"` : ''}: ${p.message}`);
  return `De inhoud bevat ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}. Pas deze aan en probeer het opnieuw:\n${lines.join('\n')}`;
}
