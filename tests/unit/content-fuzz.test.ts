/**
 * Content fuzz test (issue 8, point 2), the verdicts: every mutation of tests/unit/content-fuzz-cases.ts
 * is accepted or refused with a message naming its file, as it says it should be; the validator
 * never crashes. The real builds of the same mutations are in content-fuzz.build.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, reservedIds, type ContentProblem } from '../../src/lib/content-validation';
import { reservedSlugs } from '../../src/lib/agenda';
import { activiteitThemaLabels, gemeenteSlugs } from '../../src/schemas/helpers';
import { collectionNames } from '../../src/schemas/index';
import { describeM, mutations, outcomes, rejected, SEED } from './content-fuzz-cases';

describe('content fuzz', () => {
  it(`generates at least 1,000 mutations of every collection (seed ${SEED})`, () => {
    expect(mutations.length).toBeGreaterThanOrEqual(1000);
    for (const c of collectionNames) expect(mutations.filter((m) => m.collection === c).length).toBeGreaterThan(5);
    expect(new Set(mutations.map((m) => `${m.collection}/${m.name}`)).size).toBe(mutations.length);
  });

  it('reserves the addresses of the agenda and wegwijzer filter pages, and of the fixed pages', () => {
    for (const slug of reservedSlugs(gemeenteSlugs, Object.keys(activiteitThemaLabels))) {
      expect(reservedIds('agenda').has(slug), slug).toBe(true);
      expect(reservedIds('initiatieven').has(slug), slug).toBe(true);
    }
    expect([...reservedIds('paginas')]).toEqual(expect.arrayContaining(['agenda', 'artikelen', 'zoeken', 'tips', 't', 'admin', '404', 'offline', 'pagefind']));
    expect([...reservedIds('tips')]).toEqual(expect.arrayContaining(['controle', 'tip-van-de-week', 'voor-professionals']));
    expect(reservedIds('artikelen').size).toBe(0);
  });

  it('never crashes the validator', () => {
    const crashes = mutations.filter((m) => outcomes.get(m.n)?.kind === 'crash').map((m) => `${describeM(m)}: ${(outcomes.get(m.n) as { error: string }).error}`);
    expect(crashes).toEqual([]);
  });

  it('names the mutated file in every rejection, with a Dutch message', () => {
    const bad: string[] = [];
    for (const m of rejected()) {
      const { problems } = outcomes.get(m.n) as { problems: ContentProblem[] };
      const rel = path.join('content', m.collection, m.name);
      for (const p of problems) {
        if (p.file !== rel) bad.push(`${describeM(m)}: problem for ${p.file}`);
        if (!p.message.trim() || /undefined|\[object |^(Invalid|Expected|Required)\b|\bat .*\.(js|ts):\d+/.test(p.message)) bad.push(`${describeM(m)}: message "${p.message}"`);
      }
      if (!formatProblems(problems).includes(rel)) bad.push(`${describeM(m)}: report does not name the file`);
    }
    expect(bad).toEqual([]);
  });

  it('gives the expected verdict for every mutation that states one', () => {
    const wrong = mutations
      .filter((m) => m.expect && outcomes.get(m.n)?.kind !== 'crash' && (outcomes.get(m.n)!.kind === 'accepted' ? 'accept' : 'reject') !== m.expect)
      .map((m) => {
        const o = outcomes.get(m.n)!;
        return `${describeM(m)}: verwacht ${m.expect}, kreeg ${o.kind}${o.kind === 'rejected' ? ` (${o.problems.map((p) => `${p.field}: ${p.message}`).join('; ')})` : ''}`;
      });
    expect(wrong).toEqual([]);
  });
});
