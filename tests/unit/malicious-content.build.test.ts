/**
 * Content cannot run code (issue 8, point 1), the build: a real `astro build` of the fixture site
 * plus malicious .md files publishes none of it in an executable form (we count the dangerous
 * constructs on the built pages). The rules themselves: malicious-content.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content-validation';
import { isolatedBuild, projectRoot } from '../isolated-build';
import { activeParts, ARTICLE_FM, FIXTURES, MD_CASES } from './malicious-cases';

describe('a real build of malicious .md content publishes nothing executable', () => {
  let work = '';
  let dist = '';
  let log = '';
  const payloads = MD_CASES.map(([, md]) => md);
  beforeAll(async () => {
    fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
    work = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'malicious-'));
    const content = path.join(work, 'content');
    fs.cpSync(FIXTURES, content, { recursive: true });
    // An article with every payload, and an activity and page whose fields try to break out of HTML and JSON-LD.
    fs.writeFileSync(
      path.join(content, 'artikelen', 'kwaadaardig.md'),
      `${ARTICLE_FM.replace('titel: Test', 'titel: "Kwaad <script>alert(\'XSS-titel\')</script>"').replace('samenvatting: Een test.', 'samenvatting: \'<img src=x onerror=alert("XSS-samenvatting")>\'')}\n${payloads.join('\n\n')}\n`,
    );
    const agenda = fs.readFileSync(path.join(content, 'agenda', 'koffieochtend.md'), 'utf8');
    fs.writeFileSync(path.join(content, 'agenda', 'kwaadaardige-koffie.md'), agenda.replace('titel: Koffieochtend', 'titel: "</script><script>alert(\'XSS-jsonld\')</script>"').replace('Gezellig samen koffie drinken.', payloads.join('\n\n')));
    const pagina = fs.readFileSync(path.join(content, 'paginas', 'over.md'), 'utf8');
    fs.writeFileSync(path.join(content, 'paginas', 'kwaadaardig.md'), pagina.replace('titel: Over ons', 'titel: "<svg onload=alert(\'XSS-pagina\')>"').replace('Wij zijn de redactie.', payloads.join('\n\n')));
    fs.copyFileSync(path.join(projectRoot, 'content/site.json'), path.join(content, 'site.json'));
    expect(validateContent(work, 'content').problems).toEqual([]);
    const result = await isolatedBuild(work, 'build', content, { BUILD_NOW: '2026-12-01T12:00:00Z' });
    log = result.log;
    expect(result.ok, log.slice(-4000)).toBe(true);
    dist = result.outDir;
    console.log(`malicious build: ${result.seconds.toFixed(1)} s`);
  }, 300_000);
  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const read = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
  /** The active parts of a page that a clean page of the same type does not have (the layout has its own scripts). */
  function extra(bad: string, clean: string): string[] {
    const allowed = activeParts(read(clean), false);
    return activeParts(read(bad), false).filter((part) => {
      const i = allowed.indexOf(part);
      if (i === -1) return true;
      allowed.splice(i, 1);
      return false;
    });
  }

  it.each([
    ['artikel', 'artikelen/kwaadaardig/index.html', 'artikelen/wandelen-in-de-polder/index.html'],
    ['activiteit (with JSON-LD)', 'agenda/kwaadaardige-koffie/index.html', 'agenda/koffieochtend/index.html'],
    ['pagina', 'kwaadaardig/index.html', 'over/index.html'],
  ])('the %s page has no more scripts, frames, handlers or script addresses than a clean one', (_name, bad, clean) => {
    const page = read(bad);
    expect(extra(bad, clean)).toEqual([]);
    expect(activeParts(page, false).length).toBeGreaterThan(0); // the check does see the layout's own scripts
    // The payloads are there, as text.
    expect(page).toContain('&lt;script&gt;alert');
    expect(page).toContain('&lt;iframe');
  });

  it('the titles and summaries are escaped everywhere they appear (page, lists, feed)', () => {
    for (const file of ['artikelen/kwaadaardig/index.html', 'index.html', 'rubriek/bewegen/index.html', 'rss.xml', 'agenda/index.html', 'kwaadaardig/index.html']) {
      expect(activeParts(read(file), false).filter((part) => part.includes('XSS')), file).toEqual([]);
    }
    expect(read('artikelen/kwaadaardig/index.html')).toContain('Kwaad &lt;script&gt;');
  });

  it('the activity title cannot break out of its JSON-LD script', () => {
    const page = read('agenda/kwaadaardige-koffie/index.html');
    const blocks = [...page.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(0);
    const data = blocks.map((b) => JSON.parse(b));
    expect(JSON.stringify(data)).toContain("</script><script>alert('XSS-jsonld')</script>");
    expect(activeParts(page, false).filter((part) => part.includes('XSS'))).toEqual([]);
  });

  it('the build log reports no rendering errors (no body was silently left out)', () => {
    expect(log).not.toMatch(/Error rendering|glob-loader/i);
  });
});
