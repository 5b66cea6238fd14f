/**
 * The collection registry (src/schemas/registry.ts, issue 14): one edit there changes the CMS, the
 * validator's messages and the site's pages. The tests edit the registry in memory (and put it back)
 * and read the result from each consumer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../cms/config';
import { checkRelations, reservedIds, type ContentEntry } from '../../src/lib/content-validation';
import { mainMenu, section } from '../../src/lib/nav';
import { collectionNames, entryPath, referencesOf, registry, type CollectionName } from '../../src/schemas/index';

const saved = structuredClone(Object.fromEntries(collectionNames.map((c) => [c, { ...registry[c], schema: undefined, cms: { ...registry[c].cms } }])));
afterEach(() => {
  for (const c of collectionNames) Object.assign(registry[c], structuredClone(saved[c]), { schema: registry[c].schema });
});

const activiteit = (organisator: string): ContentEntry => ({
  collection: 'agenda',
  id: 'koffie',
  file: 'content/agenda/koffie.md',
  data: { organisator },
  body: '',
});
const cmsCollection = (name: CollectionName) => buildCmsConfig({}).collections.find((c) => c.name === name)!;

describe('collection registry: one edit reaches every consumer', () => {
  it('a display name: the CMS, the validator message and the menu follow', () => {
    expect(cmsCollection('initiatieven')).toMatchObject({ label: 'Wegwijzer', label_singular: 'Initiatief' });
    expect(checkRelations([activiteit('weg')])[0].message).toMatch(/^verwijst naar initiatief "weg"/);
    expect(mainMenu().find((i) => i.key === 'initiatieven')?.label).toBe('Wegwijzer');

    registry.initiatieven.label = 'Adressen';
    registry.initiatieven.singular = 'adres';

    expect(cmsCollection('initiatieven')).toMatchObject({ label: 'Adressen', label_singular: 'Adres' });
    expect(checkRelations([activiteit('weg')])[0].message).toMatch(/^verwijst naar adres "weg", maar die bestaat niet/);
    expect(mainMenu().find((i) => i.key === 'initiatieven')?.label).toBe('Adressen');
    expect(section('initiatieven').label).toBe('Adressen');
  });

  it('a route folder: the addresses of entries and sections follow', () => {
    expect(entryPath('rubrieken', 'bewegen')).toBe('/rubriek/bewegen/');
    expect(section('rubrieken').href).toBe('/rubriek/');
    expect(entryPath('paginas', 'colofon')).toBe('/colofon/');
    registry.rubrieken.routeDir = 'rubrieken';
    expect(entryPath('rubrieken', 'bewegen')).toBe('/rubrieken/bewegen/');
    expect(mainMenu().find((i) => i.key === 'rubrieken')?.href).toBe('/rubrieken/');
  });

  it('a content folder: the CMS writes there and the validator points there', () => {
    registry.initiatieven.folder = 'wegwijzer';
    expect(cmsCollection('initiatieven').folder).toBe('content/wegwijzer');
    expect(checkRelations([activiteit('weg')])[0].message).toContain('(content/wegwijzer/weg.md ontbreekt)');
  });

  it('a CMS setting and the body: the CMS config follows', () => {
    registry.auteurs.cms.sortable = ['naam', 'rol'];
    registry.auteurs.body = { label: 'Over de auteur', hint: '', required: false };
    const auteurs = cmsCollection('auteurs');
    expect(auteurs.sortable_fields).toEqual(['naam', 'rol']);
    expect(auteurs.fields?.at(-1)).toMatchObject({ name: 'body', label: 'Over de auteur', required: false });
  });
});

describe('collection registry: facts that must match the rest of the project', () => {
  it('every route folder is a folder of pages with an entry page', () => {
    for (const c of collectionNames) {
      const dir = path.resolve('src/pages', registry[c].routeDir);
      const entryPage = fs.readdirSync(dir).filter((n) => /^\[[^.\]]+\]\.astro$/.test(n));
      expect(entryPage, `${c}: src/pages/${registry[c].routeDir}`).toHaveLength(1);
    }
  });

  it('every content folder exists', () => {
    for (const c of collectionNames) expect(fs.existsSync(path.resolve('content', registry[c].folder)), c).toBe(true);
  });

  it('references are read from the schemas', () => {
    expect(Object.fromEntries(collectionNames.map((c) => [c, referencesOf(c)]))).toEqual({
      rubrieken: [],
      nummers: [['uitgelicht', 'artikelen']],
      artikelen: [['rubriek', 'rubrieken'], ['nummer', 'nummers'], ['auteurs', 'auteurs']],
      auteurs: [],
      tips: [['hulp', 'initiatieven']],
      agenda: [['organisator', 'initiatieven']],
      initiatieven: [],
      paginas: [],
    });
  });

  it('reserved file names come from each collection\'s own route folder', () => {
    // src/pages/tips/controle.astro (the old address of the editors' list, a redirect) exists, so a tip cannot be named "controle"; an artikel can.
    expect(reservedIds('tips').has('controle')).toBe(true);
    expect(reservedIds('artikelen').has('controle')).toBe(false);
  });
});
