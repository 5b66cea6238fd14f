/**
 * Preview templates for artikelen, tips and agenda (issue 3, point 5): the same markup and CSS
 * classes as the real pages (src/pages/artikelen/[slug].astro, tips/[slug].astro,
 * agenda/[slug].astro), rendered with the site's CSS (cms/preview.css), so editors see the
 * page as readers will. Built with Decap's global `h` (React.createElement) and `createClass`,
 * so no React build step is needed. Text is passed as React children (escaped by React); the
 * Markdown body goes through Decap's own preview, which stays sanitised (sanitize_preview), and
 * then through SafeBody: DOMPurify's defaults keep <style>, <form> and <details>, which the site
 * never shows (its Markdown pipeline prints raw HTML as text), so they are taken out of the preview
 * too (issue 15, finding 3; the /admin/ CSP blocks what a <style>@import would fetch).
 */
import { t, tCount } from '../src/i18n/index';
import { formatDate, readingMinutes } from '../src/lib/format';
import { accessAnswer, activiteitThemaLabels, gemeenteLabels, herhalingLabels, tipThemaLabels } from '../src/schemas/helpers';
import type { StringKey } from '../src/i18n/index';
import { leesniveauPanel, markWords, type LeesniveauPanel } from './leesniveau';
import { spellingMarks, spellingRegel, spellingText } from './spelling';
import type { SpellingState } from './spelling-client';

/* Decap passes Immutable.js values; we only use these few methods. */
interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: Array<string | number>): unknown;
  toJS?(): unknown;
}
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): unknown;
  getAsset(path: string): unknown;
  fieldsMetaData?: ImmutableLike;
  getCollection?(collection: string, slug?: string): Promise<unknown>;
}
interface CreateClass {
  (spec: Record<string, unknown>): unknown;
}
export interface DecapGlobal {
  registerPreviewTemplate(name: string, component: unknown): void;
}
/** The spelling check (cms/spelling-client.ts): the state for a text, and a call when it changes. */
export interface SpellingSource {
  request(text: string, onUpdate: () => void): SpellingState;
}

const plain = (v: unknown): unknown => (v && typeof v === 'object' && 'toJS' in (v as object) ? (v as ImmutableLike).toJS!() : v);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(plain(v)));
const list = (v: unknown): string[] => {
  const p = plain(v);
  return Array.isArray(p) ? p.map(String) : p ? [String(p)] : [];
};

/** "2026-06-03" → "3 juni 2026" (empty when not a date yet). */
export function previewDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return '';
  return formatDate(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)));
}

/** "2026-03-03T10:00" + "2026-03-03T11:30" → "dinsdag 3 maart 2026, 10.00–11.30 uur" (wall-clock time, any browser time zone). */
export function previewWhen(start: string, end: string): string {
  const parse = (s: string) => /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  const a = parse(start);
  if (!a) return '';
  const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(+a[1], +a[2] - 1, +a[3], 12)),
  );
  const b = parse(end);
  return `${day}, ${a[4]}.${a[5]}${b ? `–${b[4]}.${b[5]}` : ''} uur`;
}


