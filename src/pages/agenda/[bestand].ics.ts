/**
 * /agenda/<gemeente>.ics: subscription feed of one gemeente.
 * /agenda/<slug>.ics: one activity, for the "Zet in mijn agenda" button (same UID as in the feeds).
 * One route for both, because both are a single path segment ending in .ics.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { activiteiten, alleActiviteiten, buildNow, type Activiteit } from '../../lib/content';
import { inAgenda } from '../../schemas/agenda';
import { site } from '../../lib/site';
import { buildIcs } from '../../lib/ics';
import { feed, siteHost, toIcsActivity } from '../../components/agenda/feeds';
import { t } from '../../i18n';

type Props = { gemeente: (typeof site.gemeenten)[number]; activiteit?: undefined } | { gemeente?: undefined; activiteit: Activiteit };

export const getStaticPaths = (async () => {
  // Also activities off the agenda (hidden, cancelled): their download says so (STATUS:CANCELLED).
  const list = await alleActiviteiten();
  return [
    ...site.gemeenten.map((gemeente) => ({ params: { bestand: gemeente.slug }, props: { gemeente } })),
    ...list.map((activiteit) => ({ params: { bestand: activiteit.id }, props: { activiteit } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const now = buildNow();
  if (props.gemeente) {
    const g = props.gemeente;
    const list = (await activiteiten()).filter((a) => a.data.locatie.gemeente === g.slug);
    return feed(list, t('agenda.ics.nameGemeente', { site: site.naam, gemeente: g.naam }), t('agenda.ics.calDescription', { gebied: g.naam }), now);
  }
  const a = props.activiteit!;
  const off = !inAgenda(a.data);
  // Hidden by the redactie: cancelled, and without its title or text (they may be why it was hidden).
  const hidden = a.data.verborgen ? { titel: t('agenda.off.titel'), samenvatting: t('agenda.off.verborgen') } : {};
  const event = { ...toIcsActivity(a), ...hidden, afgelast: off };
  const body = buildIcs({ name: event.titel, description: event.samenvatting, host: siteHost(), now, activities: [event], reminder: !off });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
