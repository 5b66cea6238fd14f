/**
 * The check before saving in the CMS (cms/entry-check.ts): the build's own schema, Dutch
 * messages naming the field, and optional fields left empty are left out of the file.
 */
import { describe, expect, it } from 'vitest';
import { applyTidy, checkEntry, problemFromFieldError, problemsMessage } from '../../cms/entry-check';

const artikel = {
  titel: 'Wandelen in de polder',
  samenvatting: 'Een ommetje door de Broekpolder.',
  rubriek: 'bewegen',
  auteurs: ['ria-van-dijk'],
  publicatiedatum: '2026-06-01',
  body: 'Tekst met { en <3',
};

describe('checkEntry', () => {
  it('accepts a valid artikel', () => {
    expect(checkEntry('artikelen', artikel).problems).toEqual([]);
  });
  it('leaves out optional fields left empty by the CMS', () => {
    const data = { ...artikel, nummer: '', bijgewerkt: '', afbeelding: '', afbeeldingAlt: '', gemeenten: [] };
    const { tidy, problems } = checkEntry('artikelen', data);
    expect(problems).toEqual([]);
    expect(applyTidy(data, tidy)).toEqual(artikel);
  });
  it('refuses a photo without a description, in Dutch, naming the field', () => {
    const { problems } = checkEntry('artikelen', { ...artikel, afbeelding: '../media/x.jpg' });
    expect(problems).toEqual([{ path: ['afbeeldingAlt'], label: 'Beschrijving van de foto', message: 'is verplicht als er een foto is' }]);
    expect(problemsMessage(problems)).toContain('• Beschrijving van de foto: is verplicht als er een foto is');
  });
  it('refuses an SVG or another file as a photo at "Opslaan", in Dutch (issue 15)', () => {
    const svg = checkEntry('artikelen', { ...artikel, afbeelding: '../media/tekening.svg', afbeeldingAlt: 'Een tekening' }).problems;
    expect(svg).toHaveLength(1);
    expect(svg[0].path).toEqual(['afbeelding']);
    expect(svg[0].message).toMatch(/is een SVG-bestand\. Dat kan programmacode bevatten/);
    expect(checkEntry('artikelen', { ...artikel, afbeelding: '../media/brief.pdf', afbeeldingAlt: 'Een brief' }).problems[0].message).toMatch(/is geen foto/);
    expect(checkEntry('artikelen', { ...artikel, afbeelding: '../media/foto.JPG', afbeeldingAlt: 'Een foto' }).problems).toEqual([]);
  });
  it('names nested fields and list items', () => {
    const activiteit = {
      titel: 'Koffie',
      samenvatting: 'Koffie drinken.',
      start: '2026-03-03T10:00',
      einde: '2026-03-03T09:00',
      locatie: { naam: 'De Schakel', adres: 'Straat 1', gemeente: 'breda' },
      organisator: 'buurthuis-de-schakel',
      kosten: 'Gratis',
      aanmelden: { nodig: false },
      toegankelijkheid: { rolstoel: true, ringleiding: false, toilet: true, parkeren: false, ov: true },
      themas: ['ontmoeten'],
      herhaling: { patroon: '', tot: '', uitzonderingen: [] },
    };
    const { problems, tidy } = checkEntry('agenda', activiteit);
    expect(problems.map((p) => p.label)).toEqual(['Waar › Gemeente']);
    expect(tidy).toContainEqual({ op: 'delete', path: ['herhaling'] });
    // Rules across fields run once every field is right on its own.
    const fixed = { ...activiteit, locatie: { ...activiteit.locatie, gemeente: 'vlaardingen' } };
    expect(checkEntry('agenda', fixed).problems).toEqual([{ path: ['einde'], label: 'Eindigt op', message: 'ligt niet na het begin' }]);
  });
  it('an optional group, once filled in, needs its required fields (the CMS cannot mark them)', () => {
    const base = checkEntry('agenda', {}).problems.length;
    expect(base).toBeGreaterThan(0);
    const { problems } = checkEntry('agenda', { herhaling: { tot: '2026-12-31' } });
    expect(problems.map((p) => p.label)).toContain('Herhaling › Hoe vaak');
  });
  it('checks the site settings too', () => {
    expect(checkEntry('instellingen', { naam: '' }).problems.length).toBeGreaterThan(0);
  });
  it('drops empty steps from a tip', () => {
    const { tidy } = checkEntry('tips', { stappen: ['Doe dit.', ''] });
    expect(tidy).toContainEqual({ op: 'dropEmptyItems', path: ['stappen'] });
  });
});

describe('one message for a refused save (issue 16)', () => {
  it('names every field once, by its CMS label', () => {
    const message = problemsMessage([
      { label: 'Samenvatting', message: 'is verplicht' },
      { label: 'Rubriek', message: 'is verplicht' },
      { label: 'Samenvatting', message: 'is verplicht' },
    ]);
    expect(message).toBe('Nog niet opgeslagen. Verbeter eerst deze 2 velden:\n• Samenvatting: is verplicht\n• Rubriek: is verplicht');
    expect(problemsMessage([{ label: 'Titel', message: 'is verplicht' }])).toBe('Nog niet opgeslagen. Verbeter eerst dit veld:\n• Titel: is verplicht');
  });
  it('reads the message Decap shows under a field, nested fields with their parents', () => {
    expect(problemFromFieldError(['Samenvatting'], 'Samenvatting is verplicht.')).toEqual({ label: 'Samenvatting', message: 'is verplicht' });
    expect(problemFromFieldError(['Waar', 'Naam van de plek'], 'Naam van de plek is verplicht.')).toEqual({ label: 'Waar › Naam van de plek', message: 'is verplicht' });
    expect(problemFromFieldError(['Titel'], 'Titel is te lang (hoogstens 80 tekens).')).toEqual({ label: 'Titel', message: 'is te lang (hoogstens 80 tekens)' });
    expect(problemFromFieldError(['Stappen'], 'Er moet minstens 1 stap zijn.')).toEqual({ label: 'Stappen', message: 'Er moet minstens 1 stap zijn' });
  });
});
