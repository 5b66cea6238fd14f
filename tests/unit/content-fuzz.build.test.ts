/**
 * Content fuzz test (issue 8, point 2), the builds: all accepted mutations of
 * tests/unit/content-fuzz-cases.ts go into ONE real `astro build` and each must have its page
 * ("never silently dropped"); a build with several rejected files must fail naming every one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content-validation';
import { h1Text, isolatedBuild, projectRoot } from '../isolated-build';
import { accepted, BUILD_NOW, describeM, enumerated, FIXTURES, marker, mutations, outcomes, rejected, SEED, SHOWS_BODY, work, writeMutation, type Outcome } from './content-fuzz-cases';

describe('content fuzz: builds', () => {
  it('builds every accepted mutation in one real astro build, each with its page, title and text', async () => {
    const ok = accepted();
    const site = path.join(work, 'accepted', 'content');
    fs.cpSync(FIXTURES, site, { recursive: true });
    for (const m of ok) writeMutation(site, m);
    // All together must still be valid (no clash between the new files).
    fs.copyFileSync(path.join(projectRoot, 'content/site.json'), path.join(site, 'site.json'));
    expect(validateContent(path.join(work, 'accepted'), 'content').problems).toEqual([]);

    const result = await isolatedBuild(work, 'accepted-build', site, { BUILD_NOW });
    expect(result.ok, result.log.slice(-4000)).toBe(true);
    // The tips' share images were made by the background worker (src/lib/og-background.ts), not as a fallback.
    expect(result.log).not.toMatch(/deelafbeeldingen van de tips worden niet vooraf gemaakt/);
    const now = new Date(BUILD_NOW);
    const missing: string[] = [];
    let pages = 0;
    for (const m of ok) {
      const o = outcomes.get(m.n) as Extract<Outcome, { kind: 'accepted' }>;
      const id = m.name.replace(/\.mdx?$/, '');
      const route = { paginas: '', artikelen: 'artikelen', auteurs: 'auteurs', tips: 'tips', agenda: 'agenda', initiatieven: 'initiatieven', nummers: 'nummers', rubrieken: 'rubriek' }[m.collection];
      const page = path.join(result.outDir, route, id, 'index.html');
      // Articles and nummers appear on their date (scheduled publishing), not before.
      const date = m.collection === 'artikelen' ? o.data.publicatiedatum : m.collection === 'nummers' ? o.data.verschijningsdatum : undefined;
      const due = !(date instanceof Date) || date <= now;
      if (!due) {
        if (fs.existsSync(page)) missing.push(`${describeM(m)}: staat al online vóór de datum`);
        continue;
      }
      if (!fs.existsSync(page)) {
        missing.push(`${describeM(m)}: geen pagina ${path.relative(result.outDir, page)}`);
        continue;
      }
      pages++;
      const html = fs.readFileSync(page, 'utf8');
      if (h1Text(html) !== o.titel) missing.push(`${describeM(m)}: titel ${JSON.stringify(h1Text(html))} ≠ ${JSON.stringify(o.titel)}`);
      if (SHOWS_BODY.has(m.collection) && !html.includes(marker(m.n))) missing.push(`${describeM(m)}: tekst ontbreekt op de pagina`);
    }
    expect(missing).toEqual([]);
    const rej = rejected().length;
    console.log(
      `fuzz: ${mutations.length} mutaties (${enumerated} opgesomd, ${mutations.length - enumerated} willekeurig, seed ${SEED}) — ` +
        `${ok.length} geaccepteerd en gebouwd (${pages} pagina's gecontroleerd, ${ok.length - pages} nog niet verschenen), ${rej} afgewezen met bestandsnaam, ` +
        `${mutations.length - ok.length - rej} crashes; build ${result.seconds.toFixed(1)} s`,
    );
  }, 600_000);

  it('a build with several broken files fails and names every one of them', async () => {
    // One rejected mutation of each kind of mistake, from different collections.
    const kinds = ['merge-sleutel <<', '!!js/function tag', 'start 30 februari', 'slug in de gegevens', 'pagina "zoeken" (bestaat al)', '.mdx met {expressie}', 'onbekend blok', 'foto bestaat niet', 'tekst bij een auteur (wordt niet getoond)', 'kortId al in gebruik', 'ingebouwde naam bovenaan: toString', 'in een submap', 'tip "rss" (naast /tips/rss.xml)', 'fotoveld afbeelding: SVG met script', 'foto in de tekst: jpg van 0 bytes'];
    const broken = kinds.map((k) => mutations.find((m) => m.kind === k && outcomes.get(m.n)?.kind === 'rejected')!);
    expect(broken.every(Boolean)).toBe(true);
    const site = path.join(work, 'rejected', 'content');
    fs.cpSync(FIXTURES, site, { recursive: true });
    for (const m of broken) writeMutation(site, m);
    const result = await isolatedBuild(work, 'rejected-build', site, { BUILD_NOW });
    expect(result.ok).toBe(false);
    expect(result.log).toMatch(/De inhoud bevat \d+ fouten/);
    for (const m of broken) expect(result.log, describeM(m)).toContain(path.join(m.collection, m.name));
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 300_000);
});
