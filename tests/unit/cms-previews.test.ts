/**
 * The CMS previews (cms/previews.ts) speak with the site's own words (src/i18n/nl.json, issue 14):
 * rendered here with a stand-in for Decap's `h` and `createClass`, read back as text.
 */
import { describe, expect, it } from 'vitest';
import { registerPreviews } from '../../cms/previews';
import { t } from '../../src/i18n/index';

type Node = { type: unknown; props: Record<string, unknown> | null; children: unknown[] };
const h = (type: unknown, props: Record<string, unknown> | null = null, ...children: unknown[]): Node => ({ type, props, children });
const createClass = (spec: Record<string, unknown>) => spec;
const templates = new Map<string, { render(this: unknown): unknown }>();
registerPreviews({ registerPreviewTemplate: (name, component) => templates.set(name, component as { render(this: unknown): unknown }) }, h, createClass);

const text = (n: unknown): string =>
  typeof n === 'string' || typeof n === 'number' ? String(n) : n && typeof n === 'object' && 'children' in n ? (n as Node).children.map(text).join(' ') : '';

function render(collection: string, data: Record<string, unknown>): string {
  const getIn = (path: Array<string | number>) => path.slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
  const props = { entry: { get: (k: string) => data[k], getIn }, widgetFor: () => null, getAsset: () => '' };
  return text(templates.get(collection)!.render.call({ props, forceUpdate: () => {} })).replace(/\s+/g, ' ');
}

const activiteit = {
  titel: 'Koffieochtend',
  start: '2026-03-03T10:00',
  einde: '2026-03-03T11:30',
  herhaling: { patroon: 'wekelijks', tot: '2026-05-26' },
  locatie: { naam: 'De Schakel', adres: 'Kerkstraat 1', gemeente: 'vlaardingen' },
  kosten: 'Gratis',
  aanmelden: { nodig: false, telefoon: '010 123 45 67' },
  toegankelijkheid: { rolstoel: true, ringleiding: false, toilet: true, parkeren: false, ov: true },
  themas: ['ontmoeten'],
};

describe('CMS previews use the site strings', () => {
  it('an activity: access, sign-up and recurrence read as on the page', () => {
    const shown = render('agenda', activiteit);
    for (const key of ['agenda.access.rolstoel.ja', 'agenda.access.ringleiding.nee', 'agenda.access.ov.ja', 'agenda.signupNotNeeded', 'agenda.access', 'agenda.themas'] as const)
      expect(shown).toContain(t(key));
    expect(shown).toContain(`${t('agenda.questionsPhone')} 010 123 45 67`);
    expect(shown).toContain(`Elke week, ${t('agenda.repeat.until', { datum: '26 mei 2026' })}`);
  });

  it('sign-up needed: the page\'s sentence and phone label', () => {
    const shown = render('agenda', { ...activiteit, aanmelden: { nodig: true, telefoon: '010 123 45 67', email: 'a@b.nl' } });
    expect(shown).toContain(t('agenda.signupNeeded'));
    expect(shown).toContain(`${t('agenda.signupPhone')} 010 123 45 67`);
    expect(shown).toContain(`${t('agenda.signupEmail')} a@b.nl`);
  });
});

describe('toegankelijkheid left open', () => {
  it('reads "niet bekend", never "nee"', () => {
    const shown = render('agenda', { ...activiteit, toegankelijkheid: { rolstoel: true } });
    expect(shown).toContain(t('agenda.access.rolstoel.ja'));
    expect(shown).toContain(t('agenda.access.ringleiding.onbekend'));
    expect(shown).not.toContain(t('agenda.access.ringleiding.nee'));
  });
});
