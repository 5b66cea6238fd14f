/**
 * The e-mail edition of a nummer (issue 19): one plain data object (made at build time from the
 * same content as the site, src/lib/nieuwsbrief-data.ts) rendered twice:
 *   - HTML with MJML (a maintained e-mail framework: tables and Outlook fixes are its job), and
 *   - a complete plain-text alternative with the same content and every address written out.
 * Everything links with absolute URLs to the site; images are absolute; no tracking, no script.
 * Reading comfort as on the site: one column, text ≥ 20 px, contrast ≥ 7:1, a dark scheme
 * (prefers-color-scheme) and nothing wider than a 320 px screen.
 *
 * This module is pure (no astro:content), so the tests and the send command can use it directly.
 */
import mjml2html from 'mjml';
import { parse } from 'node-html-parser';
import { t } from '../i18n';
import { htmlText } from './format';

export interface NieuwsbriefAfbeelding { src: string; alt: string }
export interface NieuwsbriefArtikel { titel: string; samenvatting: string; rubriek: string; url: string; afbeelding?: NieuwsbriefAfbeelding }
export interface NieuwsbriefActiviteit { titel: string; wanneer: string; plaats: string; url: string }
export interface NieuwsbriefGemeente { naam: string; url: string; activiteiten: NieuwsbriefActiviteit[] }

export interface Nieuwsbrief {
  site: { naam: string; ondertitel: string; url: string; email: string; telefoon: string; kleuren: { primair: string; achtergrond: string; tekst: string } };
  nummer: number;
  titel: string;
  /** "16 november 2026" */
  verschenen: string;
  /** The nummer's page on the site (absolute). */
  url: string;
  /** The e-mail edition's own page and text version on the site (absolute). */
  webUrl: string;
  tekstUrl: string;
  omslag?: NieuwsbriefAfbeelding;
  /** The voorwoord as HTML (the nummer's body), links already absolute (absoluteLinks()). */
  voorwoordHtml: string;
  artikelen: NieuwsbriefArtikel[];
  tip?: { titel: string; samenvatting: string; url: string };
  agenda: NieuwsbriefGemeente[];
  agendaUrl: string;
}

/** The subject line: "Vief nummer 12: Warm de winter door". */
export function onderwerp(n: Nieuwsbrief): string {
  return t('nieuwsbrief.subject', { naam: n.site.naam, n: n.nummer, titel: n.titel });
}

/** Every href and src in a piece of HTML made absolute against the site's address. */
export function absoluteLinks(html: string, base: string): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[href], [src]')) {
    for (const name of ['href', 'src']) {
      const v = el.getAttribute(name);
      if (v && !/^(mailto|tel):/i.test(v)) el.setAttribute(name, new URL(v, base).href);
    }
  }
  return root.toString();
}

/** Plain text from a bit of the site's HTML: paragraphs separated by a blank line, links as "tekst (adres)". */
export function htmlToText(html: string): string {
  const root = parse(html);
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    const text = a.textContent.trim();
    a.replaceWith(text && text !== href.replace(/^mailto:/, '') ? `${htmlText(text)} (${htmlText(href.replace(/^mailto:/, ''))})` : htmlText(href));
  }
  for (const li of root.querySelectorAll('li')) li.insertAdjacentHTML('afterbegin', '* ');
  for (const br of root.querySelectorAll('br')) br.replaceWith('\n');
  const blocks = root.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, figcaption');
  const parts = blocks.length ? blocks.map((b) => b.textContent) : [root.textContent];
  return parts
    .map((p) => p.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}

const esc = htmlText;

/** Colours for the dark scheme: light text on near-black, ≥ 7:1 (checked by axe in tests/e2e/nieuwsbrief.spec.ts). */
const DARK = { achtergrond: '#121212', tekst: '#f2f2f2', link: '#a9d4f5', meta: '#d6d6d6' };
const META = '#4a4a4a';

