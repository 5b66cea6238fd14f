/**
 * The Decap CMS configuration, generated from the content schemas (src/schemas): one source of
 * truth for the build, the content validator and the CMS (issue 3, point 2).
 *
 * buildCmsConfig(env) returns the object for `CMS.init({ config })`; /admin/config.json serves it
 * (src/pages/admin/config.json.ts). The Git host is chosen with environment variables at build
 * time, see `CmsEnv` below and the README ("Decap CMS in productie").
 *
 * tests/unit/cms-config.test.ts checks that every schema field has a CMS field and the other
 * way round, that `required` follows optionality, and that selects and relations match.
 */
import { cmsOrder, collectionNames, registry, schemas, type BodyInfo, type CollectionName } from '../src/schemas/index';
import { siteSchema } from '../src/schemas/site';
import { PARTNER_AGENDAS_FILE, partnerAgendasSchema } from '../src/schemas/partner-agendas';
import { plainContext } from '../src/lib/schema-context';
import site from '../content/site.json' with { type: 'json' };
import { describeSchema, type ObjectNode, type SchemaNode } from './schema-walk';
import { editorComponentIds } from './editor-components';
import { conditionalLabel } from './locale';

/** Environment variables that choose the Git host (all optional; without them: local decap-server). */
export interface CmsEnv {
  /** 'local' (default), 'github', 'gitlab', 'forgejo' or 'gitea'. */
  CMS_BACKEND?: string;
  /** owner/name of the repository on the Git host. */
  CMS_REPO?: string;
  /** Branch the CMS publishes to. Default: 'main'; locally 'redactie' (see scripts/start.mjs). */
  CMS_BRANCH?: string;
  /** Root URL of the Git host (GitLab/Forgejo/Gitea), or of your OAuth server (GitHub). */
  CMS_BASE_URL?: string;
  /** API root when it is not <base>/api/v4 (GitLab) or <base>/api/v1 (Forgejo/Gitea). */
  CMS_API_ROOT?: string;
  /** Path of the OAuth authorize endpoint (GitHub OAuth server: default 'auth'; GitLab: 'oauth/authorize'). */
  CMS_AUTH_ENDPOINT?: string;
  /** OAuth application (client) id for PKCE login on GitLab, Forgejo or Gitea. */
  CMS_APP_ID?: string;
  /** Local decap-server API, default http://127.0.0.1:8081/api/v1. */
  CMS_LOCAL_URL?: string;
  /** Public URL of the site (defaults to content/site.json "url"). */
  CMS_SITE_URL?: string;
  [key: string]: string | undefined;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string; required?: boolean };
export type CmsCollection = Record<string, unknown> & { name: string; label: string; fields?: CmsField[] };
export type CmsConfig = Record<string, unknown> & { collections: CmsCollection[]; backend: Record<string, unknown> };

export const ADMIN_PATH = '/admin/';
export const HANDLEIDING_PATH = '/admin/handleiding/';
export const DEFAULT_LOCAL_URL = 'http://127.0.0.1:8081/api/v1';
export const DEFAULT_LOCAL_BRANCH = 'redactie';
/** Where the CMS puts uploads (from the repository root) and how entries refer to them. */
export const MEDIA_FOLDER = 'content/media';
export const PUBLIC_FOLDER = '../media';

/** The described schema of every collection (plain-zod stand-ins for image/reference). */
export function describedCollections(): Record<CollectionName, ObjectNode> {
  const out = {} as Record<CollectionName, ObjectNode>;
  for (const name of collectionNames) {
    const node = describeSchema(schemas[name](plainContext));
    if (node.kind !== 'object') throw new Error(`schema of ${name} is not an object`);
    out[name] = node;
  }
  return out;
}

export function describedSite(): ObjectNode {
  const node = describeSchema(siteSchema);
  if (node.kind !== 'object') throw new Error('site schema is not an object');
  return node;
}

/** content/partner-agendas.json (issue 18, point 2), described like a collection. */
export function describedPartnerAgendas(): ObjectNode {
  const node = describeSchema(partnerAgendasSchema(plainContext));
  if (node.kind !== 'object') throw new Error('partner-agendas schema is not an object');
  return node;
}

/** The field a relation widget shows and searches for entries of `collection`. */
export function identifierOf(collection: CollectionName): string {
  return registry[collection].cms.identifier;
}

const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };
const DATETIME_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false };

