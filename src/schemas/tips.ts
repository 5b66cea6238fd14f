import { z } from 'astro/zod';
import { date, field, line, tipThemaLabels, type SchemaContext } from './helpers';

/** A prevention tip. File name = URL slug (/tips/<slug>/); kortId gives the permanent link /t/<kortId>. Body = extra uitleg. */
export const tipSchema = ({ reference }: SchemaContext) =>
  z.object({
    titel: field(line(120), 'Titel', 'Begin met een werkwoord, bijvoorbeeld "Leg antislipmatten in de badkamer".'),
    kortId: field(
      z.string().regex(/^[a-z0-9]{3,8}$/, { error: 'moet 3 tot 8 kleine letters of cijfers zijn' }),
      'Vaste korte code',
      'De code voor de vaste link /t/<code> en de QR-code. Nooit meer veranderen als de tip eenmaal online staat.',
    ),
    samenvatting: field(line(240), 'Samenvatting in één zin', 'De tip in één zin. Dit staat bovenaan en wordt het eerst gelezen.'),
    thema: field(z.enum(Object.keys(tipThemaLabels) as [keyof typeof tipThemaLabels]), 'Thema', 'Onder welk thema staat deze tip?', {
      optionLabels: tipThemaLabels,
    }),
    stappen: field(z.array(line(300)).min(1, { error: 'geef minstens één stap' }), 'Stappen', 'Wat moet de lezer concreet doen? Elke stap één korte zin.'),
    voorWie: field(line(300), 'Voor wie', 'Voor wie is deze tip bedoeld? Bijvoorbeeld "Iedereen die alleen woont".'),
    hulp: field(z.array(reference('initiatieven')).optional(), 'Hulp in de buurt', 'Welke initiatieven uit de wegwijzer kunnen hierbij helpen?', { widget: 'relation', collection: 'initiatieven' }),
    bron: field(line(200).optional(), 'Bron', 'Waar komt de informatie vandaan? Bijvoorbeeld "Veiligheid.nl, valpreventie".'),
    gecontroleerdDoor: field(line(120), 'Gecontroleerd door', 'Naam en functie van wie de tip inhoudelijk heeft nagekeken.'),
    gecontroleerdOp: field(date(), 'Gecontroleerd op', 'De datum van de laatste controle. Na een jaar moet de tip opnieuw worden nagekeken.', { widget: 'date' }),
  });
