/** /agenda.ics: the whole agenda as a subscription feed (RFC 5545). */
import type { APIRoute } from 'astro';
import { activiteiten, buildNow } from '../lib/content';
import { site } from '../lib/site';
import { feed } from '../components/agenda/feeds';
import { t } from '../i18n';

export const GET: APIRoute = async () =>
  feed(
    await activiteiten(),
    t('agenda.ics.name', { site: site.naam }),
    t('agenda.ics.calDescription', { gebied: site.gemeenten.map((g) => g.naam).join(', ') }),
    buildNow(),
  );