/** The MJML source of the e-mail. */
export function nieuwsbriefMjml(n: Nieuwsbrief): string {
  const { kleuren } = n.site;
  const link = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;
  const kop = (text: string, level = 2) => `<mj-text css-class="kop" font-size="${level === 1 ? 30 : 26}px" line-height="1.25" font-weight="700" padding-top="32px" padding-bottom="8px"><h${level} style="margin:0;font-size:inherit;line-height:inherit">${esc(text)}</h${level}></mj-text>`;
  const rule = '<mj-divider border-color="#8a8a8a" border-width="2px" padding="24px 24px 0" />';

  const artikelen = n.artikelen
    .map((a) => [
      a.afbeelding ? `<mj-image src="${esc(a.afbeelding.src)}" alt="${esc(a.afbeelding.alt)}" href="${esc(a.url)}" width="552px" fluid-on-mobile="true" padding="24px 24px 8px" />` : '',
      `<mj-text padding-top="${a.afbeelding ? 8 : 24}px"><p class="meta" style="margin:0;color:${META};font-size:18px">${esc(a.rubriek)}</p><h3 style="margin:4px 0 8px;font-size:24px;line-height:1.3">${link(a.url, a.titel)}</h3><p style="margin:0">${esc(a.samenvatting)}</p></mj-text>`,
    ].join(''))
    .join('\n');

  const tip = n.tip
    ? `${rule}${kop(t('nieuwsbrief.tip'))}<mj-text><h3 style="margin:0 0 8px;font-size:24px;line-height:1.3">${link(n.tip.url, n.tip.titel)}</h3><p style="margin:0">${esc(n.tip.samenvatting)}</p></mj-text>`
    : '';

  const agenda = n.agenda
    .map((g) => {
      const items = g.activiteiten.length
        ? `<ul style="margin:0;padding:0;list-style:none">${g.activiteiten
            .map((a) => `<li style="margin:0 0 16px"><span class="meta" style="color:${META};font-size:18px">${esc(a.wanneer)}</span><br />${link(a.url, a.titel)}<br />${esc(a.plaats)}</li>`)
            .join('')}</ul>`
        : `<p style="margin:0">${esc(t('nieuwsbrief.agendaEmpty'))}</p>`;
      return `<mj-text padding-top="16px"><h3 style="margin:0 0 8px;font-size:24px;line-height:1.3">${esc(g.naam)}</h3>${items}<p style="margin:0">${link(g.url, t('nieuwsbrief.agendaGemeente', { gemeente: g.naam }))}</p></mj-text>`;
    })
    .join('\n');

  return `<mjml lang="nl" dir="ltr">
  <mj-head>
    <mj-title>${esc(onderwerp(n))}</mj-title>
    <mj-preview>${esc(t('nieuwsbrief.preview', { n: n.nummer, titel: n.titel }))}</mj-preview>
    <mj-raw><meta name="color-scheme" content="light dark" /><meta name="supported-color-schemes" content="light dark" /></mj-raw>
    <mj-attributes>
      <mj-all font-family="'Atkinson Hyperlegible Next', Verdana, Arial, sans-serif" />
      <mj-text font-size="20px" line-height="1.6" color="${kleuren.tekst}" padding="8px 24px" />
      <mj-section padding="0" />
    </mj-attributes>
    <mj-style>
      a { color: ${kleuren.primair}; text-decoration: underline; }
      h1 a, h2 a, h3 a { color: ${kleuren.primair}; }
      p, li, h1, h2, h3 { overflow-wrap: anywhere; word-break: break-word; }
      @media (prefers-color-scheme: dark) {
        body, .vief-body, .vief-body > div { background-color: ${DARK.achtergrond} !important; }
        .vief-body div, .vief-body p, .vief-body li, .vief-body h1, .vief-body h2, .vief-body h3, .vief-body span { color: ${DARK.tekst} !important; }
        .vief-body .meta { color: ${DARK.meta} !important; }
        .vief-body a, .vief-body a * { color: ${DARK.link} !important; }
      }
      [data-ogsc] .vief-body div, [data-ogsc] .vief-body p, [data-ogsc] .vief-body li, [data-ogsc] .vief-body h1, [data-ogsc] .vief-body h2, [data-ogsc] .vief-body h3 { color: ${DARK.tekst} !important; }
      [data-ogsc] .vief-body a { color: ${DARK.link} !important; }
    </mj-style>
  </mj-head>
  <mj-body width="600px" background-color="${kleuren.achtergrond}" css-class="vief-body">
    <mj-section><mj-column>
      <mj-text padding-top="24px" font-size="18px"><p style="margin:0">${link(n.webUrl, t('nieuwsbrief.viewOnline'))}</p></mj-text>
      <mj-text padding-top="16px"><p style="margin:0;font-size:34px;font-weight:700;line-height:1.2;color:${kleuren.primair}">${esc(n.site.naam)}</p><p style="margin:4px 0 0">${esc(n.site.ondertitel)}</p></mj-text>
      ${kop(`${t('nummer.label', { n: n.nummer })}: ${n.titel}`, 1)}
      <mj-text padding-top="0"><p class="meta" style="margin:0;color:${META}">${esc(t('nummer.appeared', { date: n.verschenen }))}</p></mj-text>
      ${n.omslag ? `<mj-image src="${esc(n.omslag.src)}" alt="${esc(n.omslag.alt)}" href="${esc(n.url)}" width="552px" fluid-on-mobile="true" padding="16px 24px" />` : ''}
      ${kop(t('nummer.voorwoord'))}
      <mj-text>${n.voorwoordHtml}</mj-text>
      <mj-text><p style="margin:0">${link(n.url, t('nieuwsbrief.readIssue'))}</p></mj-text>
      ${rule}
      ${kop(t('nieuwsbrief.contents'))}
      ${artikelen}
      ${tip}
      ${rule}
      ${kop(t('nieuwsbrief.agenda'))}
      ${agenda}
      <mj-text><p style="margin:0">${link(n.agendaUrl, t('nieuwsbrief.agendaAll'))}</p></mj-text>
      ${rule}
      <mj-text padding="24px 24px 40px" font-size="18px"><p style="margin:0 0 8px">${esc(t('nieuwsbrief.footer', { naam: n.site.naam }))}</p><p style="margin:0">${esc(t('nieuwsbrief.contact'))} ${link(`mailto:${n.site.email}`, n.site.email)}, ${esc(n.site.telefoon)}. ${link(n.site.url, n.site.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</p></mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`;
}

