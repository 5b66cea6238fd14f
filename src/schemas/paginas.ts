import { z } from 'astro/zod';
import { date, field, line, type SchemaContext } from './helpers';

/** A fixed page (over, redactie, colofon, privacy, toegankelijkheidsverklaring). File name = URL (/<slug>/). */
export const paginaSchema = (_ctx: SchemaContext) =>
  z.object({
    titel: field(line(100), 'Titel', 'De titel bovenaan de pagina.'),
    samenvatting: field(line(240), 'Samenvatting', 'Eén zin over deze pagina, voor zoekmachines en overzichten.'),
    bijgewerkt: field(date().optional(), 'Bijgewerkt op', 'Wanneer is deze pagina voor het laatst aangepast?', { widget: 'date' }),
  });
