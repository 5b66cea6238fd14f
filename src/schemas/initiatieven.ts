import { z } from 'astro/zod';
import { activiteitThema, CONTACT_REQUIRED_WHEN, email, field, gemeente, line, phone, url, type SchemaContext } from './helpers';

/** An initiatief in the local wegwijzer. File name = URL slug (/initiatieven/<slug>/). Body = description. */
export const initiatiefSchema = (_ctx: SchemaContext) =>
  z
    .object({
      naam: field(line(100), 'Naam', 'De naam van het initiatief of de organisatie.'),
      samenvatting: field(line(240), 'Samenvatting', 'Eén zin: wat doen ze, voor wie?'),
      gemeenten: field(z.array(gemeente()).min(1, { error: 'kies minstens één gemeente' }), 'Gemeenten', 'In welke gemeente(n) is dit initiatief actief?'),
      wijk: field(line(60).optional(), 'Wijk', 'Alleen als het om één wijk gaat.'),
      themas: field(z.array(activiteitThema()).min(1, { error: 'kies minstens één thema' }), "Thema's", 'Waar kunnen mensen hier voor terecht?'),
      adres: field(line(120).optional(), 'Adres', 'Straat, huisnummer en postcode van het inloopadres.'),
      openingstijden: field(line(200).optional(), 'Openingstijden', 'Bijvoorbeeld "maandag tot en met donderdag 9.00–12.00 uur".'),
      // One way to reach the initiatief is required (the rule below); each of the three on its own is not.
      telefoon: field(phone().optional(), 'Telefoon', 'Het nummer waar mensen terecht kunnen.', { requiredWhen: CONTACT_REQUIRED_WHEN }),
      email: field(email().optional(), 'E-mail', 'Mag leeg blijven als er een telefoonnummer of website is.', { requiredWhen: CONTACT_REQUIRED_WHEN }),
      website: field(url().optional(), 'Website', 'Mag leeg blijven als er een telefoonnummer of e-mailadres is.', { requiredWhen: CONTACT_REQUIRED_WHEN }),
      voorWie: field(line(300), 'Voor wie', 'Bijvoorbeeld "Inwoners van 65 jaar en ouder in Vlaardingen".'),
      kosten: field(line(120), 'Kosten', 'Bijvoorbeeld "Gratis" of "€ 15 per jaar lidmaatschap".'),
    })
    .superRefine((d, ctx) => {
      if (!d.telefoon && !d.email && !d.website)
        ctx.addIssue({ code: 'custom', path: ['telefoon'], message: 'vul minstens een telefoonnummer, e-mail of website in, zodat lezers contact kunnen opnemen' });
    });
