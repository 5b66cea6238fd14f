import { z } from 'astro/zod';
import { ALT_REQUIRED_WHEN, altText, field, line, type SchemaContext } from './helpers';

/** An auteur: a member of the redactie, a guest writer or a professional. File name = URL slug (/auteurs/<slug>/). */
export const auteurSchema = ({ image }: SchemaContext) =>
  z
    .object({
      naam: field(line(80), 'Naam', 'Voor- en achternaam, zoals die boven artikelen komt te staan.'),
      rol: field(z.enum(['redactielid', 'gastschrijver', 'professional']), 'Rol', 'Redactielid, gastschrijver (een inwoner die schrijft) of professional (bijvoorbeeld huisarts of wijkverpleegkundige).', {
        optionLabels: { redactielid: 'Redactielid', gastschrijver: 'Gastschrijver', professional: 'Professional' },
      }),
      beroep: field(line(80).optional(), 'Beroep of functie', 'Alleen voor professionals, bijvoorbeeld "wijkverpleegkundige". Lezers zien dit bij de naam.'),
      woonplaats: field(line(60), 'Woonplaats', 'Bijvoorbeeld "Vlaardingen" of "Maassluis, wijk Sluispolder".'),
      bio: field(line(600), 'Over deze auteur', 'Twee of drie zinnen over wie dit is. In de derde persoon: "Ria woont al veertig jaar in ..."'),
      foto: field(image().optional(), 'Foto', 'Een portretfoto (liggend of vierkant). Mag leeg blijven.', { widget: 'image' }),
      fotoAlt: field(altText().optional(), 'Beschrijving van de foto', 'Wat is er op de foto te zien? Verplicht als er een foto is. Voor lezers die niet goed zien.', { requiredWhen: ALT_REQUIRED_WHEN }),
    })
    .superRefine((d, ctx) => {
      if (d.foto && !d.fotoAlt) ctx.addIssue({ code: 'custom', path: ['fotoAlt'], message: 'is verplicht als er een foto is' });
    });