/** Decap's `pattern` (regex source + Dutch message) for a string, so editors see the problem at the field. */
function stringPattern(node: Extract<SchemaNode, { kind: 'string' }>): [string, string] | undefined {
  if (node.patterns.length) {
    const p = node.patterns[0];
    return [p.regex.source, p.message ?? 'heeft niet de goede vorm'];
  }
  if (node.format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'is geen geldig e-mailadres'];
  if (node.format === 'url') return ['^https?://\\S+$', 'moet een webadres zijn dat begint met https:// of http://'];
  if (node.maxLength !== undefined && Number.isFinite(node.maxLength))
    return [`^.{0,${node.maxLength}}$`, `is te lang (hoogstens ${node.maxLength} tekens)`];
  return undefined;
}

function selectOptions(node: Extract<SchemaNode, { kind: 'enum' }>): Array<{ label: string; value: string }> {
  return node.values.map((value) => ({ value, label: node.meta.optionLabels?.[value] ?? value }));
}

function relationOptions(target: CollectionName): { widget: string; [option: string]: unknown } {
  const id = identifierOf(target);
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: registry[target].cms.search ?? [id],
    display_fields: target === 'nummers' ? ['Nummer {{nummer}}: {{titel}}'] : [id],
    options_length: 100,
  };
}

/**
 * When an optional CMS field is needed after all, in Dutch, or undefined (it is simply optional, or
 * required). Two cases, both read from the schema: a rule across fields, which the schema states
 * next to the field (`requiredWhen`, src/schemas/helpers.ts); and a required field inside an
 * optional group (`optionalGroup`: the group's label), needed as soon as the group is filled in.
 */
export function requiredWhen(node: SchemaNode, optionalGroup?: string): string | undefined {
  if (node.optional) return node.meta.requiredWhen;
  return optionalGroup === undefined ? undefined : `nodig als u iets bij ${optionalGroup} invult`;
}

/**
 * One CMS field for one schema field. `optionalGroup`: the label of the optional object the field
 * sits in (activity herhaling). Decap checks required sub-fields even when the whole object is left
 * empty, so there they are not marked required; the save check (cms/entry-check.ts) still
 * demands them as soon as the object is filled in, and the label says so. A field that is optional
 * but needed in some case says when, instead of Decap's "(optioneel)" (issue 16).
 */
export function cmsField(name: string, node: SchemaNode, optionalGroup?: string): CmsField {
  const title = node.meta.title ?? name;
  const when = requiredWhen(node, optionalGroup);
  const base: { name: string; label: string; hint?: string; required: boolean } = {
    name,
    label: when ? conditionalLabel(title, when) : title,
    ...(node.meta.description ? { hint: node.meta.description } : {}),
    required: !node.optional && optionalGroup === undefined,
  };
  const widget = node.meta.widget;

  if (widget === 'hidden') return { ...base, widget: 'hidden' } as CmsField;

  if (widget === 'relation') {
    const target = node.meta.collection ?? (node.kind === 'array' ? node.element.meta.collection : undefined);
    if (!target) throw new Error(`field ${name}: relation without a target collection`);
    if (node.kind === 'array') return { ...base, ...relationOptions(target), multiple: true, ...(node.minItems ? { min: node.minItems } : {}), ...(node.maxItems ? { max: node.maxItems } : {}) } as CmsField;
    return { ...base, ...relationOptions(target) } as CmsField;
  }

  switch (node.kind) {
    case 'string':
      if (widget === 'image') return { ...base, widget: 'image', choose_url: false } as CmsField;
      if (widget === 'file') return { ...base, widget: 'file', choose_url: false } as CmsField;
      if (widget === 'datetime') return { ...base, ...DATETIME_WIDGET } as CmsField;
      if (widget === 'date') return { ...base, ...DATE_WIDGET } as CmsField;
      {
        const pattern = stringPattern(node);
        return { ...base, widget: widget === 'text' || widget === 'markdown' ? widget : 'string', ...(pattern ? { pattern } : {}) } as CmsField;
      }
    case 'date':
      return { ...base, ...DATE_WIDGET } as CmsField;
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: node.integer ? 'int' : 'float',
        ...(node.min !== undefined ? { min: Math.ceil(node.min) } : {}),
        ...(node.max !== undefined ? { max: Math.floor(node.max) } : {}),
      } as CmsField;
    case 'boolean':
      // A required yes/no left alone is "no": write false rather than nothing. An optional one has
      // a third answer, "onbekend" (not filled in): no default, so saving an entry never turns
      // "unknown" into "no" (issue 14).
      return { ...base, widget: 'boolean', ...(base.required ? { default: false } : {}) } as CmsField;
    case 'enum':
      return { ...base, widget: 'select', options: selectOptions(node) } as CmsField;
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(node, optionalGroup ?? (node.optional ? title : undefined)) } as CmsField;
    case 'array': {
      const el = node.element;
      const counts = { ...(node.minItems ? { min: node.minItems } : {}), ...(node.maxItems ? { max: node.maxItems } : {}) };
      if (el.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: selectOptions(el), ...counts } as CmsField;
      if (el.kind === 'object') {
        const fields = objectFields(el);
        return { ...base, widget: 'list', collapsed: true, summary: `{{fields.${fields[1]?.name ?? fields[0].name}}}`, fields, ...counts } as CmsField;
      }
      // A list of single values (tip steps, dates): one input per item.
      const item = cmsField(name.replace(/s$/, '') || 'item', { ...el, meta: { ...el.meta, widget: el.meta.widget ?? widget }, optional: false });
      const { required: _r, hint: _h, ...itemField } = item;
      return { ...base, widget: 'list', field: { ...itemField, label: node.meta.title ?? name }, ...counts } as CmsField;
    }
  }
}

