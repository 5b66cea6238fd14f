import { z } from 'astro/zod';
import { altText, date, field, line, type SchemaContext } from './helpers';

/** A nummer: one edition of the magazine. File name = the edition number (/nummers/<nummer>/). Body = voorwoord. */
export const nummerSchema = ({ image, reference }: SchemaContext) =>
  z.object({
    nummer: field(z.number({ error: 'moet een getal zijn' }).int().min(1).max(9999), 'Nummer', 'Het volgnummer van deze uitgave. Wordt ook het webadres: /nummers/12/.'),
    titel: field(line(100), 'Titel', 'Het thema of de titel van dit nummer, bijvoorbeeld "Winter in de Waterweg".'),
    verschijningsdatum: field(date(), 'Verschijningsdatum', 'De dag waarop dit nummer verschijnt. Het nieuwste verschenen nummer staat op de voorpagina.', { widget: 'date' }),
    omslag: field(image(), 'Omslagfoto', 'De foto op de voorkant van dit nummer.', { widget: 'image' }),
    omslagAlt: field(altText(), 'Beschrijving van de omslagfoto', 'Wat is er op de omslag te zien? Voor lezers die niet goed zien.'),
    uitgelicht: field(reference('artikelen').optional(), 'Openingsartikel', 'Het artikel dat groot op de voorpagina staat. Het moet bij dit nummer horen.', { widget: 'relation', collection: 'artikelen' }),
  });
