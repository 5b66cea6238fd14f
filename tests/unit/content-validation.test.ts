import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent, validateEntry, formatProblems } from '../../src/lib/content-validation';

const FIXTURE = path.resolve('tests/fixtures/content');

/** Copy the valid fixture content to a temp dir, apply a change, validate it. */
function validateWith(change: (dir: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-content-'));
  fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content'), { recursive: true });
  fs.copyFileSync('content/site.json', path.join(root, 'content', 'site.json'));
  change(path.join(root, 'content'));
  return validateContent(root, 'content');
}
const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const p = path.join(dir, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply: ${file}`);
  fs.writeFileSync(p, after);
};

describe('content validation', () => {
  it('accepts the valid fixture content', () => {
    const { entries, problems } = validateWith(() => {});
    expect(problems).toEqual([]);
    expect(entries.length).toBe(8);
  });

  it('names file and field when the title is missing', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', /^titel: .*\n/m, ''));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/artikelen/wandelen-in-de-polder.md', field: 'titel' }));
  });

  it('reports an unknown rubriek with its name', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', 'rubriek: bewegen', 'rubriek: breien'));
    const p = problems.find((x) => x.field === 'rubriek');
    expect(p?.file).toBe('content/artikelen/wandelen-in-de-polder.md');
    expect(p?.message).toMatch(/"breien".*bestaat niet/);
  });

  it('requires alt text when an image is set', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', /^afbeeldingAlt: .*\n/m, ''));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'afbeeldingAlt', message: expect.stringMatching(/verplicht/) }));
  });

  it('requires the text of an artikel (the CMS marks it required too), not of an activity', () => {
    const { problems } = validateWith((d) => {
      edit(d, 'artikelen/wandelen-in-de-polder.md', /\n---\n[\s\S]*$/, '\n---\n\n  \n');
      edit(d, 'agenda/koffieochtend.md', /\n---\n[\s\S]*$/, '\n---\n');
    });
    expect(problems).toEqual([
      { file: 'content/artikelen/wandelen-in-de-polder.md', field: 'tekst', message: 'ontbreekt; schrijf de tekst onder de gegevens (in het CMS: "Tekst van het artikel")' },
    ]);
  });

  it('rejects an activity that ends before it starts', () => {
    const { problems } = validateWith((d) => edit(d, 'agenda/koffieochtend.md', 'einde: "2026-01-07T11:30"', 'einde: "2026-01-07T09:30"'));
    expect(problems).toContainEqual({ file: 'content/agenda/koffieochtend.md', field: 'einde', message: 'ligt niet na het begin' });
  });

  it('rejects a date that does not exist', () => {
    const { problems } = validateWith((d) => edit(d, 'agenda/koffieochtend.md', 'start: "2026-01-07T10:00"', 'start: "2026-02-30T10:00"'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/agenda/koffieochtend.md', field: 'start' }));
  });

  it('rejects a bad publication date', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', 'publicatiedatum: 2026-01-05', 'publicatiedatum: gisteren'));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'publicatiedatum', message: expect.stringMatching(/geen geldige datum/) }));
  });

  it('reports a missing organiser of an activity', () => {
    const { problems } = validateWith((d) => fs.rmSync(path.join(d, 'initiatieven/buurthuis-de-schakel.md')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/agenda/koffieochtend.md', field: 'organisator' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/tips/antislip.md', field: 'hulp[0]' }));
  });

  it('lists every problem in one run', () => {
    const { problems } = validateWith((d) => {
      edit(d, 'artikelen/wandelen-in-de-polder.md', 'rubriek: bewegen', 'rubriek: breien');
      edit(d, 'tips/antislip.md', 'kortId: val1', 'kortId: VAL 1');
      edit(d, 'auteurs/ria-van-dijk.md', 'rol: redactielid', 'rol: baas');
    });
    expect(new Set(problems.map((p) => p.file)).size).toBe(3);
    const report = formatProblems(problems);
    expect(report).toContain('content/tips/antislip.md → veld "kortId"');
    expect(report).toContain('content/auteurs/ria-van-dijk.md → veld "rol"');
    expect(report).toMatch(/^De inhoud bevat 3 fouten/);
  });

  it('explains broken frontmatter in Dutch', () => {
    const r = validateEntry('paginas', 'content/paginas/x.md', '---\ntitel: [kapot\n---\ntekst');
    expect(r.problems[0].file).toBe('content/paginas/x.md');
    expect(r.problems[0].message).toMatch(/niet goed opgeschreven/);
    const r2 = validateEntry('paginas', 'content/paginas/y.md', 'geen kopje');
    expect(r2.problems[0].message).toMatch(/begint niet met/);
  });

  it('reports a broken content block in the body with file and line', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', 'Neem een bankje mee.', 'Neem een bankje mee.\n\n::foto{src="../media/omslag.jpg"}'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/artikelen/wandelen-in-de-polder.md', field: 'tekst, regel 18', message: expect.stringMatching(/foto zonder beschrijving/) }),
    ]);
  });

  it('keeps what editors type as text: braces, <3 and HTML are not errors', () => {
    const { problems } = validateWith((d) => edit(d, 'artikelen/wandelen-in-de-polder.md', 'Neem een bankje mee.', 'Neem {een} bankje mee <3 <script>alert(1)</script> {'));
    expect(problems).toEqual([]);
  });

  it('rejects file names that cannot be a URL', () => {
    const r = validateEntry('paginas', 'content/paginas/Over Ons.md', '---\ntitel: Over\nsamenvatting: Wie wij zijn.\n---\n');
    expect(r.problems[0].message).toMatch(/kleine letters/);
  });
});
