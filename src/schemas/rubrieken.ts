import { z } from 'astro/zod';
import { field, line, type SchemaContext } from './helpers';

/** A rubriek: a fixed or rotating section of the magazine. File name = URL slug (/rubriek/<slug>/). */
export const rubriekSchema = (_ctx: SchemaContext) =>
  z.object({
    naam: field(line(60), 'Naam', 'De naam van de rubriek zoals lezers hem zien, bijvoorbeeld "Bewegen".'),
    beschrijving: field(line(240), 'Korte beschrijving', 'Eén zin over waar deze rubriek over gaat. Staat op de rubriekpagina en in de lijst met rubrieken.'),
    soort: field(z.enum(['vast', 'wisselend']), 'Soort rubriek', 'Vast: komt in elk nummer terug. Wisselend: verschijnt af en toe.', {
      optionLabels: { vast: 'Vaste rubriek', wisselend: 'Wisselende rubriek' },
    }),
    volgorde: field(z.number({ error: 'moet een getal zijn' }).int().min(0).max(999), 'Volgorde', 'Rubrieken met een lager getal staan eerder in het menu en in een nummer.'),
  });
