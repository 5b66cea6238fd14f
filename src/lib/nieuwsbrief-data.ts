/**
 * The e-mail edition's content, gathered at build time from the same collections as the nummer's
 * page, the home page's tip van de week and the agenda (src/lib/nieuwsbrief.ts renders it).
 * "Now" is the build's clock (buildNow()), never the real one: the send command sends what the
 * publish build made.
 */
import { getImage } from 'astro:assets';
import { artikelenInNummer, buildNow, nummers, tips, upcomingActivities, type Nummer } from './content';
import { formatDate, formatOccurrence } from './format';
import { gemeenteNaam, site } from './site';
import { tipOfTheWeek } from './tips';
import { absoluteLinks, type Nieuwsbrief } from './nieuwsbrief';
import { entryPath } from '../schemas/registry';

/** Days of agenda in the e-mail: what happens before the next nummer is likely out. */
export const AGENDA_DAYS = 42;
/** At most this many activities per gemeente (the rest is one link away). */
export const AGENDA_PER_GEMEENTE = 5;

/** Nummers that have appeared at build time: each gets an e-mail edition. */
export async function verschenenNummers(): Promise<Nummer[]> {
  return (await nummers()).filter((n) => n.data.verschijningsdatum <= buildNow());
}

const abs = (p: string) => new URL(p, site.url).href;

/** An image as a stable absolute URL in the build: a 1104 px JPEG (552 px column, sharp on 2× screens). */
async function emailImage(src: Parameters<typeof getImage>[0]['src']): Promise<string> {
  return abs((await getImage({ src, width: 1104, format: 'jpg', quality: 75 })).src);
}

export async function nieuwsbriefVan(nummer: Nummer): Promise<Nieuwsbrief> {
  const now = buildNow();
  const d = nummer.data;
  const inhoud = await artikelenInNummer(nummer);
  const tip = tipOfTheWeek(await tips(), now);
  const until = now.getTime() + AGENDA_DAYS * 864e5;
  const komend = (await upcomingActivities(now)).filter((u) => u.occurrence.start.getTime() <= until);
  const voorwoord = nummer.rendered?.html;
  if (voorwoord === undefined) throw new Error(`Nummer ${d.nummer}: het voorwoord kon niet worden gelezen (content/nummers/${nummer.id}.md).`);
  return {
    site: { naam: site.naam, ondertitel: site.ondertitel, url: abs('/'), email: site.contact.email, telefoon: site.contact.telefoon, kleuren: site.kleuren },
    nummer: d.nummer,
    titel: d.titel,
    verschenen: formatDate(d.verschijningsdatum),
    url: abs(`/nummers/${nummer.id}/`),
    webUrl: abs(`/nieuwsbrief/${nummer.id}/`),
    tekstUrl: abs(`/nieuwsbrief/${nummer.id}.txt`),
    omslag: { src: await emailImage(d.omslag), alt: d.omslagAlt },
    voorwoordHtml: absoluteLinks(voorwoord, site.url),
    artikelen: await Promise.all(
      inhoud.map(async ({ artikel, rubriek }) => ({
        titel: artikel.data.titel,
        samenvatting: artikel.data.samenvatting,
        rubriek: rubriek.data.naam,
        url: abs(entryPath('artikelen', artikel.id)),
        afbeelding: artikel.data.afbeelding ? { src: await emailImage(artikel.data.afbeelding), alt: artikel.data.afbeeldingAlt ?? '' } : undefined,
      })),
    ),
    tip: tip && { titel: tip.data.titel, samenvatting: tip.data.samenvatting, url: abs(entryPath('tips', tip.id)) },
    agenda: site.gemeenten.map((g) => ({
      naam: g.naam,
      url: abs(`/agenda/${g.slug}/`),
      activiteiten: komend
        .filter((u) => u.activiteit.data.locatie.gemeente === g.slug)
        .slice(0, AGENDA_PER_GEMEENTE)
        .map(({ activiteit, occurrence }) => ({
          titel: activiteit.data.titel,
          wanneer: formatOccurrence(occurrence.start, occurrence.end, now),
          plaats: `${activiteit.data.locatie.naam}, ${gemeenteNaam(activiteit.data.locatie.gemeente)}`,
          url: abs(entryPath('agenda', activiteit.id)),
        })),
    })),
    agendaUrl: abs('/agenda/'),
  };
}