export function objectFields(node: ObjectNode, optionalGroup?: string): CmsField[] {
  return Object.entries(node.shape).map(([key, child]) => cmsField(key, child, optionalGroup));
}

function bodyField(info: BodyInfo): CmsField {
  return {
    name: 'body',
    label: info.label,
    ...(info.hint ? { hint: info.hint } : {}),
    widget: 'markdown',
    required: info.required,
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: editorComponentIds,
    modes: ['rich_text', 'raw'],
    // Keep the preview sanitised (GHSA-xp8g-32qh-mv28); it is the default since Decap 3.13.
    sanitize_preview: true,
  };
}

function folderCollection(name: CollectionName, node: ObjectNode): CmsCollection {
  // Names, folder, text field and CMS settings: all from the collection registry (src/schemas/registry.ts).
  const { label, singular, folder, body, cms: info } = registry[name];
  const fields = objectFields(node);
  if (body) fields.push(bodyField(body));
  return {
    name,
    label,
    label_singular: singular.charAt(0).toLocaleUpperCase('nl') + singular.slice(1),
    description: info.description,
    folder: `content/${folder}`,
    extension: 'md',
    format: 'frontmatter',
    create: info.create ?? true,
    delete: info.delete ?? true,
    identifier_field: info.identifier,
    slug: info.slug,
    // Uploaded photos go to content/media, referenced relative to the entry (../media/x.jpg), so
    // Astro's image() pipeline resizes and compresses them. The folder is written from the
    // repository root ('/content/media'): Decap reads a relative one ('../media') from the entry's
    // path, and a new entry has none yet, so its media library listed the collection's own folder
    // and showed none of the existing photos (issue 16, point 2). Leaving it to the global folder
    // is not enough either: the entry's list of photos is then copied from the library loaded at
    // login, and an editor who opens "Artikel toevoegen" before that has finished gets an empty
    // one. With a folder here Decap lists content/media for each entry as it opens.
    media_folder: `/${MEDIA_FOLDER}`,
    public_folder: PUBLIC_FOLDER,
    ...(info.summary ? { summary: info.summary } : {}),
    ...(info.sortable ? { sortable_fields: info.sortable } : {}),
    fields,
  };
}

function settingsCollection(): CmsCollection {
  return {
    name: 'instellingen',
    label: 'Instellingen',
    description: 'Naam, gemeenten, contactgegevens en kleuren van het magazine. Alleen aanpassen als u zeker weet wat u doet.',
    delete: false,
    editor: { preview: false },
    files: [
      {
        name: 'site',
        label: 'Instellingen van de site',
        file: 'content/site.json',
        fields: objectFields(describedSite()),
      },
      {
        name: 'partner-agendas',
        label: "Agenda's van partners",
        // The list of ICS calendars `npm run agenda:ophalen` imports every night (docs/handleiding.md).
        file: `content/${PARTNER_AGENDAS_FILE}`,
        fields: objectFields(describedPartnerAgendas()),
      },
    ],
  };
}

const trimSlash = (s: string) => s.replace(/\/+$/, '');

