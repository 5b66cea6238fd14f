import { z } from 'astro/zod';
import { AANMELDEN_REQUIRED_WHEN, activiteitThema, date, INGEZONDEN_HINT, herhalingLabels, email, field, gemeente, line, localDateTime, phone, url, type SchemaContext } from './helpers';

const BRON_HINT = 'Waar deze activiteit vandaan komt, als hij uit de agenda van een partner is opgehaald. Wordt door het ophalen ingevuld.';
const VERBORGEN_HINT =
  'Aangevinkt: de activiteit staat niet op de website (de pagina zegt alleen dat hij niet in de agenda staat). Gebruik dit om een activiteit uit de agenda van een partner weg te laten: het nachtelijke ophalen zet hem dan niet terug. Een opgehaalde activiteit die u zelf aanpast, wordt ook niet meer overschreven.';

/** Why an imported activity is off the agenda while its page stays (the import marks it; docs/agenda-ophalen.md). */
export const bronStatusLabels = { afgelast: 'Afgelast door de organisator', vervallen: 'Staat niet meer in de agenda van de partner' } as const;

/**
 * Where an imported activity comes from (src/lib/agenda-import.ts writes it): the partner's name
 * (shown as "Uit de agenda van …"), the code of its calendar in content/partner-agendas.json, the
 * event's UID (and for one date of a series, that date), and a fingerprint of what the import wrote,
 * so it sees when the redactie changed the file and then leaves it alone.
 */
export const bronSchema = () =>
  z.object({
    naam: field(line(100), 'Partner', 'De naam van de partner, zoals op de pagina: "Uit de agenda van …".'),
    agenda: field(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'moet de code van een partneragenda zijn' }), 'Agenda', 'De code van de partneragenda.'),
    uid: field(line(500), 'UID', 'Het kenmerk van de activiteit in de agenda van de partner.'),
    datum: field(date().optional(), 'Datum in de reeks', 'Alleen bij één datum uit een reeks die apart is opgehaald.'),
    link: field(url().optional(), 'Link', 'De pagina van de activiteit bij de partner.'),
    status: field(z.enum(Object.keys(bronStatusLabels) as [keyof typeof bronStatusLabels]).optional(), 'Status', 'Afgelast of niet meer in de agenda van de partner: dan staat hij niet in de agenda.', {
      optionLabels: bronStatusLabels,
    }),
    controle: field(z.string().regex(/^[0-9a-f]{16}$/, { error: 'is geen controlecode van het ophalen' }), 'Controlecode', 'Zo ziet het ophalen of de redactie het stuk heeft aangepast.'),
  });

/** Whether an activity appears in the agenda, its feeds and the search: not hidden, not cancelled or gone at the partner. */
export function inAgenda(d: { verborgen?: boolean; bron?: { status?: string } }): boolean {
  return !d.verborgen && !d.bron?.status;
}

const UNKNOWN_HINT = 'Weet u het niet? Laat het dan ongemoeid: op de website staat dan "niet bekend".';