/** "ria-van-dijk" → "Ria van dijk": a readable stand-in until the real name is loaded. */
const fromSlug = (slug: string) => (slug ? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ') : '');

/**
 * Names of related entries (rubriek, auteurs, organisator): from the relation widget's metadata
 * when the editor just picked them, otherwise loaded once with getCollection().
 */
function relationNames() {
  const cache = new Map<string, string>();
  const pending = new Set<string>();
  return {
    name(props: PreviewProps, field: string, collection: string, slug: string, nameField: string, rerender: () => void): string {
      if (!slug) return '';
      const fromMeta = props.fieldsMetaData?.getIn([field, collection, slug, nameField]);
      if (typeof fromMeta === 'string' && fromMeta) return fromMeta;
      const key = `${collection}/${slug}`;
      if (cache.has(key)) return cache.get(key)!;
      if (!pending.has(key) && props.getCollection) {
        pending.add(key);
        props
          .getCollection(collection, slug)
          .then((result) => {
            const r = result as ImmutableLike | ImmutableLike[] | undefined;
            const entry = Array.isArray(r) ? r[0] : r && typeof (r as ImmutableLike).get === 'function' && (r as ImmutableLike).get('data') === undefined && typeof (r as unknown as { first?: () => unknown }).first === 'function' ? ((r as unknown as { first: () => ImmutableLike }).first()) : (r as ImmutableLike);
            const value = entry?.getIn?.(['data', nameField]);
            if (typeof value === 'string' && value) {
              cache.set(key, value);
              rerender();
            }
          })
          .catch(() => undefined);
      }
      return fromSlug(slug);
    },
  };
}

/** Elements an entry's raw HTML may not bring into the preview: removed with their content. */
export const PREVIEW_REMOVED = 'style, link, meta, base, form, input, button, select, textarea, iframe, frame, object, embed, script, template, svg, math';
/** Elements whose text may stay but whose behaviour may not: replaced by their children. */
export const PREVIEW_UNWRAPPED = 'details, summary, dialog, label, fieldset, legend';

interface NodeLike {
  childNodes: unknown[];
  remove(): void;
  replaceWith(...nodes: unknown[]): void;
}
/** The class of the marks around words that look misspelled (styled in cms/preview.css). */
export const SPELLING_MARK_CLASS = 'cms-spelling-mark';

/** Take unsafe elements out of a rendered preview body (works on DOM elements and node-html-parser's). */
export function stripPreview(root: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  for (const el of Array.from(root.querySelectorAll(PREVIEW_REMOVED)) as NodeLike[]) el.remove();
  for (const el of Array.from(root.querySelectorAll(PREVIEW_UNWRAPPED)).reverse() as NodeLike[]) el.replaceWith(...Array.from(el.childNodes));
}

export function registerPreviews(CMS: DecapGlobal, h: H, createClass: CreateClass, spelling?: SpellingSource): void {
  const names = relationNames();

  /**
   * The body's preview, with stripPreview applied now and after every change Decap makes to it;
   * the long words and jargon of the leesniveau panel are marked in it (cms/leesniveau.ts), and so
   * are the words that look misspelled (cms/spelling.ts).
   */
  const SafeBody = createClass({
    tidy(this: { el?: Element; observer?: MutationObserver; props: { marks?: Map<string, string>; spelling?: Map<string, string> } }) {
      const el = this.el;
      if (!el) return;
      // Our own changes must not wake the observer again.
      this.observer?.disconnect();
      stripPreview(el);
      markWords(el, this.props.marks ?? new Map());
      markWords(el, this.props.spelling ?? new Map(), SPELLING_MARK_CLASS);
      this.observer?.observe(el, { childList: true, subtree: true, characterData: true });
    },
    componentDidMount(this: { el?: Element; observer?: MutationObserver; tidy(): void }) {
      if (!this.el) return;
      this.observer = new MutationObserver(() => this.tidy());
      this.tidy();
    },
    componentDidUpdate(this: { tidy(): void }) {
      this.tidy();
    },
    componentWillUnmount(this: { observer?: MutationObserver }) {
      this.observer?.disconnect();
    },
    render(this: { el?: Element | null; props: { children?: unknown } }) {
      return h('div', { className: 'prose', ref: (el: Element | null) => (this.el = el ?? undefined) }, this.props.children);
    },
  });
  const safeBody = (widgetFor: (name: string) => unknown, panel?: LeesniveauPanel | null, spellingState?: SpellingState | null) =>
    h(SafeBody, { marks: panel?.marks, spelling: spellingState?.fouten ? spellingMarks(spellingState.fouten, spellingState.voorlopig) : undefined }, widgetFor('body'));

  /** The leesniveau of what the editor has written so far (artikelen and tips), above the preview, with a line on spelling. */
  const Leesniveau = (panel: LeesniveauPanel | null, spellingState?: SpellingState | null) =>
    panel
      ? h(
          'section',
          { className: 'cms-leesniveau', 'aria-labelledby': 'cms-leesniveau-titel' },
          h('h2', { id: 'cms-leesniveau-titel' }, panel.titel),
          h(
            'ul',
            null,
            ...panel.regels.map((r, i) => h('li', { key: i }, r)),
            spellingState ? h('li', { key: 'spelling', className: 'cms-spelling-regel' }, spellingRegel(spellingState)) : null,
          ),
          h('p', { className: 'cms-leesniveau-uitleg' }, panel.uitleg),
        )
      : null;
  const panelFor = (entry: ImmutableLike) => {
    const data = plain(entry.getIn(['data'])) as Record<string, unknown> | undefined;
    return leesniveauPanel(data ?? {}, str(data?.body));
  };
  /** The spelling of the entry's text so far: asked on every render, checked when typing pauses. */
  const spellingFor = (entry: ImmutableLike, rerender: () => void): SpellingState | null => {
    if (!spelling) return null;
    const data = (plain(entry.getIn(['data'])) as Record<string, unknown> | undefined) ?? {};
    const text = spellingText(data, str(data.body));
    return text.trim() ? spelling.request(text, rerender) : null;
  };

  const Frame = (...children: unknown[]) =>
    h('div', { className: 'wrap' }, h('p', { className: 'cms-voorbeeld-melding' }, 'Voorbeeld: zo ziet het eruit op de website.'), ...children);

  const ArtikelPreview = createClass({
    render(this: { props: PreviewProps; forceUpdate: () => void }) {
      const { entry, widgetFor, getAsset } = this.props;
      const d = (k: string) => entry.getIn(['data', k]);
      const rerender = () => this.forceUpdate();
      const rubriek = str(d('rubriek'));
      const rubriekNaam = names.name(this.props, 'rubriek', 'rubrieken', rubriek, 'naam', rerender);
      const auteurs = list(d('auteurs')).map((slug) => names.name(this.props, 'auteurs', 'auteurs', slug, 'naam', rerender));
      const byline = auteurs.length > 1 ? `${auteurs.slice(0, -1).join(', ')} ${t('article.and')} ${auteurs.at(-1)}` : auteurs[0] ?? '';
      const datum = previewDate(str(d('publicatiedatum')));
      const bijgewerkt = previewDate(str(d('bijgewerkt')));
      const foto = str(d('afbeelding'));
      const fotoUrl = foto ? String(getAsset(foto) ?? foto) : '';
      const body = str(d('body'));
      const panel = panelFor(entry);
      const spellingState = spellingFor(entry, rerender);
      const meta: unknown[] = [];
      if (byline) meta.push(`${t('article.by')} ${byline}`);
      if (datum) meta.push(`${meta.length ? ' · ' : ''}${datum}`);
      meta.push(`${meta.length ? ' · ' : ''}${tCount('article.readingTime', readingMinutes(body))}`);
      if (bijgewerkt) meta.push(h('br', { key: 'br' }), `${t('article.updated')} ${bijgewerkt}`);
      return Frame(
        Leesniveau(panel, spellingState),
        h(
          'article',
          { className: 'lees' },
          h(
            'header',
            { className: 'artikel-kop' },
            rubriekNaam ? h('p', { className: 'rubriek-label' }, h('a', { href: '#' }, rubriekNaam)) : null,
            h('h1', null, str(d('titel')) || 'Titel van het artikel'),
            str(d('samenvatting')) ? h('p', { className: 'intro' }, str(d('samenvatting'))) : null,
            h('p', { className: 'meta' }, ...meta),
          ),
          fotoUrl ? h('figure', { className: 'artikel-foto' }, h('img', { src: fotoUrl, alt: str(d('afbeeldingAlt')) })) : null,
          safeBody(widgetFor, panel, spellingState),
          auteurs.length
            ? h('aside', { className: 'auteur-blok' }, h('h2', null, t('article.about')), ...auteurs.map((n, i) => h('p', { key: i }, h('strong', null, n))))
            : null,
        ),
      );
    },
  });

  const TipPreview = createClass({
    render(this: { props: PreviewProps; forceUpdate: () => void }) {
      const { entry, widgetFor } = this.props;
      const d = (k: string) => entry.getIn(['data', k]);
      const rerender = () => this.forceUpdate();
      const thema = str(d('thema'));
      const stappen = list(d('stappen')).filter(Boolean);
      const hulp = list(d('hulp')).map((slug) => names.name(this.props, 'hulp', 'initiatieven', slug, 'naam', rerender));
      const gecontroleerdOp = previewDate(str(d('gecontroleerdOp')));
      const bron = str(d('bron'));
      const panel = panelFor(entry);
      const spellingState = spellingFor(entry, rerender);
      return Frame(
        Leesniveau(panel, spellingState),
        h(
          'article',
          { className: 'lees' },
          thema ? h('p', { className: 'rubriek-label meta' }, tipThemaLabels[thema as keyof typeof tipThemaLabels] ?? thema) : null,
          h('h1', null, str(d('titel')) || 'Titel van de tip'),
          str(d('samenvatting')) ? h('p', { className: 'intro' }, str(d('samenvatting'))) : null,
          h('h2', null, t('tip.steps')),
          h('ol', { className: 'stappen' }, ...stappen.map((s, i) => h('li', { key: i }, s))),
          h('h2', null, t('tip.forWho')),
          h('p', null, str(d('voorWie'))),
          safeBody(widgetFor, panel, spellingState),
          hulp.length ? h('h2', null, t('tip.help')) : null,
          hulp.length ? h('ul', null, ...hulp.map((n, i) => h('li', { key: i }, h('a', { href: '#' }, n)))) : null,
          h(
            'p',
            { className: 'meta' },
            t('tip.checkedBy', { wie: str(d('gecontroleerdDoor')) || '…', datum: gecontroleerdOp || '…' }),
            bron ? h('br') : null,
            bron ? `${t('tip.source')}: ${bron}` : null,
          ),
        ),
      );
    },
  });

  const ActiviteitPreview = createClass({
    render(this: { props: PreviewProps; forceUpdate: () => void }) {
      const { entry, widgetFor } = this.props;
      const d = (path: string[]) => entry.getIn(['data', ...path]);
      const rerender = () => this.forceUpdate();
      const when = previewWhen(str(d(['start'])), str(d(['einde'])));
      const patroon = str(d(['herhaling', 'patroon']));
      const tot = previewDate(str(d(['herhaling', 'tot'])));
      const herhaling = patroon ? `${herhalingLabels[patroon as keyof typeof herhalingLabels] ?? patroon}${tot ? `, ${t('agenda.repeat.until', { datum: tot })}` : ''}` : '';
      const gemeente = str(d(['locatie', 'gemeente']));
      const nodig = d(['aanmelden', 'nodig']) === true;
      // The site's own sentences (src/pages/agenda/[slug].astro), not the preview's.
      const access = (['rolstoel', 'ringleiding', 'toilet', 'parkeren', 'ov'] as const).map((k) =>
        t(`agenda.access.${k}.${accessAnswer(d(['toegankelijkheid', k]) as boolean | undefined)}` as StringKey),
      );
      const telefoon = str(d(['aanmelden', 'telefoon']));
      const email = str(d(['aanmelden', 'email']));
      const org = names.name(this.props, 'organisator', 'initiatieven', str(d(['organisator'])), 'naam', rerender);
      const themas = list(d(['themas'])).map((x) => activiteitThemaLabels[x as keyof typeof activiteitThemaLabels] ?? x);
      const line = (...parts: unknown[]) => parts.filter((p) => p !== null && p !== '' && p !== undefined);
      const aanmelden = line(
        nodig ? t('agenda.signupNeeded') : t('agenda.signupNotNeeded'),
        telefoon ? h('br', { key: 'b1' }) : null,
        telefoon ? `${nodig ? t('agenda.signupPhone') : t('agenda.questionsPhone')} ${telefoon}` : null,
        email ? h('br', { key: 'b2' }) : null,
        email ? `${nodig ? (telefoon ? t('agenda.signupEmail') : t('agenda.signupEmailOnly')) : t('agenda.questionsEmail')} ${email}` : null,
        str(d(['aanmelden', 'toelichting'])) ? h('br', { key: 'b3' }) : null,
        str(d(['aanmelden', 'toelichting'])),
      );
      return Frame(
        h(
          'article',
          { className: 'lees' },
          h('h1', null, str(d(['titel'])) || 'Titel van de activiteit'),
          str(d(['samenvatting'])) ? h('p', { className: 'intro' }, str(d(['samenvatting']))) : null,
          h(
            'dl',
            { className: 'gegevens' },
            h('dt', null, t('agenda.when')),
            h('dd', null, when || '…', herhaling ? h('br') : null, herhaling || null),
            h('dt', null, t('agenda.where')),
            h('dd', null, str(d(['locatie', 'naam'])), h('br'), `${str(d(['locatie', 'adres']))}${gemeente ? `, ${gemeenteLabels[gemeente] ?? gemeente}` : ''}`),
            h('dt', null, t('agenda.cost')),
            h('dd', null, str(d(['kosten']))),
            h('dt', null, t('agenda.signup')),
            h('dd', null, ...aanmelden),
            h('dt', null, t('agenda.access')),
            h('dd', null, access.join(' · ')),
            h('dt', null, t('agenda.organiser')),
            h('dd', null, org ? h('a', { href: '#' }, org) : '…'),
            themas.length ? h('dt', null, t('agenda.themas')) : null,
            themas.length ? h('dd', null, themas.join(', ')) : null,
          ),
          safeBody(widgetFor),
        ),
      );
    },
  });

  CMS.registerPreviewTemplate('artikelen', ArtikelPreview);
  CMS.registerPreviewTemplate('tips', TipPreview);
  CMS.registerPreviewTemplate('agenda', ActiviteitPreview);
}