/** The backend part of the config, chosen by environment variables. */
export function backendConfig(env: CmsEnv): { backend: Record<string, unknown>; local_backend?: unknown; publish_mode: string } {
  const kind = (env.CMS_BACKEND || 'local').toLowerCase();
  const repo = env.CMS_REPO;
  const branch = env.CMS_BRANCH || (kind === 'local' ? DEFAULT_LOCAL_BRANCH : 'main');
  const need = (value: string | undefined, variable: string) => {
    if (!value) throw new Error(`CMS_BACKEND=${kind} heeft ook ${variable} nodig (zie README, "Decap CMS in productie").`);
    return value;
  };
  const commit_messages = {
    create: 'Nieuw in {{collection}}: “{{slug}}” (via CMS)',
    update: 'Bijgewerkt in {{collection}}: “{{slug}}” (via CMS)',
    delete: 'Verwijderd uit {{collection}}: “{{slug}}” (via CMS)',
    uploadMedia: 'Foto toegevoegd: “{{path}}” (via CMS)',
    deleteMedia: 'Foto verwijderd: “{{path}}” (via CMS)',
  };
  switch (kind) {
    case 'local': {
      const url = env.CMS_LOCAL_URL || DEFAULT_LOCAL_URL;
      // decap-server in MODE=git supports the editorial workflow; the proxy backend is named
      // explicitly so the CMS never falls back to another backend when decap-server is not running.
      return {
        local_backend: { url },
        backend: { name: 'proxy', proxy_url: url, branch, commit_messages },
        publish_mode: 'editorial_workflow',
      };
    }
    case 'github': {
      // GitHub has no browser-only (PKCE) login in Decap: it needs an OAuth client, which you run
      // yourself (CMS_BASE_URL + CMS_AUTH_ENDPOINT), no third-party service.
      return {
        backend: {
          name: 'github',
          repo: need(repo, 'CMS_REPO'),
          branch,
          ...(env.CMS_BASE_URL ? { base_url: trimSlash(env.CMS_BASE_URL) } : {}),
          ...(env.CMS_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_AUTH_ENDPOINT } : {}),
          ...(env.CMS_API_ROOT ? { api_root: trimSlash(env.CMS_API_ROOT) } : {}),
          commit_messages,
        },
        publish_mode: 'editorial_workflow',
      };
    }
    case 'gitlab': {
      const base = trimSlash(env.CMS_BASE_URL || 'https://gitlab.com');
      return {
        backend: {
          name: 'gitlab',
          repo: need(repo, 'CMS_REPO'),
          branch,
          auth_type: 'pkce',
          app_id: need(env.CMS_APP_ID, 'CMS_APP_ID'),
          base_url: base,
          api_root: trimSlash(env.CMS_API_ROOT || `${base}/api/v4`),
          auth_endpoint: env.CMS_AUTH_ENDPOINT || 'oauth/authorize',
          commit_messages,
        },
        publish_mode: 'editorial_workflow',
      };
    }
    case 'forgejo': {
      const base = trimSlash(need(env.CMS_BASE_URL, 'CMS_BASE_URL'));
      return {
        backend: {
          name: 'forgejo',
          repo: need(repo, 'CMS_REPO'),
          branch,
          app_id: need(env.CMS_APP_ID, 'CMS_APP_ID'),
          base_url: base,
          api_root: trimSlash(env.CMS_API_ROOT || `${base}/api/v1`),
          commit_messages,
        },
        publish_mode: 'editorial_workflow',
      };
    }
    case 'gitea': {
      const base = trimSlash(need(env.CMS_BASE_URL, 'CMS_BASE_URL'));
      // Decap's gitea backend has no editorial workflow (it refuses to start with it);
      // use CMS_BACKEND=forgejo (Forgejo/Codeberg) or GitLab/GitHub for review before publishing.
      return {
        backend: {
          name: 'gitea',
          repo: need(repo, 'CMS_REPO'),
          branch,
          app_id: need(env.CMS_APP_ID, 'CMS_APP_ID'),
          base_url: base,
          api_root: trimSlash(env.CMS_API_ROOT || `${base}/api/v1`),
          commit_messages,
        },
        publish_mode: 'simple',
      };
    }
    default:
      throw new Error(`CMS_BACKEND="${env.CMS_BACKEND}" ken ik niet: kies local, github, gitlab, forgejo of gitea.`);
  }
}

/** The complete Decap config for CMS.init({ config }). */
export function buildCmsConfig(env: CmsEnv = {}): CmsConfig {
  const described = describedCollections();
  const siteUrl = trimSlash(env.CMS_SITE_URL || site.url);
  return {
    load_config_file: false,
    locale: 'nl',
    ...backendConfig(env),
    site_url: siteUrl,
    display_url: siteUrl,
    logo: { src: '/favicon.svg', show_in_header: true },
    // Every photo lives in content/media (see folderCollection); entries sit one folder deep
    // (content/<collection>/), so '../media' is right for all of them.
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // File names become URLs: plain lowercase letters, digits and dashes ("Café de Zon" → cafe-de-zon).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    search: true,
    editor: { preview: true },
    collections: [...cmsOrder.map((name) => folderCollection(name, described[name])), settingsCollection()],
  };
}
