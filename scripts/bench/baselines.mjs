/**
 * Baselines for the build times, built from the very same artikelen (content/artikelen and
 * content/media of a bench size) in the same run, so the figures can be read as ratios that
 * survive a noisy machine:
 *   - "kaal Astro": a minimal Astro project with only the MDX integration, one content collection
 *     (the artikelen, as .md like the CMS writes them, with the photo through image()) and one page
 *     template (plus a home page listing the newest twenty). node_modules is the project's own,
 *     through a symlink, so nothing is installed. This is what the same Astro costs for the same
 *     articles without the magazine's features;
 *   - Hugo (Debian package `hugo`), the same Markdown with a one-file layout, no image processing:
 *     the practical speed limit for a static site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, astroPhases, run } from './build.mjs';
import { htmlFiles } from './page-weight.mjs';

const BIN = path.join(ROOT, 'node_modules', '.bin');

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  site: 'https://voorbeeld.example',
  integrations: [mdx()],
  cacheDir: './.bench-cache/',
  devToolbar: { enabled: false },
  vite: { cacheDir: './.bench-cache/vite/' },
});
`;
const BARE_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  artikelen: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/artikelen' }),
    schema: ({ image }) => z.object({
      titel: z.string(),
      samenvatting: z.string(),
      publicatiedatum: z.coerce.date(),
      afbeelding: image().optional(),
      afbeeldingAlt: z.string().optional(),
    }),
  }),
};
`;
const BARE_LAYOUT = `---
const { title } = Astro.props;
---
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body><main><slot /></main></body></html>
`;
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
import Layout from '../../Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('artikelen')).map((artikel) => ({ params: { slug: artikel.id }, props: { artikel } }));
}
const { artikel } = Astro.props;
const { Content } = await render(artikel);
const d = artikel.data;
---
<Layout title={d.titel}>
  <article>
    <h1>{d.titel}</h1>
    <p>{d.samenvatting}</p>
    <p><time datetime={d.publicatiedatum.toISOString()}>{d.publicatiedatum.toLocaleDateString('nl-NL')}</time></p>
    {d.afbeelding && <Image src={d.afbeelding} alt={d.afbeeldingAlt ?? ''} widths={[480, 800, 1200]} sizes="(min-width: 860px) 38rem, 92vw" />}
    <Content />
  </article>
</Layout>
`;
const BARE_HOME = `---
import { getCollection } from 'astro:content';
import Layout from '../Layout.astro';
const list = (await getCollection('artikelen')).sort((a, b) => b.data.publicatiedatum.getTime() - a.data.publicatiedatum.getTime()).slice(0, 20);
---
<Layout title="Kaal"><ul>{list.map((a) => <li><a href={\`/artikelen/\${a.id}/\`}>{a.data.titel}</a></li>)}</ul></Layout>
`;

/** Build the bare Astro baseline for the artikelen in `content` (a content folder). */
export function bareAstro({ tmp, name, content, log }) {
  const root = path.join(tmp, name);
  fs.mkdirSync(path.join(root, 'src/pages/artikelen'), { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'kaal-astro', private: true, type: 'module' }));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), BARE_CONFIG);
  fs.writeFileSync(path.join(root, 'src/content.config.ts'), BARE_COLLECTIONS);
  fs.writeFileSync(path.join(root, 'src/Layout.astro'), BARE_LAYOUT);
  fs.writeFileSync(path.join(root, 'src/pages/artikelen/[slug].astro'), BARE_PAGE);
  fs.writeFileSync(path.join(root, 'src/pages/index.astro'), BARE_HOME);
  for (const dir of ['artikelen', 'media']) {
    if (fs.existsSync(path.join(content, dir))) fs.cpSync(path.join(content, dir), path.join(root, 'content', dir), { recursive: true });
  }
  const files = fs.readdirSync(path.join(root, 'content/artikelen'));
  const ext = [...new Set(files.map((f) => path.extname(f)))].join(' + ');
  log(`${name}: astro build`);
  const r = run(root, path.join(BIN, 'astro'), ['build']);
  return { name, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakMb: r.peakMb, phases: astroPhases(r.stdout), pages: htmlFiles(path.join(root, 'dist')).length, articles: files.length, ext };
}

export function hugoVersion() {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

const HUGO_CONFIG = `baseURL = "https://voorbeeld.example/"
languageCode = "nl"
title = "Kaal"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[frontmatter]
  date = ["publicatiedatum", ":default"]
[markup.goldmark.renderer]
  unsafe = false
`;
const HUGO_SINGLE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ .Params.titel }}</title></head>
<body><main><article><h1>{{ .Params.titel }}</h1><p>{{ .Params.samenvatting }}</p><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ .Content }}</article></main></body></html>
`;
const HUGO_LIST = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Params.titel }}</a></li>{{ end }}</ul></body></html>
`;

/** Build the Hugo baseline for the artikelen in `content`; { missing } when hugo is not installed. */
export function hugo({ tmp, name, content, log }) {
  const version = hugoVersion();
  if (!version) return { name, missing: 'Hugo ontbreekt: installeer het met `sudo apt-get install -y hugo` (Debian-pakket hugo).' };
  const root = path.join(tmp, name);
  fs.mkdirSync(path.join(root, 'layouts/_default'), { recursive: true });
  fs.writeFileSync(path.join(root, 'config.toml'), HUGO_CONFIG);
  fs.writeFileSync(path.join(root, 'layouts/_default/single.html'), HUGO_SINGLE);
  fs.writeFileSync(path.join(root, 'layouts/_default/list.html'), HUGO_LIST);
  fs.writeFileSync(path.join(root, 'layouts/index.html'), HUGO_LIST);
  fs.cpSync(path.join(content, 'artikelen'), path.join(root, 'content/artikelen'), { recursive: true });
  log(`${name}: hugo`);
  const r = run(root, 'hugo', ['--quiet', '--destination', 'public']);
  return { name, version, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakMb: r.peakMb, pages: htmlFiles(path.join(root, 'public')).length };
}
