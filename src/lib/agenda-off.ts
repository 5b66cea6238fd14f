/**
 * The addresses of activities that are off the agenda (hidden by the redactie, or cancelled or gone
 * at the partner: issue 18, src/lib/agenda-import.ts). Their pages stay (a published address never
 * dies) but are noindex, so the sitemap leaves them out too (astro.config.mjs). Read straight from
 * the files: the sitemap filter runs outside Astro's content layer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { inAgenda } from '../schemas/agenda';
import { registry } from '../schemas/registry';

export function offAgendaPaths(contentRoot: string): Set<string> {
  const dir = path.join(contentRoot, registry.agenda.folder);
  const out = new Set<string>();
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(path.join(dir, name), 'utf8'));
    let data: unknown;
    try {
      data = m ? load(m[1], { schema: CORE_SCHEMA }) : undefined;
    } catch {
      continue; // the content check reports it
    }
    if (data && typeof data === 'object' && !inAgenda(data as Parameters<typeof inAgenda>[0])) out.add(`/${registry.agenda.routeDir}/${name.replace(/\.mdx?$/, '')}/`);
  }
  return out;
}