/** The HTML e-mail. MJML's validation is strict: a mistake in the template stops the build. */
export async function nieuwsbriefHtml(n: Nieuwsbrief): Promise<string> {
  const result = await mjml2html(nieuwsbriefMjml(n), { validationLevel: 'strict', keepComments: false });
  if (result.errors?.length) throw new Error(`De nieuwsbrief van nummer ${n.nummer} kon niet worden gemaakt: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  return result.html;
}

const underline = (text: string, ch = '=') => `${text}\n${ch.repeat(Math.min(text.length, 72))}`;

/** The plain-text alternative: the same content, every link written out. */
export function nieuwsbriefTekst(n: Nieuwsbrief): string {
  const out: string[] = [];
  out.push(underline(`${n.site.naam} — ${t('nummer.label', { n: n.nummer })}: ${n.titel}`));
  out.push(`${t('nummer.appeared', { date: n.verschenen })}\n${t('nieuwsbrief.readIssue')}: ${n.url}`);
  out.push(underline(t('nummer.voorwoord'), '-'));
  out.push(htmlToText(n.voorwoordHtml));
  out.push(underline(t('nieuwsbrief.contents'), '-'));
  for (const a of n.artikelen) out.push(`* ${a.titel} (${a.rubriek})\n  ${a.samenvatting}\n  ${t('nieuwsbrief.readMore')}: ${a.url}`);
  if (n.tip) {
    out.push(underline(t('nieuwsbrief.tip'), '-'));
    out.push(`${n.tip.titel}\n${n.tip.samenvatting}\n${t('nieuwsbrief.readMore')}: ${n.tip.url}`);
  }
  out.push(underline(t('nieuwsbrief.agenda'), '-'));
  for (const g of n.agenda) {
    const lines = g.activiteiten.map((a) => `* ${a.wanneer}\n  ${a.titel}\n  ${a.plaats}\n  ${a.url}`);
    out.push([`${g.naam}:`, ...(lines.length ? lines : [t('nieuwsbrief.agendaEmpty')]), `${t('nieuwsbrief.agendaGemeente', { gemeente: g.naam })}: ${g.url}`].join('\n'));
  }
  out.push(`${t('nieuwsbrief.agendaAll')}: ${n.agendaUrl}`);
  out.push('--');
  out.push(`${t('nieuwsbrief.footer', { naam: n.site.naam })}\n${t('nieuwsbrief.contact')} ${n.site.email}, ${n.site.telefoon}. ${n.site.url}`);
  out.push(`${t('nieuwsbrief.viewOnline')}: ${n.webUrl}`);
  return out.join('\n\n') + '\n';
}
