import { z } from 'astro/zod';
import { ALT_REQUIRED_WHEN, altText, date, INGEZONDEN_HINT, field, gemeente, line, recording, type SchemaContext } from './helpers';

/** An artikel. File name = URL slug (/artikelen/<slug>/). Body = the article text. */
export const artikelSchema = (context: SchemaContext) => {
  const { image, reference } = context;
  return (
  z
    .object({
      titel: field(line(120), 'Titel', 'Kort en duidelijk, het liefst minder dan tien woorden.'),
      samenvatting: field(line(300), 'Samenvatting', 'Eén of twee zinnen die zeggen waar het artikel over gaat. Staat in overzichten en zoekresultaten.'),
      rubriek: field(reference('rubrieken'), 'Rubriek', 'In welke rubriek verschijnt dit artikel?', { widget: 'relation', collection: 'rubrieken' }),
      nummer: field(reference('nummers').optional(), 'Nummer', 'In welk nummer van het magazine verschijnt dit artikel? Mag leeg blijven voor losse artikelen.', { widget: 'relation', collection: 'nummers' }),
      auteurs: field(z.array(reference('auteurs')).min(1, { error: 'kies minstens één auteur' }), 'Auteurs', 'Wie schreef dit artikel? Eén of meer namen.', { widget: 'relation', collection: 'auteurs' }),
      publicatiedatum: field(date(), 'Publicatiedatum', 'De dag waarop het artikel verschijnt.', { widget: 'date' }),
      bijgewerkt: field(date().optional(), 'Bijgewerkt op', 'Alleen invullen als de inhoud later is aangepast.', { widget: 'date' }),
      afbeelding: field(image().optional(), 'Foto', 'Een foto bij het artikel (liggend werkt het best). Mag leeg blijven.', { widget: 'image' }),
      afbeeldingAlt: field(altText().optional(), 'Beschrijving van de foto', 'Wat is er op de foto te zien? Verplicht als er een foto is.', { requiredWhen: ALT_REQUIRED_WHEN }),
      ingezonden: field(z.boolean().optional(), 'Ingezonden', INGEZONDEN_HINT),
      gemeenten: field(z.array(gemeente()).optional(), 'Over welke gemeente', 'Gaat het artikel over een of meer gemeenten? Dan staat het ook op de pagina van die gemeente.'),
      opname: field(
        recording(context).optional(),
        'Voorgelezen opname',
        'Een opname waarin iemand het artikel voorleest (mp3 of m4a, hoogstens 60 MB). Staat onder het artikel en in de podcast. Mag leeg blijven: dan blijft de knop Voorlezen.',
        { widget: 'file' },
      ),
    })
    .superRefine((d, ctx) => {
      if (d.afbeelding && !d.afbeeldingAlt)
        ctx.addIssue({ code: 'custom', path: ['afbeeldingAlt'], message: 'is verplicht als er een foto is' });
      if (d.bijgewerkt && d.bijgewerkt < d.publicatiedatum)
        ctx.addIssue({ code: 'custom', path: ['bijgewerkt'], message: 'ligt vóór de publicatiedatum' });
    })
  );
};
