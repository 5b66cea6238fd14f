import { z } from 'astro/zod';
import { email, field, line, phone, url } from './helpers';

const colour = () => z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'moet een kleurcode zijn zoals #1d4f6e' });

/** The region's settings (content/site.json): one file to change for another region. */
export const siteSchema = z.object({
  naam: field(line(40), 'Naam van het magazine', 'Staat bovenaan elke pagina.'),
  ondertitel: field(line(160), 'Ondertitel', 'Eén zin onder de naam.'),
  regio: field(line(40), 'Regio', 'Korte naam van de regio, bijvoorbeeld "MVS".'),
  url: field(url(), 'Webadres', 'Het adres waarop het magazine online staat, voor deellinks en QR-codes.'),
  gemeenten: field(
    z
      .array(
        z.object({
          slug: field(z.string().regex(/^[a-z-]+$/), 'Code', 'Kleine letters, wordt deel van het webadres (/agenda/<code>/).'),
          naam: field(line(60), 'Naam', 'Naam van de gemeente.'),
          wmoLoket: field(
            z.object({
              naam: field(line(80), 'Naam', 'Bijvoorbeeld "Wmo-loket Schiedam".'),
              telefoon: field(phone(), 'Telefoon', 'Telefoonnummer van het loket.'),
              website: field(url(), 'Website', 'Webadres van het loket.'),
            }),
            'Wmo-loket',
          ),
        }),
      )
      .min(1),
    'Gemeenten',
    'De gemeenten waarvoor het magazine is.',
  ),
  contact: field(
    z.object({
      telefoon: field(phone(), 'Telefoon', 'Het nummer van de redactie, staat onderaan elke pagina.'),
      telefoonTijden: field(line(120), 'Bereikbaar', 'Wanneer de telefoon wordt opgenomen.'),
      email: field(email(), 'E-mail', 'E-mailadres van de redactie.'),
      adres: field(line(120), 'Adres', 'Postadres van de redactie.'),
    }),
    'Contact',
  ),
  nieuwsbrief: field(
    z
      .object({
        automatischVersturen: field(
          z.boolean().default(false),
          'Automatisch versturen',
          'Aan: als een nieuw nummer verschijnt, verstuurt de publicatie de nieuwsbrief naar de verzendlijst (docs/nieuwsbrief.md). Uit: de redactie verstuurt hem zelf.',
        ),
      })
      .default({ automatischVersturen: false }),
    'Nieuwsbrief',
    'De e-mailversie van elk nummer.',
  ),
  kleuren: field(
    z.object({
      primair: field(colour(), 'Hoofdkleur', 'Kopjes, links en knoppen. Moet goed leesbaar zijn op de achtergrond.'),
      accent: field(colour(), 'Accentkleur', 'Kleine accenten.'),
      achtergrond: field(colour(), 'Achtergrond', 'Achtergrondkleur van de pagina.'),
      tekst: field(colour(), 'Tekstkleur', 'Kleur van de lopende tekst.'),
    }),
    'Kleuren',
  ),
});
export type Site = z.infer<typeof siteSchema>;