/** An activiteit in the agenda. File name = URL slug (/agenda/<slug>/). Body = description. */
export const activiteitSchema = ({ reference }: SchemaContext) =>
  z
    .object({
      titel: field(line(120), 'Titel', 'Wat is het? Bijvoorbeeld "Koffieochtend in De Schakel".'),
      samenvatting: field(line(240), 'Samenvatting', 'Eén zin die vertelt wat bezoekers kunnen verwachten.'),
      start: field(localDateTime(), 'Begint op', 'Datum en tijd van (de eerste keer van) de activiteit, Nederlandse tijd.', { widget: 'datetime' }),
      einde: field(localDateTime(), 'Eindigt op', 'Datum en tijd waarop het afloopt, op dezelfde dag als het begin.', { widget: 'datetime' }),
      herhaling: field(
        z
          .object({
            patroon: field(z.enum(Object.keys(herhalingLabels) as [keyof typeof herhalingLabels]), 'Hoe vaak', 'Wekelijks, om de week, of maandelijks (dezelfde weekdag van de maand, bijvoorbeeld elke eerste dinsdag).', {
              optionLabels: herhalingLabels,
            }),
            tot: field(date().optional(), 'Tot en met', 'De laatste datum. Leeg laten als er geen einde is.', { widget: 'date' }),
            uitzonderingen: field(z.array(date()).optional(), 'Niet op', 'Data waarop het niet doorgaat, bijvoorbeeld Koningsdag of een vakantie.', { widget: 'date' }),
          })
          .optional(),
        'Herhaling',
        'Alleen invullen als de activiteit vaker terugkomt.',
      ),
      locatie: field(
        z.object({
          naam: field(line(100), 'Naam van de plek', 'Bijvoorbeeld "Buurthuis De Schakel".'),
          adres: field(line(120), 'Adres', 'Straat en huisnummer, postcode.'),
          gemeente: field(gemeente(), 'Gemeente', 'In welke gemeente is het?'),
          wijk: field(line(60).optional(), 'Wijk', 'Bijvoorbeeld "Westwijk". Mag leeg blijven.'),
        }),
        'Waar',
      ),
      organisator: field(reference('initiatieven'), 'Organisator', 'Wie organiseert dit? Kies uit de wegwijzer; staat de organisatie er niet in, voeg die dan eerst toe.', {
        widget: 'relation',
        collection: 'initiatieven',
      }),
      kosten: field(line(120), 'Kosten', 'Bijvoorbeeld "Gratis" of "€ 2,50 inclusief koffie".'),
      aanmelden: field(
        z.object({
          nodig: field(z.boolean(), 'Aanmelden nodig', 'Moeten bezoekers zich van tevoren aanmelden?'),
          telefoon: field(phone().optional(), 'Telefoon', 'Het nummer om te bellen voor aanmelden of vragen.', { requiredWhen: AANMELDEN_REQUIRED_WHEN }),
          email: field(email().optional(), 'E-mail', 'Mag leeg blijven.', { requiredWhen: AANMELDEN_REQUIRED_WHEN }),
          website: field(url().optional(), 'Website', 'Mag leeg blijven.', { requiredWhen: AANMELDEN_REQUIRED_WHEN }),
          toelichting: field(line(200).optional(), 'Toelichting', 'Bijvoorbeeld "uiterlijk maandag voor 12.00 uur".'),
        }),
        'Aanmelden',
      ),
      toegankelijkheid: field(
        z.object({
          // Optional: not filled in is "onbekend", which the page says as such (never a "no" nobody checked).
          rolstoel: field(z.boolean().optional(), 'Rolstoeltoegankelijk', `Is de plek zonder drempels of trappen te bereiken? ${UNKNOWN_HINT}`),
          ringleiding: field(z.boolean().optional(), 'Ringleiding', `Is er een ringleiding voor mensen met een hoortoestel? ${UNKNOWN_HINT}`),
          toilet: field(z.boolean().optional(), 'Aangepast toilet', `Is er een toilet dat geschikt is voor een rolstoel? ${UNKNOWN_HINT}`),
          parkeren: field(z.boolean().optional(), 'Parkeren dichtbij', `Kun je vlak bij de ingang parkeren? ${UNKNOWN_HINT}`),
          ov: field(z.boolean().optional(), 'Met openbaar vervoer of Regiotaxi', `Is de plek goed te bereiken met bus, tram, metro of Regiotaxi? ${UNKNOWN_HINT}`),
          toelichting: field(line(300).optional(), 'Toelichting', 'Bijvoorbeeld "lift aanwezig, ingang aan de achterkant".'),
        })
          // All of it may be left open: the CMS then sends no object at all, which means "onbekend".
          .default({}),
        'Toegankelijkheid',
      ),
      ingezonden: field(z.boolean().optional(), 'Ingezonden', INGEZONDEN_HINT),
      // Issue 18, point 2: activities imported from a partner's calendar (npm run agenda:ophalen).
      bron: field(bronSchema().optional(), 'Bron', BRON_HINT, { widget: 'hidden' }),
      verborgen: field(z.boolean().optional(), 'Niet tonen op de website', VERBORGEN_HINT),
      themas: field(z.array(activiteitThema()).min(1, { error: 'kies minstens één thema' }), "Thema's", 'Waar past deze activiteit bij? Bezoekers kunnen hierop zoeken.'),
    })
    .superRefine((d, ctx) => {
      if (d.einde <= d.start) ctx.addIssue({ code: 'custom', path: ['einde'], message: 'ligt niet na het begin' });
      else if (d.einde.slice(0, 10) !== d.start.slice(0, 10))
        ctx.addIssue({ code: 'custom', path: ['einde'], message: 'moet op dezelfde dag zijn als het begin' });
      if (d.aanmelden.nodig && !d.aanmelden.telefoon && !d.aanmelden.email && !d.aanmelden.website)
        ctx.addIssue({ code: 'custom', path: ['aanmelden', 'telefoon'], message: 'vul een telefoonnummer, e-mail of website in als aanmelden nodig is' });
      if (d.herhaling?.tot && d.herhaling.tot.toISOString().slice(0, 10) < d.start.slice(0, 10))
        ctx.addIssue({ code: 'custom', path: ['herhaling', 'tot'], message: 'ligt vóór de eerste keer' });
    });
