/**
 * The partners' calendars (issue 18, point 2): content/partner-agendas.json, one file the redactie
 * edits in the CMS (Instellingen → Agenda's van partners). `npm run agenda:ophalen`
 * (scripts/agenda-ophalen.ts, src/lib/agenda-import.ts) reads it and imports each calendar's events
 * as activiteiten in content/agenda/.
 */
import { z } from 'astro/zod';
import { activiteitThema, field, gemeente, line, phone, url, type SchemaContext } from './helpers';

/** Where the file lives under the content root. */
export const PARTNER_AGENDAS_FILE = 'partner-agendas.json';

export const partnerAgendaSchema = ({ reference }: SchemaContext) =>
  z.object({
    code: field(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'alleen kleine letters, cijfers en streepjes, bijvoorbeeld welzijn-vlaardingen' }).max(40, { error: 'is te lang (hoogstens 40 tekens)' }),
      'Code',
      'Kleine letters en streepjes, bijvoorbeeld "welzijn-vlaardingen". Niet meer veranderen nadat de agenda is opgehaald: de opgehaalde activiteiten horen bij deze code.',
    ),
    naam: field(line(100), 'Naam van de partner', 'Staat bij elke opgehaalde activiteit: "Uit de agenda van …".'),
    url: field(url(), 'Adres van de agenda (ICS)', 'Het webadres van de agenda om te abonneren, vaak eindigend op .ics. Vraag het de partner.'),
    gemeente: field(gemeente(), 'Gemeente', 'Waar de activiteiten zijn, als de plaats in de agenda geen van onze gemeenten noemt.'),
    organisator: field(reference('initiatieven'), 'Organisator', 'De partner in de wegwijzer. Staat hij er niet in, voeg hem dan eerst toe.', {
      widget: 'relation',
      collection: 'initiatieven',
    }),
    themas: field(z.array(activiteitThema()).min(1, { error: 'kies minstens één thema' }), "Thema's", "Thema's die elke activiteit van deze partner krijgt."),
    kosten: field(line(120).optional(), 'Kosten', 'Staat bij elke activiteit, want agenda’s noemen de kosten meestal niet. Leeg: "Vraag het de organisator".'),
    telefoon: field(phone().optional(), 'Telefoon voor vragen', 'Mag leeg blijven.'),
    locatie: field(
      z
        .object({
          naam: field(line(100), 'Naam van de plek', 'Bijvoorbeeld "Buurthuis De Schakel".'),
          adres: field(line(120), 'Adres', 'Straat en huisnummer, postcode.'),
        })
        .optional(),
      'Vaste plek',
      'Voor activiteiten zonder plaats in de agenda. Mag leeg blijven.',
    ),
    uit: field(z.boolean().optional(), 'Niet ophalen', 'Aangevinkt: deze agenda wordt niet opgehaald en zijn activiteiten verdwijnen uit de agenda van Vief (hun pagina’s blijven bestaan).'),
  });

export const partnerAgendasSchema = (ctx: SchemaContext) =>
  z
    .object({
      agendas: field(z.array(partnerAgendaSchema(ctx)), "Agenda's van partners", 'Elke nacht haalt de website de activiteiten uit deze agenda’s op.'),
    })
    .superRefine((d, c) => {
      const seen = new Set<string>();
      d.agendas.forEach((a, i) => {
        if (seen.has(a.code)) c.addIssue({ code: 'custom', path: ['agendas', i, 'code'], message: `de code "${a.code}" staat er al; elke agenda heeft een eigen code` });
        seen.add(a.code);
      });
    });

export type PartnerAgenda = z.infer<ReturnType<typeof partnerAgendaSchema>>;
export type PartnerAgendas = z.infer<ReturnType<typeof partnerAgendasSchema>>;
